import type { Role } from '@marketgraph/authz';
import type { TestGraph } from './index';
import { OPERATOR } from './index';

export const PASSWORD = 'correct-horse-battery';

export interface Person {
  email: string;
  token: string;
  userId: string;
  membershipId: string;
}

export interface MarketplaceFixture {
  marketplaceId: string;
  slug: string;
  operatorToken: string;
  companies: { owner: string; developer: string; customer: string; reseller: string };
  /** owner: COMPANY_ADMIN + MARKETPLACE_MANAGER of the owner company; the others as named. */
  people: {
    owner: Person;
    devAdmin: Person;
    developer: Person;
    customerAdmin: Person;
    customerUser: Person;
    resellerAdmin: Person;
  };
}

/** Runs a query that must succeed, and returns its data. */
export async function ok<T = Record<string, unknown>>(graph: TestGraph, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await graph.gql<T>(query, variables, { token: token ?? null });
  if (res.errors?.length || !res.data) throw new Error(`query failed: ${JSON.stringify(res.errors)}\n${query}`);
  for (const value of Object.values(res.data as Record<string, unknown>)) {
    const errors = (value as { userErrors?: unknown[] } | null)?.userErrors;
    if (errors && errors.length > 0) throw new Error(`mutation refused: ${JSON.stringify(errors)}\n${query}`);
  }
  return res.data;
}

async function viewerOf(graph: TestGraph, token: string, companyId: string): Promise<{ userId: string; membershipId: string }> {
  const data = await ok<{ viewer: { user: { id: string }; memberships: { id: string; company: { id: string } }[] } }>(
    graph,
    '{ viewer { user { id } memberships { id company { id } } } }',
    {},
    token,
  );
  const membership = data.viewer.memberships.find((m) => m.company.id === companyId);
  if (!membership) throw new Error(`no membership in ${companyId}`);
  return { userId: data.viewer.user.id, membershipId: membership.id };
}

export async function person(graph: TestGraph, email: string, companyId: string, password = PASSWORD): Promise<Person> {
  const token = await graph.login(email, password);
  return { email, token, ...(await viewerOf(graph, token, companyId)) };
}

/** Accepts an invitation signed out, creating its user with PASSWORD. */
export async function acceptAsNewUser(graph: TestGraph, invitationToken: string, name: string): Promise<void> {
  await ok(
    graph,
    'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken userErrors { field message } } }',
    { input: { token: invitationToken, name, password: PASSWORD } },
  );
}

/** Invites `email` into a company with `roles` and accepts as a new user. */
export async function invite(graph: TestGraph, adminToken: string, companyId: string, email: string, roles: Role[]): Promise<Person> {
  const invited = await ok<{ inviteUser: { token: string } }>(
    graph,
    'mutation($input: InviteUserInput!) { inviteUser(input: $input) { token userErrors { field message } } }',
    { input: { companyId, email, roles } },
    adminToken,
  );
  await acceptAsNewUser(graph, invited.inviteUser.token, email.split('@')[0] as string);
  return person(graph, email, companyId);
}

/** Invites a user who already has an account; it accepts signed in, as an existing user must (I15). */
export async function inviteExisting(
  graph: TestGraph,
  adminToken: string,
  companyId: string,
  email: string,
  roles: Role[],
  password = PASSWORD,
): Promise<Person> {
  const invited = await ok<{ inviteUser: { token: string } }>(
    graph,
    'mutation($input: InviteUserInput!) { inviteUser(input: $input) { token userErrors { field message } } }',
    { input: { companyId, email, roles } },
    adminToken,
  );
  const token = await graph.login(email, password);
  await ok(
    graph,
    'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id } userErrors { field message } } }',
    { input: { token: invited.inviteUser.token } },
    token,
  );
  return { email, token, ...(await viewerOf(graph, token, companyId)) };
}

export async function createCompany(
  graph: TestGraph,
  token: string,
  marketplaceId: string,
  name: string,
  accessTypes: string[],
  adminEmail: string,
): Promise<string> {
  const data = await ok<{ createCompany: { company: { id: string }; token: string } }>(
    graph,
    'mutation($input: CreateCompanyInput!) { createCompany(input: $input) { company { id } token userErrors { field message } } }',
    { input: { marketplaceId, name, accessTypes, firstAdmin: { email: adminEmail } } },
    token,
  );
  await acceptAsNewUser(graph, data.createCompany.token, name + ' Admin');
  return data.createCompany.company.id;
}

/** A marketplace with an owner, a developer, a customer and a reseller company and people in each. */
export async function marketplaceFixture(graph: TestGraph, tag = 'm'): Promise<MarketplaceFixture> {
  const operatorToken = await graph.login(OPERATOR.email, OPERATOR.password);
  const slug = `${tag}-market`;
  const created = await ok<{ createMarketplace: { marketplace: { id: string; ownerCompany: { id: string } }; token: string } }>(
    graph,
    `mutation($input: CreateMarketplaceInput!) {
       createMarketplace(input: $input) { marketplace { id ownerCompany { id } } token userErrors { field message } }
     }`,
    {
      input: {
        name: `${tag} Market`,
        slug,
        ownerCompanyName: `${tag} Owner`,
        ownerAdmin: { email: `owner@${tag}.test` },
      },
    },
    operatorToken,
  );
  await acceptAsNewUser(graph, created.createMarketplace.token, 'Olivia Owner');
  const marketplaceId = created.createMarketplace.marketplace.id;
  const ownerCompany = created.createMarketplace.marketplace.ownerCompany.id;
  const owner = await person(graph, `owner@${tag}.test`, ownerCompany);
  const developer = await createCompany(graph, owner.token, marketplaceId, `${tag} Devs`, ['DEVELOPER'], `devadmin@${tag}.test`);
  const customer = await createCompany(graph, owner.token, marketplaceId, `${tag} Customer`, [], `custadmin@${tag}.test`);
  const reseller = await createCompany(graph, owner.token, marketplaceId, `${tag} Resells`, ['RESELLER'], `reselleradmin@${tag}.test`);
  const devAdmin = await person(graph, `devadmin@${tag}.test`, developer);
  const customerAdmin = await person(graph, `custadmin@${tag}.test`, customer);
  const resellerAdmin = await person(graph, `reselleradmin@${tag}.test`, reseller);
  return {
    marketplaceId,
    slug,
    operatorToken,
    companies: { owner: ownerCompany, developer, customer, reseller },
    people: {
      owner,
      devAdmin,
      developer: await invite(graph, devAdmin.token, developer, `dev@${tag}.test`, ['DEVELOPER']),
      customerAdmin,
      customerUser: await invite(graph, customerAdmin.token, customer, `user@${tag}.test`, []),
      resellerAdmin,
    },
  };
}

/**
 * An existing user joins another company by accepting an invitation while signed in: from then
 * on it belongs to both, whatever marketplaces they are in (I4).
 */
export async function joinCompany(graph: TestGraph, adminToken: string, companyId: string, who: Person, roles: Role[] = []): Promise<void> {
  const invited = await ok<{ inviteUser: { token: string } }>(
    graph,
    'mutation($input: InviteUserInput!) { inviteUser(input: $input) { token userErrors { field message } } }',
    { input: { companyId, email: who.email, roles } },
    adminToken,
  );
  await ok(
    graph,
    'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken userErrors { field message } } }',
    { input: { token: invited.inviteUser.token, password: PASSWORD } },
    who.token,
  );
}

/**
 * A user who spans two marketplaces: staff of `staffOf` (COMPANY_ADMIN, MARKETPLACE_MANAGER,
 * SALES_SUPPORT and CUSTOMER_SUPPORT of its owner company) and a plain USER of `userIn`'s customer
 * company. Ordinary in real life, and the caller that I1 must hold apart.
 */
export async function spanningStaff(graph: TestGraph, staffOf: MarketplaceFixture, userIn: MarketplaceFixture, email: string): Promise<Person> {
  const span = await invite(graph, staffOf.people.owner.token, staffOf.companies.owner, email, [
    'COMPANY_ADMIN',
    'MARKETPLACE_MANAGER',
    'SALES_SUPPORT',
    'CUSTOMER_SUPPORT',
  ]);
  await joinCompany(graph, userIn.people.customerAdmin.token, userIn.companies.customer, span);
  return span;
}

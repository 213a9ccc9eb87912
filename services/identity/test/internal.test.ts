import { ACTOR_CONTEXT_HEADER, SERVICE_TOKEN_HEADER, signServiceToken } from '@marketgraph/authz';
import { SQL_COUNT_HEADER, callInternal, type InternalTarget } from '@marketgraph/graphql';
import { TEST_KEYS, invite, marketplaceFixture, ok, serviceCredential, startGraph, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';

// The company and membership facts catalog confirms the IDs it is given with (C7, C8, C9).
let graph: TestGraph;
let m: MarketplaceFixture;
beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'internal');
});
afterAll(() => graph?.stop());

const NOBODY = '00000000-0000-4000-8000-000000000000';
const target = (): InternalTarget => ({ url: graph.subgraphUrls.identity, service: 'identity', credential: serviceCredential('catalog'), timeoutMs: 5000 });
/** A token catalog would send to `route` of identity. */
const asCatalog = (name: string) => signServiceToken('catalog', 'identity', name, TEST_KEYS.services.catalog);
const route = (name: string) => `${graph.subgraphUrls.identity.replace(/\/graphql$/, '')}/internal/${name}`;

async function post(name: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(route(name), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

it('X2: the company and membership routes refuse calls without a valid service token', async () => {
  const bodies = { companies: { companyIds: [m.companies.customer] }, membership: { userId: m.people.customerAdmin.userId, companyId: m.companies.customer } };
  for (const [name, body] of Object.entries(bodies)) {
    const anonymous = await post(name, body);
    expect(anonymous.status).toBe(401);
    expect(JSON.stringify(await anonymous.json())).not.toContain(m.marketplaceId);
    expect((await post(name, body, { [SERVICE_TOKEN_HEADER]: 'not-a-token' })).status).toBe(401);
    // A token for another service or route does not open this one, nor does one signed with another caller's key.
    expect((await post(name, body, { [SERVICE_TOKEN_HEADER]: await signServiceToken('catalog', 'tenancy', name, TEST_KEYS.services.catalog) })).status).toBe(401);
    expect((await post(name, body, { [SERVICE_TOKEN_HEADER]: await asCatalog('actor') })).status).toBe(401);
    expect((await post(name, body, { [SERVICE_TOKEN_HEADER]: await signServiceToken('catalog', 'identity', name, TEST_KEYS.services.tenancy) })).status).toBe(401);
    // An actor context from the gateway is not a service token either.
    expect((await post(name, body, { [ACTOR_CONTEXT_HEADER]: 'anything' })).status).toBe(401);
    expect((await post(name, body, { [SERVICE_TOKEN_HEADER]: await asCatalog(name) })).status).toBe(200);
  }
});

it('I1: the companies route answers the marketplace and access types of every known company asked, in one statement', async () => {
  const companies = (companyIds: unknown) => callInternal<unknown[]>(target(), 'companies', { companyIds });
  await expect(companies([m.companies.reseller])).resolves.toEqual([
    { id: m.companies.reseller, marketplaceId: m.marketplaceId, accessTypes: expect.arrayContaining(['ACCOUNT', 'RESELLER']) },
  ]);
  // Unknown IDs are left out; the caller treats them as no company.
  const many = await companies([m.companies.customer, NOBODY, m.companies.developer, m.companies.owner]);
  expect(many.map((c) => (c as { id: string }).id).sort()).toEqual([m.companies.customer, m.companies.developer, m.companies.owner].sort());
  await expect(companies([NOBODY])).resolves.toEqual([]);
  const token = { [SERVICE_TOKEN_HEADER]: await asCatalog('companies') };
  const res = await post('companies', { companyIds: [m.companies.customer, m.companies.developer] }, token);
  expect(res.headers.get(SQL_COUNT_HEADER)).toBe('1');
  // A body without IDs, with too many or with ones that are not IDs is a caller's bug, not an empty answer.
  for (const body of [{}, { companyIds: [] }, { companyIds: m.companies.customer }, { companyIds: [7] }, { companyIds: ['x'.repeat(37)] }, { companyIds: Array(101).fill(NOBODY) }]) {
    expect((await post('companies', body, token)).status).toBe(500);
  }
});

it('C8: the membership route answers active only for an active membership of an enabled user, in one statement', async () => {
  const membership = (userId: string, companyId: string) => callInternal(target(), 'membership', { userId, companyId });
  await expect(membership(m.people.customerUser.userId, m.companies.customer)).resolves.toEqual({ active: true });
  await expect(membership(m.people.customerUser.userId, m.companies.developer)).resolves.toBeNull();
  await expect(membership(NOBODY, m.companies.customer)).resolves.toBeNull();

  const leaver = await invite(graph, m.people.customerAdmin.token, m.companies.customer, 'leaver@internal.test', []);
  const stays = await invite(graph, m.people.customerAdmin.token, m.companies.customer, 'disabled@internal.test', []);
  await ok(graph, 'mutation($id: ID!) { revokeMembership(membershipId: $id) { membership { id } userErrors { message } } }', { id: leaver.membershipId }, m.people.customerAdmin.token);
  await ok(graph, 'mutation($id: ID!) { disableUser(userId: $id) { user { id } userErrors { message } } }', { id: stays.userId }, m.people.owner.token);
  await expect(membership(leaver.userId, m.companies.customer)).resolves.toEqual({ active: false });
  await expect(membership(stays.userId, m.companies.customer)).resolves.toEqual({ active: false });

  const res = await post(
    'membership',
    { userId: m.people.customerUser.userId, companyId: m.companies.customer },
    { [SERVICE_TOKEN_HEADER]: await asCatalog('membership') },
  );
  expect(res.headers.get(SQL_COUNT_HEADER)).toBe('1');
});

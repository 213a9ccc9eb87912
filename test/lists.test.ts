import type { Actor } from '@marketgraph/authz';
import { newId } from '@marketgraph/db';
import { SQL_COUNT_HEADER } from '@marketgraph/graphql';
import { invite, inviteExisting, marketplaceFixture, ok, startGraph, type MarketplaceFixture, type Person, type TestGraph } from '@marketgraph/testing';
import { Edition, Lead, Product, Subscription } from '../services/catalog/src/entities';
import { publishedProductRow } from '../services/catalog/test/helpers';
import { Membership, User } from '../services/identity/src/entities';
import { CREATE_KEYSET, DISABLE_KEYSET, createApp, createCustomer, mint } from '../services/tenancy/test/helpers';

/** Search, filters and orderBy on the lists people look through (X4, X13), always inside the caller's tenant scope. */

let graph: TestGraph;
let m: MarketplaceFixture;
let other: MarketplaceFixture;
let support: Person;
beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'la');
  other = await marketplaceFixture(graph, 'lb');
  support = await invite(graph, m.people.owner.token, m.companies.owner, 'support@la.test', ['CUSTOMER_SUPPORT']);
  // The same person also supports the other marketplace: it sees each marketplace only when asked for it.
  await inviteExisting(graph, other.people.owner.token, other.companies.owner, 'support@la.test', ['CUSTOMER_SUPPORT']);
});
afterAll(() => graph?.stop());

type PageInfo = { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
type Page<N> = { totalCount: number; pageInfo: PageInfo; edges: { cursor: string; node: N }[] };
type Res = { errors?: { extensions?: Record<string, unknown> }[] };
const refusal = (res: Res) => res.errors?.map((e) => [e.extensions?.['code'], e.extensions?.['field']]);

/** Users of a company, written directly: many rows, some with the same name. */
async function addUsers(marketplaceId: string, companyId: string, people: { email: string; name: string }[]): Promise<string[]> {
  const identity = graph.databases.identity.manager;
  const ids: string[] = [];
  for (const p of people) {
    const id = newId();
    const now = new Date();
    await identity.insert(User, { id, email: p.email, name: p.name, passwordHash: null, platformOperator: false, disabledAt: null, createdAt: now });
    await identity.insert(Membership, { id: newId(), userId: id, companyId, marketplaceId, status: 'ACTIVE', createdAt: now, revokedAt: null });
    ids.push(id);
  }
  return ids;
}

const USERS = `query($m: ID!, $search: String, $orderBy: UserOrder, $first: Int, $after: String, $last: Int, $before: String) {
  users(marketplaceId: $m, search: $search, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id email name } }
  }
}`;
type UserNode = { id: string; email: string; name: string };

async function users(token: string, variables: Record<string, unknown>): Promise<Page<UserNode>> {
  return (await ok<{ users: Page<UserNode> }>(graph, USERS, { m: m.marketplaceId, ...variables }, token)).users;
}

describe('users', () => {
  let tied: string[];
  beforeAll(async () => {
    tied = await addUsers(
      m.marketplaceId,
      m.companies.customer,
      Array.from({ length: 7 }, (_, i) => ({ email: `tie-${i}@la.test`, name: 'Tie Name' })),
    );
    await addUsers(m.marketplaceId, m.companies.customer, [
      { email: 'adam-tie@la.test', name: 'Adam Tie' },
      { email: 'zoe-tie@la.test', name: 'Zoe Tie' },
      { email: 'percent@la.test', name: '100% Sure' },
      { email: 'plain@la.test', name: 'Plain 100 Sure' },
      { email: 'under@la.test', name: 'Under_score' },
      { email: 'underx@la.test', name: 'Underxscore' },
      { email: 'slash@la.test', name: 'Back\\slash' },
      { email: 'bang@la.test', name: 'Bang! Name' },
    ]);
  });

  it('X4: support staff find a user of their marketplace by email or name, in any letter case', async () => {
    const byEmail = await users(support.token, { search: 'TIE-3@LA' });
    expect(byEmail.edges.map((e) => e.node.email)).toEqual(['tie-3@la.test']);
    const byName = await users(support.token, { search: '  zoe ' });
    expect(byName.edges.map((e) => e.node.name)).toEqual(['Zoe Tie']);
    // By email when no order is asked for.
    const all = await users(m.people.owner.token, { search: 'tie', first: 100 });
    expect(all.totalCount).toBe(9);
    const emails = all.edges.map((e) => e.node.email);
    expect(emails).toEqual([...emails].sort());
  });

  it('X4: users page forward and backward by name across ties, stable while users are added', async () => {
    const orderBy = { field: 'NAME', direction: 'ASC' };
    const before = (await users(support.token, { search: 'tie', orderBy, first: 100 })).edges.map((e) => e.node);
    // Ties on the name are broken by the ID: Adam, the seven Tie Names in creation order, Zoe.
    expect(before.map((u) => u.name)).toEqual(['Adam Tie', ...Array(7).fill('Tie Name'), 'Zoe Tie']);
    expect(before.slice(1, 8).map((u) => u.id)).toEqual(tied);

    const seen: string[] = [];
    let after: string | null = null;
    for (let round = 0; round < 10; round++) {
      const page: Page<UserNode> = await users(support.token, { search: 'tie', orderBy, first: 2, after });
      seen.push(...page.edges.map((e) => e.node.id));
      // Users join between pages, before and inside the tie and after it.
      await addUsers(m.marketplaceId, m.companies.customer, [
        { email: `aaron-${round}@la.test`, name: 'Aaron Tie' },
        { email: `tie-late-${round}@la.test`, name: 'Tie Name' },
      ]);
      if (!page.pageInfo.hasNextPage) break;
      expect(page.pageInfo.hasNextPage).toBe(true);
      after = page.pageInfo.endCursor;
    }
    const original = before.map((u) => u.id);
    // Every user there at the start is seen once, in order; no row is repeated.
    expect(seen.filter((id) => original.includes(id))).toEqual(original);
    expect(new Set(seen).size).toBe(seen.length);

    // Backward from the end, with users still joining.
    const back: string[] = [];
    let beforeCursor: string | null = null;
    for (let round = 0; round < 20; round++) {
      const page: Page<UserNode> = await users(support.token, { search: 'tie', orderBy, last: 3, before: beforeCursor });
      back.unshift(...page.edges.map((e) => e.node.id));
      await addUsers(m.marketplaceId, m.companies.customer, [{ email: `zz-back-${round}@la.test`, name: 'Zz Tie' }]);
      if (!page.pageInfo.hasPreviousPage) break;
      beforeCursor = page.pageInfo.startCursor;
    }
    expect(back.filter((id) => original.includes(id))).toEqual(original);
    expect(new Set(back).size).toBe(back.length);

    // Descending is the exact reverse.
    const desc = (await users(support.token, { search: 'tie', orderBy: { field: 'NAME', direction: 'DESC' }, first: 100 })).edges.map((e) => e.node.id);
    const asc = (await users(support.token, { search: 'tie', orderBy, first: 100 })).edges.map((e) => e.node.id);
    expect(desc).toEqual([...asc].reverse());
  });

  it('X4: a cursor of another order or another list is BAD_USER_INPUT naming after or before', async () => {
    const byName = await users(support.token, { search: 'tie', orderBy: { field: 'NAME' }, first: 2 });
    const asked = (variables: Record<string, unknown>) => graph.gql(USERS, { m: m.marketplaceId, search: 'tie', ...variables }, { token: support.token });
    expect(refusal(await asked({ first: 2, after: byName.pageInfo.endCursor }))).toEqual([['BAD_USER_INPUT', 'after']]);
    expect(refusal(await asked({ orderBy: { field: 'NAME', direction: 'DESC' }, first: 2, after: byName.pageInfo.endCursor }))).toEqual([['BAD_USER_INPUT', 'after']]);
    expect(refusal(await asked({ orderBy: { field: 'EMAIL' }, last: 2, before: byName.pageInfo.endCursor }))).toEqual([['BAD_USER_INPUT', 'before']]);
    const companies = await ok<{ companies: Page<unknown> }>(graph, 'query($m: ID!) { companies(marketplaceId: $m, first: 1) { pageInfo { endCursor } } }', { m: m.marketplaceId }, support.token);
    expect(refusal(await asked({ first: 2, after: companies.companies.pageInfo.endCursor }))).toEqual([['BAD_USER_INPUT', 'after']]);
  });

  it('X4: LIKE wildcards in a search match only themselves; a search past 100 characters is BAD_USER_INPUT naming search', async () => {
    const names = async (search: string) => (await users(support.token, { search, first: 100 })).edges.map((e) => e.node.name).sort();
    expect(await names('%')).toEqual(['100% Sure']);
    expect(await names('0%')).toEqual(['100% Sure']);
    expect(await names('_')).toEqual(['Under_score']);
    expect(await names('\\')).toEqual(['Back\\slash']);
    expect(await names('!')).toEqual(['Bang! Name']);
    expect(await names('%%')).toEqual([]);
    const long = await graph.gql(USERS, { m: m.marketplaceId, search: 'x'.repeat(101) }, { token: support.token });
    expect(refusal(long)).toEqual([['BAD_USER_INPUT', 'search']]);
    const huge = await graph.gql(USERS, { m: m.marketplaceId, search: '%'.repeat(50_000) }, { token: support.token });
    expect(huge.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(await names('x'.repeat(100))).toEqual([]);
  });

  it('X4: search never widens what the caller sees: other marketplaces, other staff, members, anonymous', async () => {
    // Staff of another marketplace cannot list this one, and finds nothing of it in its own.
    const foreign = await graph.gql(USERS, { m: m.marketplaceId, search: 'tie-1@la.test' }, { token: other.people.owner.token });
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(foreign.errors?.[0]?.extensions?.['code']);
    expect((await ok<{ users: Page<UserNode> }>(graph, USERS, { m: other.marketplaceId, search: 'tie-1@la.test' }, other.people.owner.token)).users.totalCount).toBe(0);
    // A person in both marketplaces sees, in the other one, only the people of that one (itself among them).
    const inOther = await ok<{ users: Page<UserNode> }>(graph, USERS, { m: other.marketplaceId, search: '@la.test', first: 100 }, support.token);
    expect(inOther.users.edges.map((e) => e.node.email)).toEqual(['support@la.test']);
    // Members who are not member-managing staff, and anonymous callers, are refused.
    for (const token of [m.people.customerAdmin.token, m.people.developer.token]) {
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain((await graph.gql(USERS, { m: m.marketplaceId }, { token })).errors?.[0]?.extensions?.['code']);
    }
    expect((await graph.gql(USERS, { m: m.marketplaceId })).data).toBeNull();
  });

  it('X4: a company\'s members are searched by email or name', async () => {
    const q = `query($id: ID!, $search: String) { company(id: $id) { members(search: $search, first: 100) { totalCount edges { node { user { email } } } } } }`;
    const found = await ok<{ company: { members: Page<{ user: { email: string } }> } }>(graph, q, { id: m.companies.customer, search: 'ZOE' }, m.people.customerAdmin.token);
    expect(found.company.members.edges.map((e) => e.node.user.email)).toEqual(['zoe-tie@la.test']);
    const wild = await ok<{ company: { members: Page<unknown> } }>(graph, q, { id: m.companies.customer, search: '_' }, m.people.customerAdmin.token);
    expect(wild.company.members.totalCount).toBe(1);
  });

  it('X8: a page of 5 or 30 users with their memberships and companies costs the same statements', async () => {
    const actor: Actor = {
      kind: 'user',
      userId: support.userId,
      email: support.email,
      platformOperator: false,
      grants: [
        { membershipId: support.membershipId, companyId: m.companies.owner, marketplaceId: m.marketplaceId, accessTypes: ['ACCOUNT', 'MARKETPLACE'], roles: ['USER', 'CUSTOMER_SUPPORT'], managedCompanyIds: [] },
      ],
    };
    await addUsers(
      m.marketplaceId,
      m.companies.customer,
      Array.from({ length: 30 }, (_, i) => ({ email: `counted-${i}@la.test`, name: `Counted ${i % 3}` })),
    );
    const query = `query($m: ID!, $first: Int) { users(marketplaceId: $m, search: "counted-", orderBy: { field: NAME }, first: $first) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id email name disabled memberships { id roles company { id name } } } } } }`;
    const run = async (first: number): Promise<number> => {
      const res = await graph.subgraph<{ users: Page<unknown> }>('identity', query, { m: m.marketplaceId, first }, actor);
      expect(res.errors).toBeUndefined();
      expect(res.data?.users.edges).toHaveLength(first);
      return Number(res.headers.get(SQL_COUNT_HEADER));
    };
    const small = await run(5);
    expect(small).toBeGreaterThan(0);
    expect(await run(30)).toBe(small);
  });
});

describe('companies', () => {
  it('X4: companies are sorted by name either way, and searched literally', async () => {
    const q = `query($m: ID!, $orderBy: CompanyOrder, $search: String, $after: String) {
      companies(marketplaceId: $m, orderBy: $orderBy, search: $search, first: 100, after: $after) { pageInfo { endCursor } edges { node { name } } } }`;
    type Companies = { companies: Page<{ name: string }> };
    const asc = (await ok<Companies>(graph, q, { m: m.marketplaceId, orderBy: { field: 'NAME' } }, support.token)).companies.edges.map((e) => e.node.name);
    expect(asc).toEqual([...asc].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));
    const desc = (await ok<Companies>(graph, q, { m: m.marketplaceId, orderBy: { field: 'NAME', direction: 'DESC' } }, support.token)).companies.edges.map((e) => e.node.name);
    expect(desc).toEqual([...asc].reverse());
    expect((await ok<Companies>(graph, q, { m: m.marketplaceId, search: '%' }, support.token)).companies.edges).toEqual([]);
    const foreign = await graph.gql(q, { m: m.marketplaceId, search: 'a' }, { token: other.people.owner.token });
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(foreign.errors?.[0]?.extensions?.['code']);
  });
});

describe('products', () => {
  beforeAll(async () => {
    const catalog = graph.databases.catalog.manager;
    const at = new Date();
    const row = (marketplaceId: string, vendor: string, name: string, categories: string[], state: Product['state'] = 'PUBLISHED'): Product => ({
      ...publishedProductRow(marketplaceId, vendor, name, at),
      categories: JSON.stringify(categories),
      state,
      publishedAt: state === 'PUBLISHED' ? at : null,
    });
    await catalog.insert(Product, [
      row(m.marketplaceId, m.companies.developer, 'Pipeline CRM', ['CRM', 'Sales']),
      row(m.marketplaceId, m.companies.developer, 'Contact Book', ['crm']),
      row(m.marketplaceId, m.companies.developer, 'Campaigns', ['Marketing']),
      row(m.marketplaceId, m.companies.developer, 'CRM Next', ['CRM'], 'DRAFT'),
      row(m.marketplaceId, m.companies.developer, 'CRM Old', ['CRM'], 'ARCHIVED'),
      row(m.marketplaceId, m.companies.developer, 'Percent 100% CRM', ['C%M']),
      row(other.marketplaceId, other.companies.developer, 'Foreign CRM', ['CRM']),
    ]);
  });
  const STOREFRONT = `query($search: String, $category: String, $orderBy: ProductOrder, $first: Int, $after: String, $last: Int, $before: String) {
    storefront(search: $search, category: $category, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { name state categories } } } }`;
  type Storefront = { storefront: Page<{ name: string; state: string; categories: string[] }> };
  const anonymous = (variables: Record<string, unknown>) => graph.gql<Storefront>(STOREFRONT, variables, { headers: { 'x-marketplace': m.slug } });
  const names = async (variables: Record<string, unknown>) => {
    const res = await anonymous(variables);
    expect(res.errors).toBeUndefined();
    return res.data?.storefront.edges.map((e) => e.node.name) ?? [];
  };

  it('C4: the anonymous storefront filters published products by category and text, sorted by name', async () => {
    expect(await names({ category: 'CRM', orderBy: { field: 'NAME' } })).toEqual(['Contact Book', 'Pipeline CRM']);
    expect(await names({ category: 'crm', search: 'pipe' })).toEqual(['Pipeline CRM']);
    expect(await names({ category: 'C%M' })).toEqual(['Percent 100% CRM']);
    expect(await names({ category: 'CR' })).toEqual([]);
    expect(await names({ search: 'crm', orderBy: { field: 'NAME', direction: 'DESC' } })).toEqual(['Pipeline CRM', 'Percent 100% CRM']);
    expect(await names({ search: '%' })).toEqual(['Percent 100% CRM']);
    // Backward from the end of the name order.
    const last = await anonymous({ orderBy: { field: 'NAME' }, last: 2, search: 'c' });
    expect(last.data?.storefront.edges.map((e) => e.node.name)).toEqual(['Percent 100% CRM', 'Pipeline CRM']);
    expect(last.data?.storefront.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const long = await anonymous({ category: 'c'.repeat(101) });
    expect(refusal(long)).toEqual([['BAD_USER_INPUT', 'category']]);
  });

  it('C4: vendors and reviewers filter products by state and text, sorted by name in any letter case; others see only what they may', async () => {
    const q = `query($m: ID, $state: ProductState, $search: String, $category: String) {
      products(marketplaceId: $m, state: $state, search: $search, category: $category, orderBy: { field: NAME }, first: 100) { edges { node { name state } } } }`;
    type Products = { products: Page<{ name: string; state: string }> };
    const list = async (token: string, variables: Record<string, unknown>) =>
      (await ok<Products>(graph, q, { m: m.marketplaceId, ...variables }, token)).products.edges.map((e) => `${e.node.name}:${e.node.state}`);
    expect(await list(m.people.developer.token, { state: 'DRAFT', search: 'crm' })).toEqual(['CRM Next:DRAFT']);
    expect(await list(m.people.owner.token, { category: 'CRM' })).toEqual(['Contact Book:PUBLISHED', 'CRM Next:DRAFT', 'CRM Old:ARCHIVED', 'Pipeline CRM:PUBLISHED']);
    // A buyer searching for drafts finds none; another marketplace's staff finds nothing here.
    expect(await list(m.people.customerAdmin.token, { search: 'crm' })).toEqual(['Percent 100% CRM:PUBLISHED', 'Pipeline CRM:PUBLISHED']);
    expect(await list(m.people.customerAdmin.token, { state: 'DRAFT' })).toEqual([]);
    const foreign = await graph.gql<Products>(q, { m: m.marketplaceId, search: 'crm' }, { token: other.people.owner.token });
    expect(foreign.data?.products.edges ?? []).toEqual([]);
  });
});

describe('subscriptions and leads', () => {
  let productA: Product;
  let productB: Product;
  beforeAll(async () => {
    const catalog = graph.databases.catalog.manager;
    const at = new Date();
    productA = publishedProductRow(m.marketplaceId, m.companies.developer, 'Sub A', at);
    productB = publishedProductRow(m.marketplaceId, m.companies.developer, 'Sub B', at);
    await catalog.insert(Product, [productA, productB]);
    const subscriptions: Subscription[] = [];
    for (const product of [productA, productB]) {
      const edition: Edition = {
        id: newId(),
        marketplaceId: m.marketplaceId,
        productId: product.id,
        name: 'Basic',
        priceMinor: 100,
        currency: 'EUR',
        billingPeriod: 'MONTHLY',
        allowsMultipleSubscriptions: true,
        createdAt: at,
      };
      await catalog.insert(Edition, edition);
      for (const [companyId, state] of [
        [m.companies.customer, 'ACTIVE'],
        [m.companies.customer, 'CANCELLED'],
        [m.companies.reseller, 'ACTIVE'],
      ] as const) {
        subscriptions.push({
          id: newId(),
          marketplaceId: m.marketplaceId,
          companyId,
          productId: product.id,
          vendorCompanyId: m.companies.developer,
          editionId: edition.id,
          state,
          priceMinor: 100,
          currency: 'EUR',
          billingPeriod: 'MONTHLY',
          channel: 'DIRECT',
          buyerKind: 'user',
          buyerId: newId(),
          buyerCompanyId: companyId,
          exclusiveKey: null,
          createdAt: at,
          cancelledAt: state === 'CANCELLED' ? at : null,
          cancelledBy: null,
        });
      }
    }
    await catalog.insert(Subscription, subscriptions);
    const lead = (prospectCompanyName: string, contactEmail: string, state: Lead['state']): Lead => ({
      id: newId(),
      marketplaceId: m.marketplaceId,
      sourceCompanyId: m.companies.reseller,
      createdBy: null,
      prospectCompanyName,
      contactEmail,
      productId: null,
      state,
      assignedCompanyId: m.companies.reseller,
      customerCompanyId: null,
      lostReason: null,
      createdAt: at,
      updatedAt: at,
    });
    await catalog.insert(Lead, [lead('Acme Corp', 'buyer@acme.example', 'NEW'), lead('Globex', 'cto@globex.example', 'LOST'), lead('Initech', 'acme-fan@initech.example', 'NEW')]);
  });

  it('X4: subscriptions are filtered by state, product and buying company', async () => {
    const vendor = `query($v: ID!, $p: ID, $c: ID, $s: SubscriptionState) { vendorSubscriptions(vendorCompanyId: $v, productId: $p, companyId: $c, state: $s) { totalCount } }`;
    const count = async (variables: Record<string, unknown>) =>
      (await ok<{ vendorSubscriptions: { totalCount: number } }>(graph, vendor, { v: m.companies.developer, ...variables }, m.people.devAdmin.token)).vendorSubscriptions.totalCount;
    expect(await count({})).toBe(6);
    expect(await count({ c: m.companies.customer })).toBe(4);
    expect(await count({ c: m.companies.customer, p: productA.id, s: 'ACTIVE' })).toBe(1);
    const own = `query($id: ID!, $p: ID, $s: SubscriptionState) { company(id: $id) { subscriptions(productId: $p, state: $s) { totalCount edges { node { product { name } state } } } } }`;
    const mine = await ok<{ company: { subscriptions: Page<{ product: { name: string }; state: string }> } }>(graph, own, { id: m.companies.customer, p: productB.id }, m.people.customerAdmin.token);
    expect(mine.company.subscriptions.edges.map((e) => `${e.node.product.name}:${e.node.state}`).sort()).toEqual(['Sub B:ACTIVE', 'Sub B:CANCELLED']);
    // Another marketplace's staff names this vendor: refused, nothing listed.
    const foreign = await graph.gql<{ vendorSubscriptions: Page<unknown> | null }>(vendor, { v: m.companies.developer, c: m.companies.customer }, { token: other.people.owner.token });
    expect(foreign.data?.vendorSubscriptions ?? null).toBeNull();
  });

  it('C9: leads are filtered by state and searched by prospect or contact email', async () => {
    const q = `query($m: ID, $s: LeadState, $search: String) { leads(marketplaceId: $m, state: $s, search: $search, first: 100) { edges { node { prospectCompanyName } } } }`;
    const names = async (token: string, variables: Record<string, unknown>) =>
      (await ok<{ leads: Page<{ prospectCompanyName: string }> }>(graph, q, { m: m.marketplaceId, ...variables }, token)).leads.edges.map((e) => e.node.prospectCompanyName).sort();
    expect(await names(m.people.owner.token, { search: 'ACME' })).toEqual(['Acme Corp', 'Initech']);
    expect(await names(m.people.owner.token, { search: 'acme', s: 'NEW' })).toEqual(['Acme Corp', 'Initech']);
    expect(await names(m.people.owner.token, { s: 'LOST' })).toEqual(['Globex']);
    expect(await names(m.people.resellerAdmin.token, { search: 'globex' })).toEqual(['Globex']);
    // Searching never reaches leads the caller may not see.
    expect(await names(m.people.customerAdmin.token, { search: 'acme' })).toEqual([]);
    expect(await names(other.people.owner.token, { search: 'acme', m: other.marketplaceId })).toEqual([]);
  });
});

describe('end customers, apps and keysets', () => {
  let appId: string;
  let customerId: string;
  beforeAll(async () => {
    const dev = m.people.developer.token;
    customerId = await createCustomer(graph, dev, m.companies.developer, 'Zephyr Retail', 'ZR-100');
    await createCustomer(graph, dev, m.companies.developer, 'alpha foods', 'AF_7');
    await createCustomer(graph, dev, m.companies.developer, 'Mid Co', 'mid-1');
    await createCustomer(graph, other.people.developer.token, other.companies.developer, 'Zephyr Foreign', 'ZR-999');
    appId = await createApp(graph, dev, m.companies.developer, 'Billing Sync');
    await createApp(graph, dev, m.companies.developer, 'Inventory 50%');
    for (const name of ['prod key', 'staging key', 'old key']) {
      const created = await ok<{ createKeyset: { keyset: { id: string } } }>(graph, CREATE_KEYSET, { input: { appId, name } }, dev);
      if (name === 'old key') await ok(graph, DISABLE_KEYSET, { input: { keysetId: created.createKeyset.keyset.id } }, dev);
    }
  });
  const CUSTOMERS = `query($id: ID!, $search: String, $orderBy: EndCustomerOrder) {
    company(id: $id) { endCustomers(search: $search, orderBy: $orderBy, first: 100) { totalCount edges { node { name externalId } } } } }`;
  type Customers = { company: { endCustomers: Page<{ name: string; externalId: string }> | null } | null };

  it('T2: a partner searches its end customers by name or external ID and sorts them', async () => {
    const names = async (variables: Record<string, unknown>) =>
      (await ok<Customers>(graph, CUSTOMERS, { id: m.companies.developer, ...variables }, m.people.developer.token)).company?.endCustomers?.edges.map((e) => e.node.name);
    expect(await names({ search: 'zephyr' })).toEqual(['Zephyr Retail']);
    expect(await names({ search: 'zr-1' })).toEqual(['Zephyr Retail']);
    expect(await names({ search: '_' })).toEqual(['alpha foods']);
    expect(await names({ orderBy: { field: 'NAME' } })).toEqual(['alpha foods', 'Mid Co', 'Zephyr Retail']);
    expect(await names({ orderBy: { field: 'EXTERNAL_ID', direction: 'DESC' } })).toEqual(['Zephyr Retail', 'Mid Co', 'alpha foods']);
    // Staff troubleshoot with the same search; another marketplace's staff reaches nothing.
    const staff = await ok<Customers>(graph, CUSTOMERS, { id: m.companies.developer, search: 'zr' }, support.token);
    expect(staff.company?.endCustomers?.edges.map((e) => e.node.name)).toEqual(['Zephyr Retail']);
    const foreign = await graph.gql<Customers>(CUSTOMERS, { id: m.companies.developer, search: 'zr' }, { token: other.people.owner.token });
    expect(JSON.stringify(foreign.data)).not.toContain('Zephyr');
  });

  it('T6: an embed token searching reaches nothing but its own customer', async () => {
    const dev = m.people.developer.token;
    const keyset = await ok<{ createKeyset: { keyset: { id: string } } }>(graph, CREATE_KEYSET, { input: { appId, name: 'embed key' } }, dev);
    await ok(graph, 'mutation($input: AppAssignmentInput!) { assignApp(input: $input) { userErrors { message } } }', { input: { appId, endCustomerId: customerId } }, dev);
    await ok(
      graph,
      'mutation($input: AssignKeysetInput!) { assignKeyset(input: $input) { userErrors { message } } }',
      { input: { keysetId: keyset.createKeyset.keyset.id, endCustomerId: customerId } },
      dev,
    );
    const token = await mint(graph, dev, customerId, ['READ']);
    const list = await graph.gql<Customers>(CUSTOMERS, { id: m.companies.developer, search: 'a' }, { token });
    expect(JSON.stringify(list.data)).not.toMatch(/alpha|Mid Co/);
    const own = await graph.gql<{ embedSession: { endCustomer: { keysets: Page<{ name: string }> } } }>(
      `{ embedSession { endCustomer { keysets(search: "key", first: 10) { edges { node { name } } } } } }`,
      {},
      { token },
    );
    expect(own.data?.embedSession.endCustomer.keysets.edges.map((e) => e.node.name)).toEqual(['embed key']);
  });

  it('T3: apps are searched by name and sorted; keysets filtered by name and enabled', async () => {
    const apps = await ok<{ company: { apps: Page<{ name: string }> } }>(
      graph,
      `query($id: ID!) { company(id: $id) { apps(search: "%", orderBy: { field: NAME, direction: DESC }, first: 10) { edges { node { name } } } } }`,
      { id: m.companies.developer },
      m.people.developer.token,
    );
    expect(apps.company.apps.edges.map((e) => e.node.name)).toEqual(['Inventory 50%']);
    const q = `query($id: ID!, $search: String, $enabled: Boolean) { app(id: $id) { keysets(search: $search, enabled: $enabled, first: 10) { totalCount edges { node { name enabled } } } } }`;
    const keysets = async (variables: Record<string, unknown>) =>
      (await ok<{ app: { keysets: Page<{ name: string; enabled: boolean }> } }>(graph, q, { id: appId, ...variables }, m.people.developer.token)).app.keysets.edges.map((e) => e.node.name);
    expect(await keysets({ enabled: false })).toEqual(['old key']);
    expect(await keysets({ search: 'PROD' })).toEqual(['prod key']);
    expect(await keysets({ search: 'key', enabled: true })).toEqual(['prod key', 'staging key', 'embed key']);
    const long = await graph.gql(q, { id: appId, search: 'k'.repeat(101) }, { token: m.people.developer.token });
    expect(refusal(long)).toEqual([['BAD_USER_INPUT', 'search']]);
  });

  it('T9: activity time ranges that are malformed or reversed are BAD_USER_INPUT naming the field', async () => {
    const q = `query($filter: ActivityFilter) { activity(filter: $filter) { totalCount } }`;
    const reversed = await graph.gql(q, { filter: { marketplaceId: m.marketplaceId, from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } }, { token: m.people.owner.token });
    expect(refusal(reversed)).toEqual([['BAD_USER_INPUT', 'filter.to']]);
    const malformed = await graph.gql<unknown>(q, { filter: { marketplaceId: m.marketplaceId, from: 'yesterday' } }, { token: m.people.owner.token });
    expect(malformed.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(malformed.errors)).toContain('from');
    const ranged = await ok<{ activity: { totalCount: number } }>(
      graph,
      q,
      { filter: { marketplaceId: m.marketplaceId, from: '2026-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } },
      m.people.owner.token,
    );
    expect(ranged.activity.totalCount).toBe(0);
  });
});

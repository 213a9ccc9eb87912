import type { Actor } from '@marketgraph/authz';
import { newId } from '@marketgraph/db';
import { SQL_COUNT_HEADER } from '@marketgraph/graphql';
import {
  createCompany,
  invite,
  marketplaceFixture,
  ok,
  person,
  spanningStaff,
  startGraph,
  type MarketplaceFixture,
  type Person,
  type TestGraph,
} from '@marketgraph/testing';
import { Edition, Product, Subscription } from '../src/entities';
import { CANCEL, SUBSCRIBE, codes, publishedProduct, publishedProductRow, staffOf, type Staff } from './helpers';

let graph: TestGraph;
let m: MarketplaceFixture;
let other: MarketplaceFixture;
let staff: Staff;
let secondBuyer: Person;
let secondBuyerCompany: string;
let rival: Person;
let rivalCompany: string;
let vendorUser: Person;
let vendorKey: string;
let plainVendorKey: string;
let span: Person;
let p1: { productId: string; editionId: string };
let p2: { productId: string; editionId: string };
/** Subscriptions to the developer company's products, oldest first. */
const sold: { id: string; productId: string; companyId: string }[] = [];
let cancelledId: string;

const LIST = `query($v: ID!, $first: Int, $after: String, $p: ID, $s: SubscriptionState) {
  vendorSubscriptions(vendorCompanyId: $v, first: $first, after: $after, productId: $p, state: $s) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id state createdAt cancelledAt company { id } product { id name } edition { id name } } } } }`;
type Page = {
  vendorSubscriptions: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; state: string; cancelledAt: string | null; company: { id: string }; product: { id: string }; edition: { id: string } } }[];
  };
};

const KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key userErrors { code message } } }`;

beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'vsub');
  other = await marketplaceFixture(graph, 'vsubother');
  staff = await staffOf(graph, m);
  secondBuyerCompany = await createCompany(graph, m.people.owner.token, m.marketplaceId, 'vsub Buyer Two', [], 'buyer2@vsub.test');
  secondBuyer = await person(graph, 'buyer2@vsub.test', secondBuyerCompany);
  rivalCompany = await createCompany(graph, m.people.owner.token, m.marketplaceId, 'vsub Rival', ['DEVELOPER'], 'rival@vsub.test');
  rival = await person(graph, 'rival@vsub.test', rivalCompany);
  vendorUser = await invite(graph, m.people.devAdmin.token, m.companies.developer, 'plain@vsub.test', []);
  span = await spanningStaff(graph, other, m, 'span@vsub.test');
  vendorKey = (await ok<{ createApiKey: { key: string } }>(graph, KEY, { input: { companyId: m.companies.developer, name: 'provisioning', roles: ['COMPANY_ADMIN'] } }, m.people.devAdmin.token))
    .createApiKey.key;
  plainVendorKey = (await ok<{ createApiKey: { key: string } }>(graph, KEY, { input: { companyId: m.companies.developer, name: 'plain', roles: [] } }, m.people.devAdmin.token))
    .createApiKey.key;

  const multiple = { edition: { allowsMultipleSubscriptions: true } };
  p1 = await publishedProduct(graph, m, { name: 'Provisioned One', ...multiple });
  p2 = await publishedProduct(graph, m, { name: 'Provisioned Two', ...multiple });
  const purchases: [typeof p1, string, string][] = [
    [p1, m.companies.customer, m.people.customerAdmin.token],
    [p2, m.companies.customer, staff.salesSupport.token],
    [p1, secondBuyerCompany, secondBuyer.token],
    [p2, m.companies.reseller, m.people.resellerAdmin.token],
    [p1, m.companies.customer, m.people.customerAdmin.token],
  ];
  for (const [product, companyId, token] of purchases) {
    const res = await ok<{ subscribe: { subscription: { id: string } } }>(graph, SUBSCRIBE, { input: { editionId: product.editionId, companyId } }, token);
    sold.push({ id: res.subscribe.subscription.id, productId: product.productId, companyId });
  }
  cancelledId = (sold[4] as { id: string }).id;
  await ok(graph, CANCEL, { id: cancelledId }, m.people.customerAdmin.token);
  // A rival vendor's sale in the same marketplace, and a sale in another marketplace: neither is listed.
  const rivalProduct = await publishedProduct(graph, other, multiple);
  await ok(graph, SUBSCRIBE, { input: { editionId: rivalProduct.editionId, companyId: other.companies.customer } }, other.people.customerAdmin.token);
});
afterAll(() => graph?.stop());

const list = (variables: Record<string, unknown>, token: string | null, headers?: Record<string, string>) =>
  graph.gql<Page>(LIST, { v: m.companies.developer, ...variables }, { token, ...(headers ? { headers } : {}) });
const newestFirst = () => [...sold].reverse().map((s) => s.id);

describe('C10 the vendor lists the subscriptions to its products', () => {
  it('C10: the vendor\'s DEVELOPER, COMPANY_ADMIN and its API key see every buyer\'s subscriptions, newest first, with company, product and edition', async () => {
    const readers: [string | null, Record<string, string> | undefined][] = [
      [m.people.developer.token, undefined],
      [m.people.devAdmin.token, undefined],
      [null, { authorization: `ApiKey ${vendorKey}` }],
    ];
    for (const [token, headers] of readers) {
      const res = await list({}, token, headers);
      expect(res.errors).toBeUndefined();
      const page = res.data?.vendorSubscriptions;
      expect(page?.totalCount).toBe(sold.length);
      expect(page?.edges.map((e) => e.node.id)).toEqual(newestFirst());
      const first = page?.edges.at(-1)?.node;
      expect(first).toMatchObject({ state: 'ACTIVE', cancelledAt: null, company: { id: m.companies.customer }, product: { id: p1.productId }, edition: { id: p1.editionId } });
      expect(new Set(page?.edges.map((e) => e.node.company.id))).toEqual(new Set([m.companies.customer, secondBuyerCompany, m.companies.reseller]));
    }
  });

  it('C10: marketplace staff who sell and report list them too; PRODUCT_SUPPORT does not', async () => {
    for (const token of [m.people.owner.token, staff.salesSupport.token, staff.reports.token]) {
      const res = await list({}, token);
      expect(res.errors).toBeUndefined();
      expect(res.data?.vendorSubscriptions.edges.map((e) => e.node.id)).toEqual(newestFirst());
    }
    expect(codes(await list({}, staff.productSupport.token))).toEqual(['FORBIDDEN']);
  });

  it('X4: pages follow cursors to the end in a stable order; first is at most 100 and a bad cursor is refused', async () => {
    const token = m.people.developer.token;
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res: Awaited<ReturnType<typeof list>> = await list({ first: 2, after }, token);
      expect(res.errors).toBeUndefined();
      const page = res.data?.vendorSubscriptions;
      seen.push(...(page?.edges.map((e) => e.node.id) ?? []));
      if (!page?.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(newestFirst());
    const tooMany = await list({ first: 101 }, token);
    expect(tooMany.data).toBeNull();
    expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('first') });
    expect(codes(await list({ first: -1 }, token))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await list({ after: 'not-a-cursor' }, token))).toEqual(['BAD_USER_INPUT']);
    expect((await list({ first: 100 }, token)).data?.vendorSubscriptions.edges).toHaveLength(sold.length);
  });

  it('C10: filters by product and by state', async () => {
    const token = m.people.devAdmin.token;
    const ofP1 = await ok<Page>(graph, LIST, { v: m.companies.developer, p: p1.productId }, token);
    expect(ofP1.vendorSubscriptions.edges.map((e) => e.node.id)).toEqual(newestFirst().filter((id) => sold.find((s) => s.id === id)?.productId === p1.productId));
    expect(ofP1.vendorSubscriptions.totalCount).toBe(3);
    const cancelled = await ok<Page>(graph, LIST, { v: m.companies.developer, s: 'CANCELLED' }, token);
    expect(cancelled.vendorSubscriptions.edges.map((e) => e.node.id)).toEqual([cancelledId]);
    expect(cancelled.vendorSubscriptions.edges[0]?.node.cancelledAt).not.toBeNull();
    const activeOfP2 = await ok<Page>(graph, LIST, { v: m.companies.developer, p: p2.productId, s: 'ACTIVE' }, token);
    expect(activeOfP2.vendorSubscriptions.totalCount).toBe(2);
    // Another vendor's product names nothing of this vendor's sales.
    const rivalProduct = await ok<Page>(graph, LIST, { v: rivalCompany, p: p1.productId }, rival.token);
    expect(rivalProduct.vendorSubscriptions.totalCount).toBe(0);
    const own = await ok<Page>(graph, LIST, { v: rivalCompany }, rival.token);
    expect(own.vendorSubscriptions.totalCount).toBe(0);
  });
});

describe('C10, I1 who is refused', () => {
  it('C7, C10: a buyer, another vendor and staff of another marketplace get NOT_FOUND; a plain USER or key of the vendor FORBIDDEN', async () => {
    for (const token of [m.people.customerAdmin.token, secondBuyer.token, m.people.resellerAdmin.token, rival.token, other.people.owner.token, other.people.devAdmin.token]) {
      const res = await list({}, token);
      expect(res.data).toBeNull();
      expect(codes(res)).toEqual(['NOT_FOUND']);
    }
    expect(codes(await list({}, vendorUser.token))).toEqual(['FORBIDDEN']);
    expect(codes(await list({}, null, { authorization: `ApiKey ${plainVendorKey}` }))).toEqual(['FORBIDDEN']);
  });

  it('I1: a user who is staff of marketplace B and a member in A cannot list A\'s vendor\'s subscriptions', async () => {
    const res = await list({}, span.token);
    expect(res.data).toBeNull();
    expect(codes(res)).toEqual(['NOT_FOUND']);
    // Its own staff marketplace's vendor: allowed, which shows the refusal is about the marketplace.
    expect((await graph.gql<Page>(LIST, { v: other.companies.developer }, { token: span.token })).data?.vendorSubscriptions.totalCount).toBe(1);
  });

  it('X3: anonymous is UNAUTHENTICATED; an embed token of the vendor is refused; an unknown company is NOT_FOUND', async () => {
    expect(codes(await list({}, null))).toEqual(['UNAUTHENTICATED']);
    const embed: Actor = {
      kind: 'endCustomer',
      marketplaceId: m.marketplaceId,
      partnerCompanyId: m.companies.developer,
      endCustomerId: newId(),
      permissions: ['READ', 'CONFIGURE'],
      tokenId: newId(),
    };
    const asEmbed = await graph.subgraph<Page>('catalog', LIST, { v: m.companies.developer }, embed);
    expect(asEmbed.data).toBeNull();
    expect(codes(asEmbed)).toEqual(['FORBIDDEN']);
    expect(codes(await graph.gql(LIST, { v: newId() }, { token: m.people.developer.token }))).toEqual(['NOT_FOUND']);
  });

  it('C8, X1: the vendor reads nothing of the buyer beyond the subscription: not who bought, not its assignments, not its other subscriptions', async () => {
    const token = m.people.developer.token;
    const probes = [
      'buyer { id }',
      'buyerCompany { id }',
      'assignments { totalCount }',
      'company { subscriptions { totalCount } }',
      'company { members { totalCount } }',
    ];
    for (const probe of probes) {
      const res = await graph.gql<{ vendorSubscriptions: { edges: { node: Record<string, unknown> | null }[] } | null }>(
        `query($v: ID!) { vendorSubscriptions(vendorCompanyId: $v, first: 1) { edges { node { id ${probe} } } } }`,
        { v: m.companies.developer },
        { token },
      );
      const node = res.data?.vendorSubscriptions?.edges[0]?.node;
      const leaked = JSON.stringify(node ?? null);
      expect(codes(res).some((c) => c === 'FORBIDDEN' || c === 'NOT_FOUND')).toBe(true);
      expect(leaked).not.toContain(m.people.customerAdmin.userId);
      expect(leaked).not.toMatch(/totalCount/);
    }
    // The buying company's name, which the vendor needs to provision, is what identity shows anyone in the marketplace.
    const named = await ok<{ vendorSubscriptions: { edges: { node: { company: { id: string; name: string } } }[] } }>(
      graph,
      'query($v: ID!, $p: ID!) { vendorSubscriptions(vendorCompanyId: $v, productId: $p, first: 1) { edges { node { company { id name } } } } }',
      { v: m.companies.developer, p: p1.productId },
      token,
    );
    expect(named.vendorSubscriptions.edges[0]?.node.company.name).toBe('vsub Customer');
    // The buyer's own admin still reads all of it.
    const own = await ok<{ subscription: { buyer: { id: string }; assignments: { totalCount: number } } }>(
      graph,
      'query($id: ID!) { subscription(id: $id) { buyer { id } assignments { totalCount } } }',
      { id: (sold[0] as { id: string }).id },
      m.people.customerAdmin.token,
    );
    expect(own.subscription.buyer.id).toBe(m.people.customerAdmin.userId);
  });
});

describe('X8 statements', () => {
  const market = newId();
  const ownerCompany = newId();
  const vendor = newId();
  const buyers = Array.from({ length: 5 }, () => newId());
  const manager: Actor = {
    kind: 'user',
    userId: newId(),
    email: 'manager@vsubcount.test',
    platformOperator: false,
    grants: [
      { membershipId: newId(), companyId: ownerCompany, marketplaceId: market, accessTypes: ['ACCOUNT', 'MARKETPLACE'], roles: ['USER', 'COMPANY_ADMIN', 'MARKETPLACE_MANAGER'], managedCompanyIds: [] },
    ],
  };
  const developer: Actor = {
    kind: 'user',
    userId: newId(),
    email: 'dev@vsubcount.test',
    platformOperator: false,
    grants: [{ membershipId: newId(), companyId: vendor, marketplaceId: market, accessTypes: ['ACCOUNT', 'DEVELOPER'], roles: ['USER', 'DEVELOPER'], managedCompanyIds: [] }],
  };

  beforeAll(async () => {
    const now = Date.now();
    const identity = graph.databases.identity.manager;
    await identity.insert('Marketplace', { id: market, name: 'Count', slug: 'vsub-count', ownerCompanyId: ownerCompany, createdAt: new Date(now) });
    for (const [i, id] of [ownerCompany, vendor, ...buyers].entries()) {
      await identity.insert('Company', { id, marketplaceId: market, name: `Count ${i}`, nameKey: `count ${i}`, accessTypes: ['ACCOUNT'], createdAt: new Date(now) });
    }
    const catalog = graph.databases.catalog.manager;
    // 60 subscriptions to 6 products with 2 editions each, from 5 buyers: every page row names another product or edition.
    const editions: Edition[] = [];
    for (let i = 0; i < 6; i++) {
      const product = publishedProductRow(market, vendor, `Counted ${i}`, new Date(now));
      await catalog.insert(Product, product);
      for (const name of ['Basic', 'Pro']) {
        const edition: Edition = {
          id: newId(),
          marketplaceId: market,
          productId: product.id,
          name,
          priceMinor: 100,
          currency: 'EUR',
          billingPeriod: 'MONTHLY',
          allowsMultipleSubscriptions: true,
          createdAt: new Date(now),
        };
        await catalog.insert(Edition, edition);
        editions.push(edition);
      }
    }
    const rows: Subscription[] = Array.from({ length: 60 }, (_, i) => {
      const edition = editions[i % editions.length] as Edition;
      const companyId = buyers[i % buyers.length] as string;
      return {
        id: newId(),
        marketplaceId: market,
        companyId,
        productId: edition.productId,
        vendorCompanyId: vendor,
        editionId: edition.id,
        state: 'ACTIVE',
        priceMinor: 100,
        currency: 'EUR',
        billingPeriod: 'MONTHLY',
        channel: 'DIRECT',
        buyerKind: 'user',
        buyerId: newId(),
        buyerCompanyId: companyId,
        exclusiveKey: null,
        createdAt: new Date(now),
        cancelledAt: null,
        cancelledBy: null,
      };
    });
    await catalog.insert(Subscription, rows);
  });

  it('X8: a page of 10 or 50 subscriptions with company, product, edition and price costs the same statements', async () => {
    const query = `query($v: ID!, $first: Int) { vendorSubscriptions(vendorCompanyId: $v, first: $first) {
      totalCount edges { node { id state createdAt price { amountMinor } company { id } product { id name editions { totalCount } } edition { id name } } } } }`;
    for (const actor of [developer, manager]) {
      const run = async (first: number) => {
        const res = await graph.subgraph<Page>('catalog', query, { v: vendor, first }, actor);
        expect(res.errors).toBeUndefined();
        expect(res.data?.vendorSubscriptions.edges).toHaveLength(first);
        expect(res.data?.vendorSubscriptions.totalCount).toBe(60);
        return Number(res.headers.get(SQL_COUNT_HEADER));
      };
      const small = await run(10);
      const large = await run(50);
      expect(small).toBeGreaterThan(0);
      expect(large).toBe(small);
    }
  });
});

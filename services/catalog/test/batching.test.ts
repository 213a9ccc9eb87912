import type { Actor } from '@marketgraph/authz';
import { newId } from '@marketgraph/db';
import { SQL_COUNT_HEADER } from '@marketgraph/graphql';
import { startGraph, type TestGraph } from '@marketgraph/testing';
import { Edition, Product, ProductVersion, Subscription } from '../src/entities';
import { publishedProductRow } from './helpers';

let graph: TestGraph;
const marketplaceId = newId();
const ownerCompany = newId();
const vendors = Array.from({ length: 12 }, () => newId());

const staffActor: Actor = {
  kind: 'user',
  userId: newId(),
  email: 'staff@batch.test',
  platformOperator: false,
  grants: [
    {
      membershipId: newId(),
      companyId: ownerCompany,
      marketplaceId,
      accessTypes: ['ACCOUNT', 'MARKETPLACE'],
      roles: ['USER', 'BILLING_ADMIN', 'COMPANY_ADMIN', 'MARKETPLACE_MANAGER'],
      managedCompanyIds: [],
    },
  ],
};

beforeAll(async () => {
  graph = await startGraph();
  const manager = graph.databases.catalog.manager;
  const now = Date.now();
  // Identity owns the companies: it places each one in the marketplace (I1).
  const identity = graph.databases.identity.manager;
  await identity.insert('Marketplace', { id: marketplaceId, name: 'Batch', slug: 'batch', ownerCompanyId: ownerCompany, createdAt: new Date(now) });
  for (const [i, id] of [ownerCompany, ...vendors].entries()) {
    const accessTypes = i === 0 ? ['ACCOUNT', 'MARKETPLACE'] : ['ACCOUNT', 'DEVELOPER'];
    await identity.insert('Company', { id, marketplaceId, name: `Company ${i}`, nameKey: `company ${i}`, accessTypes, createdAt: new Date(now) });
  }
  // Rows written directly: 12 vendors with 6 published products each, every product with two
  // editions and a released version, and a subscription of each product for each vendor.
  for (const [v, vendorCompanyId] of vendors.entries()) {
    for (let i = 0; i < 6; i++) {
      const product = publishedProductRow(marketplaceId, vendorCompanyId, `Product ${v}-${i}`, new Date(now));
      await manager.insert(Product, product);
      for (const name of ['Basic', 'Pro']) {
        const edition: Edition = {
          id: newId(),
          marketplaceId,
          productId: product.id,
          name,
          priceMinor: 100,
          currency: 'EUR',
          billingPeriod: 'MONTHLY',
          allowsMultipleSubscriptions: true,
          createdAt: new Date(now),
        };
        await manager.insert(Edition, edition);
        if (name === 'Pro') {
          await manager.insert(Subscription, {
            id: newId(),
            marketplaceId,
            companyId: vendorCompanyId,
            productId: product.id,
            vendorCompanyId,
            editionId: edition.id,
            state: 'ACTIVE',
            priceMinor: 100,
            currency: 'EUR',
            billingPeriod: 'MONTHLY',
            channel: 'SALES_SUPPORT',
            buyerKind: 'user',
            buyerId: staffActor.userId,
            buyerCompanyId: ownerCompany,
            exclusiveKey: null,
            createdAt: new Date(now),
            cancelledAt: null,
            cancelledBy: null,
          });
        }
      }
      await manager.insert(ProductVersion, {
        id: newId(),
        marketplaceId,
        productId: product.id,
        version: '1.0.0',
        changelog: '',
        configSchema: '{"type":"object"}',
        state: 'RELEASED',
        createdAt: new Date(now),
        releasedAt: new Date(now),
      });
    }
  }
});
afterAll(() => graph?.stop());

async function statements(query: string, variables: Record<string, unknown>, actor: Actor): Promise<number> {
  const res = await graph.subgraph('catalog', query, variables, actor);
  expect(res.errors).toBeUndefined();
  return Number(res.headers.get(SQL_COUNT_HEADER));
}

it('X8: a storefront page of 5 or 50 products with editions, versions and vendor costs the same statements', async () => {
  const query = `query($first: Int) { storefront(marketplaceId: "${marketplaceId}", first: $first) {
    totalCount edges { node { id vendor { id } editions { totalCount edges { node { price { amountMinor } } } } versions { edges { node { version } } } } } } }`;
  const anonymous: Actor = { kind: 'anonymous', marketplaceId };
  const small = await statements(query, { first: 5 }, anonymous);
  const large = await statements(query, { first: 50 }, anonymous);
  expect(small).toBeGreaterThan(0);
  expect(large).toBe(small);
});

it('X8: Company.products and Company.subscriptions for 2 or 12 companies cost the same statements (batched references)', async () => {
  const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Company {
    products(first: 3) { totalCount edges { node { id editions { totalCount } } } }
    subscriptions(first: 2) { totalCount edges { node { id product { name } edition { name } assignments { totalCount } } } } } } }`;
  const refs = (n: number) => vendors.slice(0, n).map((id) => ({ __typename: 'Company', id }));
  const small = await statements(query, { r: refs(2) }, staffActor);
  const large = await statements(query, { r: refs(12) }, staffActor);
  expect(large).toBe(small);
  const res = await graph.subgraph<{ _entities: { products: { totalCount: number; edges: unknown[] }; subscriptions: { totalCount: number; edges: unknown[] } }[] }>(
    'catalog',
    query,
    { r: refs(12) },
    staffActor,
  );
  expect(res.data?._entities.map((c) => [c.products.totalCount, c.products.edges.length, c.subscriptions.totalCount, c.subscriptions.edges.length])).toEqual(
    vendors.map(() => [6, 3, 6, 2]),
  );
});

it('X4: batched company pages follow cursors in a stable order to the end', async () => {
  const query = `query($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on Company {
    products(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } } }`;
  type Page = { _entities: { products: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] } }[] };
  const r = [{ __typename: 'Company', id: vendors[0] }];
  const first = await graph.subgraph<Page>('catalog', query, { r }, staffActor);
  const page1 = first.data?._entities[0]?.products;
  expect(page1?.pageInfo.hasNextPage).toBe(true);
  const second = await graph.subgraph<Page>('catalog', query, { r, after: page1?.pageInfo.endCursor }, staffActor);
  const page2 = second.data?._entities[0]?.products;
  expect(page2?.pageInfo.hasNextPage).toBe(false);
  const ids = [...(page1?.edges ?? []), ...(page2?.edges ?? [])].map((e) => e.node.id);
  expect(ids).toHaveLength(6);
  expect([...ids].sort()).toEqual(ids);
  expect(page2?.totalCount).toBe(6);
  const tooMany = await graph.subgraph('catalog', query.replace('first: 4', 'first: 101'), { r }, staffActor);
  expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

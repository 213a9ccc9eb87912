import type { UserActor } from '@marketgraph/authz';
import { SQL_COUNT_HEADER } from '@marketgraph/graphql';
import { marketplaceFixture, startGraph, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { activeCustomer } from './helpers';

let graph: TestGraph;
let m: MarketplaceFixture;
beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'bt');
});
afterAll(() => graph?.stop());

// The partner dashboard's part in tenancy: a page of end customers, each with its apps and keysets.
const DASHBOARD = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Company {
  endCustomers(first: 50) { totalCount edges { node { id name active
    apps { edges { node { id name } } }
    keysets { edges { node { id name enabled publishKey } } } } } } } } }`;

interface Page {
  _entities: { endCustomers: { totalCount: number; edges: { node: { id: string; active: boolean; apps: { edges: { node: { id: string; name: string } }[] }; keysets: { edges: { node: { id: string; name: string } }[] } } }[] } }[];
}

describe('batching', () => {
  it('X8: a page of 2 or 12 end customers with their apps and keysets costs 4 statements: the page, its count, the apps with their links, the keysets with their assignments', async () => {
    const developer: UserActor = {
      kind: 'user',
      userId: m.people.developer.userId,
      email: m.people.developer.email,
      platformOperator: false,
      grants: [{ membershipId: m.people.developer.membershipId, companyId: m.companies.developer, marketplaceId: m.marketplaceId, accessTypes: ['DEVELOPER'], roles: ['USER', 'DEVELOPER'], managedCompanyIds: [] }],
    };
    const setups = [];
    const page = async (): Promise<{ statements: number; data: Page }> => {
      const res = await graph.subgraph<Page>('tenancy', DASHBOARD, { r: [{ __typename: 'Company', id: m.companies.developer }] }, developer);
      expect(res.errors).toBeUndefined();
      return { statements: Number(res.headers.get(SQL_COUNT_HEADER)), data: res.data as Page };
    };
    for (let i = 0; i < 2; i++) setups.push(await activeCustomer(graph, m, `few${i}`));
    const few = await page();
    for (let i = 0; i < 10; i++) setups.push(await activeCustomer(graph, m, `many${i}`));
    const many = await page();
    expect([few.statements, many.statements]).toEqual([4, 4]);
    // Each customer has its own app and keyset, read from the joined rows.
    const customers = many.data._entities[0]?.endCustomers;
    expect(customers?.totalCount).toBe(12);
    for (const setup of setups) {
      const node = customers?.edges.find((e) => e.node.id === setup.customerId)?.node;
      expect(node?.apps.edges.map((e) => e.node.id)).toEqual([setup.appId]);
      expect(node?.keysets.edges.map((e) => e.node.id)).toEqual([setup.keysetId]);
      expect(node?.active).toBe(true);
    }
  });
});

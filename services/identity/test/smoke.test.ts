import { marketplaceFixture, startGraph, type TestGraph } from '@marketgraph/testing';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(() => graph?.stop());

it('I13: viewer lists memberships across subgraphs', async () => {
  const m = await marketplaceFixture(graph);
  const res = await graph.gql(
    `{ viewer { kind user { email } memberships { roles permissions company { name products { totalCount } endCustomers { totalCount } } } } }`,
    {},
    { token: m.people.devAdmin.token },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data).toMatchObject({
    viewer: {
      kind: 'USER',
      user: { email: 'devadmin@m.test' },
      memberships: [{ roles: ['USER', 'BILLING_ADMIN', 'COMPANY_ADMIN'], company: { name: 'm Devs', products: { totalCount: 0 }, endCustomers: { totalCount: 0 } } }],
    },
  });
});

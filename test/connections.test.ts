import { marketplaceFixture, ok, startGraph, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';

/** Relay connections (X4, X13): forward and backward paging, PageInfo, and refused arguments. */

let graph: TestGraph;
let m: MarketplaceFixture;
const names: string[] = [];
beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'rc');
  for (let i = 0; i < 7; i++) {
    const name = `Customer ${i}`;
    await ok(
      graph,
      'mutation($input: CreateEndCustomerInput!) { createEndCustomer(input: $input) { endCustomer { id } userErrors { message } } }',
      { input: { partnerCompanyId: m.companies.developer, name, externalId: `ext-${i}` } },
      m.people.developer.token,
    );
    names.push(name);
  }
});
afterAll(() => graph?.stop());

type Page = {
  company: {
    endCustomers: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
      edges: { cursor: string; node: { name: string } }[];
    };
  };
};

const PAGE = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  company(id: $id) { endCustomers(first: $first, after: $after, last: $last, before: $before) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { name } }
  } }
}`;

async function page(variables: Record<string, unknown>): Promise<Page['company']['endCustomers']> {
  return (await ok<Page>(graph, PAGE, { id: m.companies.developer, ...variables }, m.people.developer.token)).company.endCustomers;
}

const namesOf = (p: Page['company']['endCustomers']) => p.edges.map((e) => e.node.name);

it('X13: a connection pages forward with first/after and back with last/before, with full PageInfo', async () => {
  const p1 = await page({ first: 3 });
  expect(namesOf(p1)).toEqual(names.slice(0, 3));
  expect(p1.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: p1.edges[0]?.cursor, endCursor: p1.edges[2]?.cursor });
  expect(p1.totalCount).toBe(7);
  const p2 = await page({ first: 3, after: p1.pageInfo.endCursor });
  expect(namesOf(p2)).toEqual(names.slice(3, 6));
  expect(p2.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  const p3 = await page({ first: 3, after: p2.pageInfo.endCursor });
  expect(namesOf(p3)).toEqual(names.slice(6));
  expect(p3.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

  // Backward from the end of the list, then from the start of each page.
  const last = await page({ last: 3 });
  expect(namesOf(last)).toEqual(names.slice(4));
  expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  const back = await page({ last: 3, before: p3.pageInfo.startCursor });
  expect(namesOf(back)).toEqual(names.slice(3, 6));
  expect(back.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  const front = await page({ last: 5, before: back.pageInfo.startCursor });
  expect(namesOf(front)).toEqual(names.slice(0, 3));
  expect(front.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  // Edge cursors work as well as page cursors, and a page may be empty.
  expect(namesOf(await page({ first: 2, after: p1.edges[0]?.cursor }))).toEqual(names.slice(1, 3));
  const empty = await page({ last: 2, before: p1.edges[0]?.cursor });
  expect(empty.edges).toEqual([]);
  expect(empty.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null });
});

it('X4: mixing forward and backward arguments, sizes past 100 and foreign cursors are BAD_USER_INPUT naming the argument', async () => {
  const first = await page({ first: 1 });
  const cursor = first.pageInfo.endCursor;
  const refused = async (variables: Record<string, unknown>): Promise<unknown> => {
    const res = await graph.gql(PAGE, { id: m.companies.developer, ...variables }, { token: m.people.developer.token });
    return res.errors?.map((e) => [e.extensions?.['code'], e.extensions?.['field']]);
  };
  expect(await refused({ first: 2, last: 2 })).toEqual([['BAD_USER_INPUT', 'last']]);
  expect(await refused({ after: cursor, before: cursor })).toEqual([['BAD_USER_INPUT', 'before']]);
  expect(await refused({ first: 2, before: cursor })).toEqual([['BAD_USER_INPUT', 'before']]);
  expect(await refused({ last: 2, after: cursor })).toEqual([['BAD_USER_INPUT', 'after']]);
  expect(await refused({ last: 101 })).toEqual([['BAD_USER_INPUT', 'last']]);
  expect(await refused({ first: 101 })).toEqual([['BAD_USER_INPUT', 'first']]);
  expect(await refused({ last: -1 })).toEqual([['BAD_USER_INPUT', 'last']]);
  expect(await refused({ after: 'not-a-cursor' })).toEqual([['BAD_USER_INPUT', 'after']]);
  // A cursor of another list (the partner's apps) is refused here.
  const apps = await ok<{ company: { apps: { pageInfo: { endCursor: string | null } } } }>(
    graph,
    `mutation($input: CreateAppInput!) { createApp(input: $input) { app { id } userErrors { message } } }`,
    { input: { partnerCompanyId: m.companies.developer, name: 'Cursor app' } },
    m.people.developer.token,
  ).then(() =>
    ok<{ company: { apps: { pageInfo: { endCursor: string | null } } } }>(
      graph,
      'query($id: ID!) { company(id: $id) { apps(first: 1) { pageInfo { endCursor } } } }',
      { id: m.companies.developer },
      m.people.developer.token,
    ),
  );
  expect(await refused({ first: 1, after: apps.company.apps.pageInfo.endCursor })).toEqual([['BAD_USER_INPUT', 'after']]);
  expect(await refused({ last: 1, before: apps.company.apps.pageInfo.endCursor })).toEqual([['BAD_USER_INPUT', 'before']]);
});

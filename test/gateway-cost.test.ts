import { marketplaceFixture, ok, startGraph, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { ASSIGN_APP, ASSIGN_KEYSET, createApp, createCustomer, createKeyset, mint } from '../services/tenancy/test/helpers';

// The operations the benchmark sends, as a frontend and a partner dashboard send them (plain JavaScript).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { VIEWER, STOREFRONT, DASHBOARD, REPORT, EMBED } = require('../scripts/bench/workloads.js') as Record<string, string>;

let graph: TestGraph;
let m: MarketplaceFixture;
let embedToken: string;

beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'cost');
  const token = m.people.developer.token;
  const appId = await createApp(graph, token, m.companies.developer, 'Cost App');
  let customerId = '';
  for (let i = 0; i < 3; i++) {
    customerId = await createCustomer(graph, token, m.companies.developer, `Customer ${i}`, `cost-${i}`);
    await ok(graph, ASSIGN_APP, { input: { endCustomerId: customerId, appId } }, token);
    const keyset = await createKeyset(graph, token, appId, `Keyset ${i}`);
    await ok(graph, ASSIGN_KEYSET, { input: { keysetId: keyset.id, endCustomerId: customerId } }, token);
  }
  embedToken = await mint(graph, token, customerId, ['READ']);
});
afterAll(() => graph?.stop());

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;

describe('X10: query cost with the variables it is sent with', () => {
  it('X10: the operations a real dashboard sends pass at first: 100', async () => {
    const dev = { token: m.people.developer.token };
    const answers = [
      await graph.gql(VIEWER as string, {}, dev),
      await graph.gql(STOREFRONT as string, { first: 100 }, { headers: { 'x-marketplace': m.slug } }),
      await graph.gql(DASHBOARD as string, { partner: m.companies.developer, first: 100 }, dev),
      await graph.gql(REPORT as string, { marketplaceId: m.marketplaceId }, { token: m.people.owner.token }),
      await graph.gql(EMBED as string, {}, { token: embedToken }),
      // 100 end customers with five keysets each, written with literals.
      await graph.gql(
        `query($c: ID!) { company(id: $c) { endCustomers(first: 100) { totalCount pageInfo { hasNextPage endCursor }
          edges { node { id name keysets(first: 5) { edges { node { id name enabled publishKey subscribeKey } } } } } } } }`,
        { c: m.companies.developer },
        dev,
      ),
    ];
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const dashboard = answers[2]?.data as { company: { endCustomers: { totalCount: number } } };
    expect(dashboard.company.endCustomers.totalCount).toBe(3);
  });

  const NESTED = `query($a: Int, $b: Int, $c: Int, $p: ID!) { company(id: $p) { endCustomers(first: $a) { edges { node {
    apps(first: $b) { edges { node { endCustomers(first: $c) { edges { node { id name } } } } } } } } } } }`;
  const NESTED_LITERAL = NESTED.replace(/^query\([^)]*\)/, 'query($p: ID!)').replace(/first: \$[abc]/g, 'first: 100');

  it('X10: first: $n in variables is multiplied like a literal; 100 x 100 x 100 nested lists are refused, naming the limit and the cost', async () => {
    for (const [query, variables] of [
      [NESTED, { a: 100, b: 100, c: 100, p: m.companies.developer }],
      [NESTED_LITERAL, { p: m.companies.developer }],
    ] as const) {
      const res = await graph.gql(query, variables, { token: m.people.developer.token });
      expect(res.status).toBe(400);
      expect(res.data).toBeNull();
      const error = (res.errors as Errors)?.[0];
      // company 1 + endCustomers(1 + 100 × (edges 1 + node 1 + apps(1 + 100 × (edges 1 + node 1 + endCustomers(1 + 100 × 2))))).
      expect(error?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_QUERY_COST', cost: 2_030_302, maxCost: 20_000 });
      expect(error?.message).toBe(
        'Query cost 2030302 exceeds the limit of 20000 (MAX_QUERY_COST): ask for fewer items with first/last, or fewer nested lists',
      );
    }
    // The same shape with small pages passes, and no page size given counts the default page (20).
    const small = await graph.gql(NESTED, { a: 5, b: 5, c: 5, p: m.companies.developer }, { token: m.people.developer.token });
    expect(small.errors).toBeUndefined();
    const defaults = await graph.gql(NESTED, { a: 100, p: m.companies.developer }, { token: m.people.developer.token });
    expect((defaults.errors as Errors)?.[0]?.extensions).toMatchObject({ limit: 'MAX_QUERY_COST', cost: 2 + 100 * (3 + 20 * (3 + 2 * 20)) });
  });

  it('X10: fragments, aliases and @include are counted as they will run', async () => {
    const query = `query($n: Int, $deep: Boolean!, $p: ID!) { company(id: $p) { endCustomers(first: $n) { edges { node { id ...Apps @include(if: $deep) } } } } }
      fragment Apps on EndCustomer { a: apps(first: $n) { edges { node { id } } } b: apps(first: $n) { edges { node { id } } } }`;
    const shallow = await graph.gql(query, { n: 100, deep: false, p: m.companies.developer }, { token: m.people.developer.token });
    expect(shallow.errors).toBeUndefined();
    const deep = await graph.gql(query, { n: 100, deep: true, p: m.companies.developer }, { token: m.people.developer.token });
    expect((deep.errors as Errors)?.[0]?.extensions).toMatchObject({ limit: 'MAX_QUERY_COST' });
  });

  it('X10: fragments that spread each other over and over are refused, not weighed for ever', async () => {
    const levels = 16;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on Query { __typename }` : `fragment F${i} on Query { ...F${i + 1} __typename ...F${i + 1} }`,
    );
    const bomb = `query Bomb { ...F0 }\n${fragments.join('\n')}`;
    // The depth limit counts each spread as a level and refuses it first; with a lax depth limit the cost limit still does.
    expect((await graph.gql(bomb, {}, { token: m.people.developer.token })).errors?.[0]?.message).toMatch(/depth/);
    const lax = await graph.startGateway({ limits: { maxDepth: 100 } });
    try {
      const res = await lax.gql(bomb, {}, { token: m.people.developer.token });
      expect(res.status).toBe(400);
      expect((res.errors as Errors)?.[0]).toEqual({
        message: 'The operation selects more than 10000 fields once its fragments are spread (MAX_QUERY_COST)',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_QUERY_COST' },
      });
    } finally {
      await lax.close();
    }
  });

  it('X10: a page size of the wrong type is BAD_USER_INPUT naming the variable, not a 500', async () => {
    const res = await graph.gql(NESTED, { a: 'lots', p: m.companies.developer }, { token: m.people.developer.token });
    expect(res.status).toBe(400);
    const error = (res.errors as Errors)?.[0];
    expect(error?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(error?.message).toContain('$a');
  });
});

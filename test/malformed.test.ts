import { marketplaceFixture, startGraph, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { MAX_JSON_DEPTH } from '@marketgraph/graphql';
import { CREATE_VERSION, draftProduct } from '../services/catalog/test/helpers';

let graph: TestGraph;
let m: MarketplaceFixture;
beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'bad');
}, 120_000);
afterAll(() => graph?.stop());

const SALES = 'query($v: ID!, $from: DateTime) { vendorSales(vendorCompanyId: $v, from: $from) { month } }';

/** A JSON value nested `depth` levels deep: [[[...]]]. */
function deepJson(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

async function rawPost(body: string, token?: string): Promise<{ status: number; json: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } }> {
  const res = await fetch(graph.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return { status: res.status, json: (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] } };
}

it('X3: a DateTime variable that is not a date answers BAD_USER_INPUT naming the variable, not a 500', async () => {
  const res = await graph.gql(SALES, { v: m.companies.developer, from: 'yesterday-ish' }, { token: m.people.devAdmin.token });
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  expect(res.errors?.[0]?.message).toMatch(/\$from.*ISO-8601/);
});

it('X3: a DateTime literal that is not a date answers BAD_USER_INPUT, not a 500', async () => {
  const res = await graph.gql(`query($v: ID!) { vendorSales(vendorCompanyId: $v, from: "31/12/2025") { month } }`, { v: m.companies.developer }, { token: m.people.devAdmin.token });
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  expect(res.errors?.[0]?.message).toMatch(/DateTime must be an ISO-8601/);
});

it('X3: a document with two operations and no operationName answers a 400 that says so, not a 500', async () => {
  const res = await graph.gql('query A { viewer { user { id } } } query B { viewer { user { email } } }', {}, { token: m.people.owner.token });
  expect(res.status).toBe(400);
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['OPERATION_RESOLUTION_FAILURE']);
  expect(res.errors?.[0]?.message).toMatch(/operationName/);
});

it('X11: a JSON variable nested 40,000 levels deep is refused as BAD_USER_INPUT before it is parsed further', async () => {
  const body = `{"query":"mutation($input: CreateVersionInput!) { createVersion(input: $input) { version { id } } }","variables":{"input":{"productId":"x","version":"1.0.0","changelog":"c","configSchema":${deepJson(40_000)}}}}`;
  const res = await rawPost(body, m.people.developer.token);
  expect(res.status).toBe(400);
  expect(res.json.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  expect(res.json.errors?.[0]?.message).toMatch(/deep/);
});

it('X11: a JSON argument nested past the limit is refused as BAD_USER_INPUT naming the argument, in catalog and tenancy', async () => {
  const token = m.people.developer.token;
  const { productId } = await draftProduct(graph, m);
  const nested = JSON.parse(deepJson(MAX_JSON_DEPTH + 4)) as unknown;
  const res = await graph.gql(CREATE_VERSION, { input: { productId, version: '1.0.0', changelog: 'c', configSchema: nested } }, { token });
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  expect(res.errors?.[0]?.message).toMatch(/configSchema/);
  const install = await graph.gql(
    'mutation($input: InstallAppInput!) { installApp(input: $input) { installation { id } userErrors { message } } }',
    { input: { endCustomerId: productId, appId: productId, versionId: productId, configuration: nested } },
    { token },
  );
  expect(install.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  expect(install.errors?.[0]?.message).toMatch(/configuration/);
});

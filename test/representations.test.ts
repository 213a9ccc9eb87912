import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { marketplaceFixture, ok, startGraph, type ExtraGateway, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { deduplicateRepresentations, expandEntities } from '../gateway/src/representations';
import { errorCodesOf } from '../gateway/src/server';

/** A pass-through proxy in front of a subgraph that keeps the representations of every entity fetch. */
async function recordingProxy(target: string): Promise<{ url: string; fetched: unknown[][]; close(): Promise<void> }> {
  const fetched: unknown[][] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (req.url === '/graphql') {
        const representations = (JSON.parse(body.toString('utf8')) as { variables?: { representations?: unknown[] } }).variables?.representations;
        if (representations) fetched.push(representations);
      }
      const forward = http.request(new URL(req.url ?? '/', target), { method: 'POST', headers: { ...req.headers, host: new URL(target).host } }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    fetched,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

let graph: TestGraph;
let m: MarketplaceFixture;
let proxy: Awaited<ReturnType<typeof recordingProxy>>;
let gateway: ExtraGateway;

beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'rep');
  for (let n = 1; n <= 6; n++) {
    await ok(
      graph,
      'mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { message } } }',
      { input: { vendorCompanyId: m.companies.developer, name: `Deduplicated ${n}` } },
      m.people.developer.token,
    );
  }
  proxy = await recordingProxy(graph.subgraphUrls.identity);
  gateway = await graph.startGateway({ subgraphs: { ...graph.subgraphUrls, identity: proxy.url } });
}, 120_000);

afterAll(async () => {
  await gateway?.close();
  await proxy?.close();
  await graph?.stop();
});

const PRODUCTS = `query($company: ID!) {
  company(id: $company) { products(first: 50) { edges { node { name vendor { id name } } } } }
}`;

describe('entity fetches', () => {
  it('X8: each distinct entity goes to its subgraph once, and every place that asked for it gets it', async () => {
    proxy.fetched.length = 0;
    const res = await gateway.gql<{ company: { products: { edges: { node: { name: string; vendor: { id: string; name: string } | null } }[] } } }>(
      PRODUCTS,
      { company: m.companies.developer },
      { token: m.people.developer.token },
    );
    expect(res.errors).toBeUndefined();
    const nodes = (res.data?.company.products.edges ?? []).map((edge) => edge.node);
    expect(nodes).toHaveLength(6);
    // The six products name one vendor: identity is asked for it once, not six times.
    const vendorFetches = proxy.fetched.filter((representations) => representations.some((r) => (r as { id?: string }).id === m.companies.developer));
    expect(vendorFetches.map((representations) => representations.length)).toEqual([1]);
    expect(nodes.every((product) => product.vendor?.id === m.companies.developer && product.vendor.name === nodes[0]?.vendor?.name)).toBe(true);
    // The same answer as a gateway that is not behind the proxy.
    const direct = await graph.gql(PRODUCTS, { company: m.companies.developer }, { token: m.people.developer.token });
    expect(res.data).toEqual(direct.data);
  });
});

describe('deduplicating representations', () => {
  it('X8: sends each distinct representation once and leaves a list of distinct ones alone', () => {
    const a = { __typename: 'Company', id: 'a' };
    const b = { __typename: 'Company', id: 'b' };
    expect(deduplicateRepresentations([a, b, { ...a }, a])).toEqual({ unique: [a, b], positions: [0, 1, 0, 0] });
    expect(deduplicateRepresentations([a, b])).toBeNull();
  });

  it('X8: puts each entity, as its own copy, and each error at every place that asked for it', () => {
    const deduplicated = { unique: [{}, {}], positions: [0, 1, 0] };
    const answer = {
      data: { _entities: [{ name: 'A', nested: { n: 1 } }, null] },
      errors: [
        { message: 'refused', path: ['_entities', 0, 'secret'] },
        { message: 'gone', path: ['_entities', 1] },
        { message: 'whole fetch' },
      ],
    };
    const expanded = expandEntities(answer, deduplicated);
    const entities = expanded.data?._entities as ({ nested: object } | null)[];
    expect(entities).toEqual([{ name: 'A', nested: { n: 1 } }, null, { name: 'A', nested: { n: 1 } }]);
    // Later fetches merge into each place: no two places share an object.
    expect(entities[0]).not.toBe(entities[2]);
    expect(entities[0]?.nested).not.toBe(entities[2]?.nested);
    expect(expanded.errors).toEqual([
      { message: 'refused', path: ['_entities', 0, 'secret'] },
      { message: 'refused', path: ['_entities', 2, 'secret'] },
      { message: 'gone', path: ['_entities', 1] },
      { message: 'whole fetch' },
    ]);
  });
});

describe('error codes of a subgraph answer', () => {
  it('X14: finds the codes of every error, and none in an answer that only mentions errors in its data', () => {
    const failed = JSON.stringify({ data: { a: null }, errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }, { message: 'odd', extensions: { code: 'lower case' } }, { message: 'bare' }] });
    expect(errorCodesOf(failed)).toEqual(['FORBIDDEN', 'INTERNAL_SERVER_ERROR', 'INTERNAL_SERVER_ERROR']);
    expect(errorCodesOf(' { "errors" : [ { "message": "x", "extensions": { "code": "NOT_FOUND" } } ] } ')).toEqual(['NOT_FOUND']);
    // A string value that quotes the word is escaped in JSON: it is data, not an error.
    expect(errorCodesOf(JSON.stringify({ data: { note: 'see "errors" below', errors: 'errors' } }))).toEqual([]);
    expect(errorCodesOf(JSON.stringify({ data: { list: [] } }))).toEqual([]);
    expect(errorCodesOf('not json "errors"')).toEqual([]);
  });
});

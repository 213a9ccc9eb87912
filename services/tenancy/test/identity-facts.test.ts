import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { identityFacts } from '@marketgraph/graphql';
import { createCompany, marketplaceFixture, startGraph, TEST_KEYS, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';

// Catalog and tenancy place the companies they are given by asking identity, through one shared
// client: a request's lookups go out in batches, one call to identity per batch (I1, X8).
let graph: TestGraph;
let m: MarketplaceFixture;
let other: MarketplaceFixture;
let proxy: http.Server;
let proxyUrl: string;
const calls: { route: string; ids: number }[] = [];
const extra: string[] = [];

beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'placed');
  other = await marketplaceFixture(graph, 'elsewhere');
  for (let i = 0; i < 8; i++) extra.push(await createCompany(graph, m.people.owner.token, m.marketplaceId, `Placed ${i}`, ['DEVELOPER'], `admin${i}@placed.test`));
  // A transparent relay in front of identity that counts the calls it forwards.
  const target = new URL(graph.subgraphUrls.identity);
  proxy = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const parsed = JSON.parse(body.toString() || '{}') as { companyIds?: unknown[] };
      calls.push({ route: req.url ?? '', ids: parsed.companyIds?.length ?? 0 });
      const upstream = http.request(
        { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await new Promise((resolve) => proxy?.close(resolve));
  await graph?.stop();
});

const NOBODY = '00000000-0000-4000-8000-000000000000';
const facts = () => identityFacts({ identityUrl: proxyUrl, identityTimeoutMs: 5000, serviceKey: TEST_KEYS.services.tenancy }, 'tenancy');

it('I1, X8: the companies a request names are placed by identity in one call per batch, each once', async () => {
  calls.length = 0;
  const identity = facts();
  const ids = [m.companies.developer, m.companies.customer, other.companies.developer, NOBODY, ...extra, m.companies.developer];
  const answers = await Promise.all(ids.map((id) => identity.company.load(id)));
  expect(calls).toEqual([{ route: '/internal/companies', ids: 12 }]);
  expect(answers.map((a) => a?.marketplaceId ?? null)).toEqual([
    m.marketplaceId,
    m.marketplaceId,
    other.marketplaceId,
    null,
    ...extra.map(() => m.marketplaceId),
    m.marketplaceId,
  ]);
  expect(answers[2]?.accessTypes).toEqual(expect.arrayContaining(['DEVELOPER']));
  // Asked again in the same request: answered from the request's cache.
  await identity.company.load(other.companies.developer);
  expect(calls).toHaveLength(1);
});

it('X8: a page of 250 companies goes out in batches of at most 100; an ID that cannot be one is not sent', async () => {
  calls.length = 0;
  const identity = facts();
  const ids = Array.from({ length: 250 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
  const answers = await Promise.all([...ids, 'x'.repeat(37), ''].map((id) => identity.company.load(id)));
  expect(answers.every((a) => a === null)).toBe(true);
  // The three calls go out at once; they may arrive in any order.
  expect(calls.map((c) => c.ids).sort((a, b) => b - a)).toEqual([100, 100, 50]);
});

it('X9: when identity cannot be reached, a lookup fails with a clear error that names no address', async () => {
  const down = identityFacts({ identityUrl: 'http://127.0.0.1:1/graphql', identityTimeoutMs: 500, serviceKey: TEST_KEYS.services.tenancy }, 'tenancy');
  await expect(down.company.load(m.companies.developer)).rejects.toMatchObject({
    message: 'Identity is not reachable right now',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
});

import { OPERATOR, startGraph, testDatabaseKind, type TestGraph } from '@marketgraph/testing';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startGraph();
}, 120_000);
afterAll(() => graph?.stop());

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The samples of a Prometheus text exposition. */
function samples(text: string): Sample[] {
  const out: Sample[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a Prometheus sample: ${line}`);
    const labels: Record<string, string> = {};
    for (const pair of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[pair[1] as string] = pair[2] as string;
    out.push({ name: match[1] as string, labels, value: Number(match[3]) });
  }
  return out;
}

async function scrape(url: string): Promise<Sample[]> {
  const res = await fetch(url);
  expect([url, res.status, res.headers.get('content-type')?.startsWith('text/plain')]).toEqual([url, 200, true]);
  return samples(await res.text());
}

/** The one sample of `name` whose labels include `labels`. */
function value(all: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  return all.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
}

const LOGIN = 'mutation SignIn($i: LoginInput!) { login(input: $i) { accessToken } }';

it('X14: every process serves Prometheus metrics: operations by name, errors, durations, subgraph calls, pool, event-loop delay', async () => {
  const signIn = await graph.gql<{ login: { accessToken: string } }>(LOGIN, { i: OPERATOR });
  const token = signIn.data?.login.accessToken;
  for (let i = 0; i < 3; i++) await graph.gql('query Who { viewer { user { email } } }', {}, { token });
  // A failing operation counts as an error of its name.
  await graph.gql('query Broken { node(id: "not-an-id") { id } }', {}, { token });
  const gatewayUrl = graph.metricsUrl;
  expect(gatewayUrl).toBe(graph.url.replace(/\/graphql$/, '/metrics'));
  const gateway = await scrape(gatewayUrl as string);
  expect(value(gateway, 'graphql_requests_total', { operation: 'Who', service: 'gateway' })).toBe(3);
  expect(value(gateway, 'graphql_requests_total', { operation: 'SignIn' })).toBeGreaterThanOrEqual(1);
  expect(value(gateway, 'graphql_errors_total', { operation: 'Who' }) ?? 0).toBe(0);
  expect(value(gateway, 'graphql_errors_total', { operation: 'Broken' })).toBe(1);
  expect(value(gateway, 'graphql_request_duration_seconds_count', { operation: 'Who' })).toBe(3);
  expect(value(gateway, 'graphql_request_duration_seconds_sum', { operation: 'Who' })).toBeGreaterThan(0);
  expect(value(gateway, 'gateway_subgraph_requests_total', { subgraph: 'identity' })).toBeGreaterThanOrEqual(4);
  expect(value(gateway, 'gateway_subgraph_request_duration_seconds_count', { subgraph: 'identity' })).toBeGreaterThanOrEqual(4);
  expect(value(gateway, 'nodejs_eventloop_lag_p99_seconds')).toBeGreaterThanOrEqual(0);

  for (const service of ['identity', 'catalog', 'tenancy'] as const) {
    const metrics = await scrape(graph.subgraphUrls[service].replace(/\/graphql$/, '/metrics'));
    expect(value(metrics, 'nodejs_eventloop_lag_p99_seconds', { service })).toBeGreaterThanOrEqual(0);
    if (testDatabaseKind() === 'mysql') {
      expect(value(metrics, 'db_pool_size', { service })).toBe(graph.databases[service].limits.poolSize);
      expect(value(metrics, 'db_pool_connections_in_use', { service })).toBeGreaterThanOrEqual(0);
      expect(value(metrics, 'db_pool_waiting', { service })).toBe(0);
    }
  }
  const identity = await scrape(graph.subgraphUrls.identity.replace(/\/graphql$/, '/metrics'));
  // The gateway's plan names the identity fetch after the client's operation.
  const served = identity.filter((s) => s.name === 'graphql_requests_total').reduce((sum, s) => sum + s.value, 0);
  expect(served).toBeGreaterThanOrEqual(4);
  expect(identity.filter((s) => s.name === 'graphql_request_duration_seconds_count').length).toBeGreaterThan(0);
});

it('X14: client-chosen operation names cannot grow the series without bound', async () => {
  const long = `Q${'x'.repeat(80)}`;
  await graph.gql(`query ${long} { __typename }`);
  await graph.gql('{ __typename }');
  const gateway = await scrape(graph.metricsUrl as string);
  expect(gateway.some((s) => s.labels['operation'] === long)).toBe(false);
  expect(value(gateway, 'graphql_requests_total', { operation: 'other' })).toBeGreaterThanOrEqual(1);
  expect(value(gateway, 'graphql_requests_total', { operation: 'anonymous' })).toBeGreaterThanOrEqual(1);
  // Past the cap of distinct names, new names share one series.
  for (let i = 0; i < 210; i++) await graph.gql(`query Name${i} { __typename }`);
  const after = await scrape(graph.metricsUrl as string);
  const names = new Set(after.filter((s) => s.name === 'graphql_requests_total').map((s) => s.labels['operation']));
  expect(names.size).toBeLessThanOrEqual(202);
});

it('X14: rate-limit refusals are counted by limit', async () => {
  const replica = await graph.startGateway({ limits: { ratePerMinute: 1 }, rateLimitPrefix: `metrics-${process.pid}-${Date.now()}` });
  try {
    const answers = await Promise.all([1, 2, 3].map(() => replica.gql('{ __typename }')));
    expect(answers.filter((a) => a.status === 429).length).toBeGreaterThanOrEqual(1);
    const metrics = await scrape(replica.metricsUrl as string);
    const refusals = metrics.filter((s) => s.name === 'gateway_rate_limit_refusals_total');
    expect(refusals.reduce((sum, s) => sum + s.value, 0)).toBe(answers.filter((a) => a.status === 429).length);
  } finally {
    await replica.close();
  }
});

it('X14: in production the gateway serves no /metrics on its client port; METRICS_PORT serves them apart', async () => {
  const hidden = await graph.startGateway({ production: true });
  const apart = await graph.startGateway({ production: true, metricsPort: 0 });
  try {
    expect(hidden.metricsUrl).toBeNull();
    expect((await fetch(hidden.url.replace(/\/graphql$/, '/metrics'))).status).toBe(404);
    expect((await fetch(apart.url.replace(/\/graphql$/, '/metrics'))).status).toBe(404);
    expect(apart.metricsUrl).not.toBe(apart.url.replace(/\/graphql$/, '/metrics'));
    await apart.gql('query Ping { __typename }');
    expect(value(await scrape(apart.metricsUrl as string), 'graphql_requests_total', { operation: 'Ping' })).toBe(1);
  } finally {
    await hidden.close();
    await apart.close();
  }
});

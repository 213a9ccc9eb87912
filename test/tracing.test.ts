import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createConnection } from 'mysql2/promise';
import { parseDatabaseUrl } from '@marketgraph/db';
import { tracingSettings } from '@marketgraph/graphql/tracing';
import { testDatabaseKind } from '@marketgraph/testing';

// Traces as production makes them: each built main.js in its own process (the instrumentations
// hook `require`, which Jest's module sandbox replaces), exporting OTLP/HTTP (JSON) to a receiver
// that this test runs.
const root = path.resolve(__dirname, '..');
const serverUrl = new URL(process.env['MYSQL_URL'] ?? 'mysql://root@127.0.0.1:3306');
serverUrl.pathname = '';
const mysqlServer = serverUrl.toString().replace(/\/$/, '');
const onMysql = testDatabaseKind() === 'mysql';
const prefix = `tr${process.pid}_`;
const SERVICES = ['identity', 'catalog', 'tenancy'] as const;
const OPERATOR = { email: 'operator@tracing.test', password: 'operator-password-1' };
const probeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracing-test-'));

/** The environment of a service: this run's databases, and none of the runner's OTEL_* variables. */
function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('OTEL_')));
  return {
    ...base,
    ...(onMysql ? { MYSQL_URL: mysqlServer, DATABASE_PREFIX: prefix } : { DATA_DIR: path.join(root, 'data', `test-${prefix}`) }),
    APOLLO_TELEMETRY_DISABLED: '1',
    PLATFORM_OPERATOR_EMAIL: OPERATOR.email,
    PLATFORM_OPERATOR_PASSWORD: OPERATOR.password,
    IDENTITY_PORT: '0',
    CATALOG_PORT: '0',
    TENANCY_PORT: '0',
    GATEWAY_PORT: '0',
    ...extra,
  };
}

interface Service {
  name: string;
  child: ChildProcess;
  url: string;
  stderr: () => string;
  exited: Promise<number | null>;
}

const started: Service[] = [];

/** Starts a built service and resolves once it says where it listens. */
function startService(name: string, extra: Record<string, string>): Promise<Service> {
  const entry = name === 'gateway' ? 'gateway/dist/main.js' : `services/${name}/dist/main.js`;
  const child = spawn(process.execPath, [path.join(root, entry)], { env: env(extra), stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = / ready at (\S+)/.exec(stdout)?.[1];
      if (url) {
        const service = { name, child, url, stderr: () => stderr, exited };
        started.push(service);
        resolve(service);
      }
    });
    void exited.then((code) => reject(new Error(`${name} exited (${code}) before it was ready: ${stderr}`)));
  });
}

type Graph = Record<'identity' | 'catalog' | 'tenancy' | 'gateway', Service>;

/** Starts the four processes, each with its own extra variables. */
async function startGraph(extra: (name: keyof Graph) => Record<string, string>): Promise<Graph> {
  const identity = await startService('identity', extra('identity'));
  const catalog = await startService('catalog', { ...extra('catalog'), IDENTITY_URL: identity.url });
  const tenancy = await startService('tenancy', { ...extra('tenancy'), IDENTITY_URL: identity.url, CATALOG_URL: catalog.url });
  const gateway = await startService('gateway', { ...extra('gateway'), IDENTITY_URL: identity.url, CATALOG_URL: catalog.url, TENANCY_URL: tenancy.url });
  return { identity, catalog, tenancy, gateway };
}

/** SIGTERM to each, and each exits by itself (having exported what it buffered). */
async function stopGraph(graph: Graph): Promise<void> {
  for (const service of [graph.gateway, graph.tenancy, graph.catalog, graph.identity]) {
    service.child.kill('SIGTERM');
    expect({ service: service.name, code: await service.exited }).toEqual({ service: service.name, code: 0 });
  }
}

async function gql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<{ data?: T; errors?: unknown[] }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: unknown[] };
}

/** A marketplace with an owner that accepted its invitation; answers the owner's token. */
async function owner(gateway: string, tag: string): Promise<string> {
  const login = await gql<{ login: { accessToken: string } }>(gateway, 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }', { i: OPERATOR });
  const operator = login.data?.login.accessToken;
  const created = await gql<{ createMarketplace: { token: string | null } }>(
    gateway,
    'mutation($i: CreateMarketplaceInput!) { createMarketplace(input: $i) { token userErrors { message } } }',
    { i: { name: `Traced ${tag}`, slug: `traced-${tag}`, ownerCompanyName: `Traced ${tag}`, ownerAdmin: { email: `owner-${tag}@tracing.test` } } },
    operator,
  );
  const invitation = created.data?.createMarketplace.token;
  if (!invitation) throw new Error(`no marketplace: ${JSON.stringify(created)}`);
  const accepted = await gql<{ acceptInvitation: { accessToken: string | null } }>(
    gateway,
    'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken userErrors { message } } }',
    { i: { token: invitation, name: 'Owner', password: 'correct-horse-battery' } },
  );
  const token = accepted.data?.acceptInvitation.accessToken;
  if (!token) throw new Error(`invitation not accepted: ${JSON.stringify(accepted)}`);
  return token;
}

/** The request traced: the caller's memberships (identity) and its company's products (catalog). */
const TRACED = 'query TracedViewer { viewer { memberships { company { name products { totalCount } } } } }';

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: { key: string; value: OtlpValue }[];
}
interface OtlpExport {
  resourceSpans?: { resource?: { attributes?: { key: string; value: OtlpValue }[] }; scopeSpans?: { scope?: { name: string }; spans?: OtlpSpan[] }[] }[];
}

/** A span as received, with the service that sent it and the instrumentation that made it. */
interface Received {
  service: string;
  scope: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: 'INTERNAL' | 'SERVER' | 'CLIENT' | 'OTHER';
  attributes: Record<string, string | number | boolean | undefined>;
}

const KINDS: Record<number, Received['kind']> = { 1: 'INTERNAL', 2: 'SERVER', 3: 'CLIENT' };

const plain = (value: OtlpValue): string | number | boolean | undefined =>
  value.stringValue ?? (value.intValue !== undefined ? Number(value.intValue) : value.boolValue);

/** An OTLP/HTTP receiver (JSON encoding) standing in for a collector: it keeps every span and counts every request. */
async function receiver(): Promise<{ endpoint: string; spans: Received[]; exports: string[]; requests: () => number; close: () => Promise<void> }> {
  const spans: Received[] = [];
  const exports: string[] = [];
  let requests = 0;
  const server = http.createServer((req, res) => {
    requests++;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpExport;
      exports.push(`${req.method ?? ''} ${req.url ?? ''} ${req.headers['content-type'] ?? ''}`);
      for (const resourceSpans of body.resourceSpans ?? []) {
        const service = resourceSpans.resource?.attributes?.find((a) => a.key === 'service.name')?.value.stringValue ?? '';
        for (const scopeSpans of resourceSpans.scopeSpans ?? []) {
          for (const span of scopeSpans.spans ?? []) {
            spans.push({
              service,
              scope: scopeSpans.scope?.name ?? '',
              traceId: span.traceId,
              spanId: span.spanId,
              parentSpanId: span.parentSpanId ?? '',
              name: span.name,
              kind: KINDS[span.kind] ?? 'OTHER',
              attributes: Object.fromEntries((span.attributes ?? []).map((a) => [a.key, plain(a.value)])),
            });
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    exports,
    requests: () => requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Preloaded into a process: on exit, writes the OpenTelemetry modules and the tracing SDK module it loaded. */
const PROBE = path.join(probeDir, 'probe.js');
fs.writeFileSync(
  PROBE,
  `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(probeDir)} + '/loaded-' + process.pid + '.json',
    JSON.stringify(Object.keys(require.cache).filter((file) => file.includes('@opentelemetry') || file.endsWith('tracing-sdk.js')))));\n`,
);

beforeAll(() => {
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stdout}${build.stderr}`);
}, 300_000);

afterAll(async () => {
  for (const service of started) if (service.child.exitCode === null && service.child.signalCode === null) service.child.kill('SIGKILL');
  fs.rmSync(probeDir, { recursive: true, force: true });
  if (onMysql) {
    const server = parseDatabaseUrl('MYSQL_URL', `${mysqlServer}/unused`);
    if (server.type !== 'mysql') return;
    const admin = await createConnection({ host: server.host, port: server.port, user: server.user, password: server.password });
    for (const name of SERVICES) await admin.query(`DROP DATABASE IF EXISTS \`${prefix}${name}\``);
    await admin.end();
  } else {
    fs.rmSync(path.join(root, 'data', `test-${prefix}`), { recursive: true, force: true });
  }
});

(onMysql ? it : it.skip)('X14: one client request is one trace across gateway, subgraphs and SQL, with each span under its caller', async () => {
  const otlp = await receiver();
  const graph = await startGraph(() => ({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: otlp.endpoint, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' }));
  const token = await owner(graph.gateway.url, 'on');
  const answer = await gql<{ viewer: { memberships: { company: { products: { totalCount: number } } }[] } }>(graph.gateway.url, TRACED, {}, token);
  expect(answer.data?.viewer.memberships.map((m) => m.company.products.totalCount)).toEqual([0]);
  await stopGraph(graph);
  await otlp.close();
  expect(new Set(otlp.exports)).toEqual(new Set(['POST /v1/traces application/json']));

  // The trace is the one whose Apollo Gateway request span names the operation.
  const request = otlp.spans.filter((s) => s.name === 'gateway.request' && s.attributes['graphql.operation.name'] === 'TracedViewer');
  expect(request).toHaveLength(1);
  const trace = otlp.spans.filter((s) => s.traceId === request[0]?.traceId);
  const byId = new Map(trace.map((s) => [s.spanId, s]));
  const parentOf = (span: Received): Received | undefined => byId.get(span.parentSpanId);
  /** The span and its ancestors, nearest first. */
  const lineage = (span: Received): Received[] => {
    const chain = [span];
    for (let parent = parentOf(span); parent; parent = parentOf(parent)) chain.push(parent);
    return chain;
  };
  const describe = (span: Received | undefined): string => (span ? `${span.service} ${span.kind} ${span.name}` : 'none');
  const port = (url: string): number => Number(new URL(url).port);

  // One root: the gateway's server span of POST /graphql; every other span hangs under it.
  const roots = trace.filter((s) => !parentOf(s));
  expect(roots.map((s) => [describe(s), s.attributes['url.path'], s.parentSpanId])).toEqual([['gateway SERVER POST', '/graphql', '']]);
  const gatewayServer = roots[0] as Received;

  // Apollo Gateway's own spans, under the gateway's server span.
  const gatewayNames = new Set(trace.filter((s) => s.service === 'gateway' && s.kind === 'INTERNAL').map((s) => s.name));
  expect(['gateway.request', 'gateway.validate', 'gateway.plan', 'gateway.execute', 'gateway.fetch'].filter((name) => !gatewayNames.has(name))).toEqual([]);
  expect(lineage(request[0] as Received)).toContain(gatewayServer);

  // Each subgraph the request reached: a server span whose parent is a client span of the
  // gateway to that subgraph's port, and SQL spans of mysql2 under that server span.
  for (const subgraph of [graph.identity, graph.catalog]) {
    const servers = trace.filter((s) => s.service === subgraph.name && s.kind === 'SERVER' && parentOf(s)?.service === 'gateway');
    expect(servers.length).toBeGreaterThan(0);
    for (const server of servers) {
      const client = parentOf(server) as Received;
      expect([describe(client), client.attributes['server.port']]).toEqual(['gateway CLIENT POST', port(subgraph.url)]);
      expect(lineage(client)).toContain(gatewayServer);
    }
    const sql = trace.filter((s) => s.service === subgraph.name && s.scope === '@opentelemetry/instrumentation-mysql2');
    expect(sql.length).toBeGreaterThan(0);
    for (const statement of sql) {
      expect([statement.kind, statement.attributes['db.system.name'] ?? statement.attributes['db.system']]).toEqual(['CLIENT', 'mysql']);
      expect(lineage(statement).filter((s) => s.service === subgraph.name && s.kind === 'SERVER').length).toBeGreaterThan(0);
    }
  }
  // Catalog's products come from a fetch of the query plan: gateway.fetch, then the gateway's client span, then catalog.
  const catalogServers = trace.filter((s) => s.service === 'catalog' && s.kind === 'SERVER');
  expect(catalogServers.some((s) => lineage(s).some((a) => a.name === 'gateway.fetch'))).toBe(true);
  // Literals of statements are masked; values travel as parameters.
  expect(trace.filter((s) => String(s.attributes['db.query.text'] ?? s.attributes['db.statement'] ?? '').includes('owner-on@tracing.test'))).toEqual([]);
}, 180_000);

(onMysql ? it : it.skip)('X14: with no OTEL variable set, or OTEL_SDK_DISABLED=true, a service loads no tracing SDK and exports nothing', async () => {
  const otlp = await receiver();
  // Identity and catalog: nothing set. Tenancy and the gateway: an endpoint, but the SDK disabled.
  const graph = await startGraph((name) => ({
    NODE_OPTIONS: `--require ${PROBE}`,
    ...(name === 'tenancy' || name === 'gateway'
      ? { OTEL_SDK_DISABLED: 'true', OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: otlp.endpoint, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' }
      : {}),
  }));
  const token = await owner(graph.gateway.url, 'off');
  const answer = await gql<{ viewer: { memberships: unknown[] } }>(graph.gateway.url, TRACED, {}, token);
  expect(answer.data?.viewer.memberships).toHaveLength(1);
  await stopGraph(graph);
  await otlp.close();
  expect(otlp.requests()).toBe(0);
  for (const service of Object.values(graph)) {
    const loaded = JSON.parse(fs.readFileSync(path.join(probeDir, `loaded-${service.child.pid}.json`), 'utf8')) as string[];
    // Apollo Gateway loads the OpenTelemetry API (and its metrics) itself; no process loads the tracing SDK.
    const sdk = loaded.filter((file) => /tracing-sdk\.js$|@opentelemetry\/(sdk-trace|exporter-trace|instrumentation)/.test(file));
    expect({ service: service.name, sdk, stderr: /opentelemetry|otlp/i.test(service.stderr()) }).toEqual({ service: service.name, sdk: [], stderr: false });
  }
}, 180_000);

it('X14: tracing is on only when an OTEL variable asks for it, and a value it cannot honour names the variable', () => {
  expect(tracingSettings('catalog', {})).toBeNull();
  expect(tracingSettings('catalog', { OTEL_SERVICE_NAME: 'shop-catalog' })).toBeNull();
  expect(tracingSettings('catalog', { OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBeNull();
  expect(tracingSettings('catalog', { OTEL_SDK_DISABLED: 'true', OTEL_TRACES_EXPORTER: 'console' })).toBeNull();
  expect(tracingSettings('catalog', { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toEqual({ serviceName: 'catalog', exporters: ['otlp'], protocol: 'http/protobuf' });
  expect(tracingSettings('gateway', { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' })).toEqual({
    serviceName: 'gateway',
    exporters: ['otlp'],
    protocol: 'http/json',
  });
  expect(tracingSettings('identity', { OTEL_TRACES_EXPORTER: 'console, otlp', OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toEqual({
    serviceName: 'identity',
    exporters: ['console', 'otlp'],
    protocol: 'http/json',
  });
  expect(() => tracingSettings('identity', { OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow('OTEL_TRACES_EXPORTER must list otlp, console or none, got "zipkin"');
  expect(() => tracingSettings('identity', { OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toThrow(
    'OTEL_EXPORTER_OTLP_PROTOCOL must be http/protobuf or http/json, got "grpc"',
  );
});

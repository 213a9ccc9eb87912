import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSigningKeyPair } from '@marketgraph/authz';
import { OPERATOR, startGraph, type ExtraGateway, type TestGraph } from '@marketgraph/testing';
import { gatewayConfig } from '../gateway/src/config';
import { loadManifests, type TrustedDocuments } from '../gateway/src/trusted-documents';

const root = path.resolve(__dirname, '..');
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** What a frontend build lists, as `@apollo/generate-persisted-query-manifest` writes it. */
const VIEWER = 'query Viewer {\n  viewer {\n    kind\n    user {\n      email\n    }\n  }\n}';
const LOGOUT = 'mutation Logout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken) {\n    userErrors {\n      code\n    }\n  }\n}';
const UNLISTED = 'query Unlisted {\n  viewer {\n    kind\n  }\n}';
const INTROSPECTION = 'query Introspection {\n  __schema {\n    queryType {\n      name\n    }\n  }\n}';

function manifest(operations: { name: string; type: string; body: string; id?: string }[]): string {
  return JSON.stringify({
    format: 'apollo-persisted-query-manifest',
    version: 1,
    operations: operations.map((op) => ({ id: op.id ?? sha256(op.body), name: op.name, type: op.type, body: op.body })),
  });
}

let dir: string;
let manifestFile: string;
let graph: TestGraph;
let operatorToken: string;
let required: ExtraGateway;
let allow: ExtraGateway;

function documents(mode: TrustedDocuments['mode'], allowIntrospection = false): TrustedDocuments {
  return { mode, manifests: [manifestFile], operations: loadManifests([manifestFile]), allowIntrospection };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trusted-documents-'));
  manifestFile = path.join(dir, 'persisted-query-manifest.json');
  fs.writeFileSync(
    manifestFile,
    manifest([
      { name: 'Viewer', type: 'query', body: VIEWER },
      { name: 'Logout', type: 'mutation', body: LOGOUT },
    ]),
  );
  graph = await startGraph();
  operatorToken = await graph.login(OPERATOR.email, OPERATOR.password);
  required = await graph.startGateway({ trustedDocuments: documents('required'), apq: false });
  allow = await graph.startGateway({ trustedDocuments: documents('allow'), apq: true });
});
afterAll(async () => {
  await graph?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
  headers: Headers;
}

async function send(url: string, body: Record<string, unknown>, token: string | null = operatorToken): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Answer['body'], headers: res.headers };
}

const byId = (id: string, operationName?: string): Record<string, unknown> => ({ operationName, extensions: { persistedQuery: { version: 1, sha256Hash: id } } });
const codeOf = (answer: Answer): string | undefined => answer.body.errors?.[0]?.extensions?.code;

describe('X13: trusted documents, TRUSTED_DOCUMENTS=required', () => {
  it('X13: a listed operation runs when sent by its manifest ID alone, over POST and GET', async () => {
    const post = await send(required.url, byId(sha256(VIEWER), 'Viewer'));
    expect(post.status).toBe(200);
    expect(post.body).toEqual({ data: { viewer: { kind: 'USER', user: { email: OPERATOR.email } } } });

    const params = new URLSearchParams({ operationName: 'Viewer', extensions: JSON.stringify(byId(sha256(VIEWER))['extensions']) });
    const get = await fetch(`${required.url}?${params.toString()}`, { headers: { authorization: `Bearer ${operatorToken}`, 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { viewer: { kind: 'USER', user: { email: OPERATOR.email } } } });
  });

  it('X13: a listed operation runs when sent by its exact text, with or without its ID', async () => {
    expect((await send(required.url, { query: VIEWER })).body.data).toEqual({ viewer: { kind: 'USER', user: { email: OPERATOR.email } } });
    expect((await send(required.url, { query: VIEWER, ...byId(sha256(VIEWER)) })).body.data).toEqual({ viewer: { kind: 'USER', user: { email: OPERATOR.email } } });
    // A mutation too: a spent refresh token is a business failure, not a refusal of the document.
    const mutation = await send(required.url, { ...byId(sha256(LOGOUT)), variables: { refreshToken: 'spent' } }, null);
    expect(mutation.status).toBe(200);
    expect(mutation.body.errors).toBeUndefined();
  });

  it('X13: an unlisted operation is refused with QUERY_NOT_IN_SAFELIST (403), whoever sends it, before its credentials are checked', async () => {
    for (const token of [operatorToken, null, 'not-a-token']) {
      const refused = await send(required.url, { query: UNLISTED }, token);
      expect([token, refused.status, codeOf(refused)]).toEqual([token, 403, 'QUERY_NOT_IN_SAFELIST']);
      expect(refused.body.data).toBeUndefined();
      expect(refused.headers.get('cache-control')).toContain('no-cache');
      expect(refused.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
    // A listed text changed by one character is another operation.
    expect(codeOf(await send(required.url, { query: `${VIEWER} ` }))).toBe('QUERY_NOT_IN_SAFELIST');
    const get = await fetch(`${required.url}?query=${encodeURIComponent(UNLISTED)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(403);
  });

  it('X13: an ID that no manifest lists is refused with PERSISTED_QUERY_NOT_IN_LIST (404)', async () => {
    const refused = await send(required.url, byId(sha256(UNLISTED)));
    expect([refused.status, codeOf(refused)]).toEqual([404, 'PERSISTED_QUERY_NOT_IN_LIST']);
  });

  it('X13: a client cannot register a document: an APQ registration is refused and its ID stays unknown', async () => {
    const registration = await send(required.url, { query: UNLISTED, ...byId(sha256(UNLISTED)) });
    expect([registration.status, codeOf(registration)]).toEqual([403, 'QUERY_NOT_IN_SAFELIST']);
    expect(registration.body.errors?.[0]?.message).toMatch(/Registering persisted queries is refused/);
    const after = await send(required.url, byId(sha256(UNLISTED)));
    expect([after.status, codeOf(after)]).toEqual([404, 'PERSISTED_QUERY_NOT_IN_LIST']);
    // An ID that does not match the text sent beside it cannot smuggle the text in.
    const mismatched = await send(required.url, { query: UNLISTED, ...byId(sha256(VIEWER)) });
    expect([mismatched.status, codeOf(mismatched)]).toEqual([400, 'BAD_REQUEST']);
  });

  it('X13: introspection is refused unless TRUSTED_DOCUMENTS_INTROSPECTION=on allows it', async () => {
    const refused = await send(required.url, { query: INTROSPECTION });
    expect([refused.status, codeOf(refused)]).toEqual([403, 'QUERY_NOT_IN_SAFELIST']);
    const open = await graph.startGateway({ trustedDocuments: documents('required', true), apq: false });
    try {
      const allowed = await send(open.url, { query: INTROSPECTION });
      expect(allowed.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
      // Introspection beside a real field is no longer introspection.
      expect(codeOf(await send(open.url, { query: '{ __schema { queryType { name } } viewer { kind } }' }))).toBe('QUERY_NOT_IN_SAFELIST');
    } finally {
      await open.close();
    }
  });
});

describe('X13: trusted documents, TRUSTED_DOCUMENTS=allow, and APQ', () => {
  it('X13: allow runs listed operations by ID and unlisted ones by text', async () => {
    expect((await send(allow.url, byId(sha256(VIEWER)))).body.data).toEqual({ viewer: { kind: 'USER', user: { email: OPERATOR.email } } });
    expect((await send(allow.url, { query: UNLISTED })).body.data).toEqual({ viewer: { kind: 'USER' } });
  });

  it('X13: APQ in development: an unknown hash asks for the text, which registers it, and the hash alone then runs', async () => {
    const text = `query Apq {\n  viewer {\n    kind\n  }\n}`;
    const first = await send(graph.url, byId(sha256(text)));
    expect([first.status, codeOf(first)]).toEqual([200, 'PERSISTED_QUERY_NOT_FOUND']);
    expect((await send(graph.url, { query: text, ...byId(sha256(text)) })).body.data).toEqual({ viewer: { kind: 'USER' } });
    expect((await send(graph.url, byId(sha256(text)))).body.data).toEqual({ viewer: { kind: 'USER' } });
  });

  it('X13: with APQ off (production unless configured) a hash is answered PERSISTED_QUERY_NOT_SUPPORTED, so clients send the text', async () => {
    const off = await graph.startGateway({ apq: false });
    try {
      const answer = await send(off.url, byId(sha256(UNLISTED)));
      expect(codeOf(answer)).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
      expect((await send(off.url, { query: UNLISTED })).body.data).toEqual({ viewer: { kind: 'USER' } });
    } finally {
      await off.close();
    }
  });
});

describe('X13: trusted documents configuration', () => {
  const production = (): NodeJS.ProcessEnv => ({
    NODE_ENV: 'production',
    ACTOR_CONTEXT_PRIVATE_KEY: generateSigningKeyPair().privateKey,
    SERVICE_PRIVATE_KEY: generateSigningKeyPair().privateKey,
    ACCESS_TOKEN_SECRET: 'a-production-secret-of-at-least-32-characters',
  });

  it('X13: APQ is on in development and off in production unless configured; never with required', () => {
    expect(gatewayConfig({}).apq).toBe(true);
    expect(gatewayConfig(production()).apq).toBe(false);
    expect(gatewayConfig({ ...production(), APQ: 'on' }).apq).toBe(true);
    expect(gatewayConfig({ APQ: 'off' }).apq).toBe(false);
    const config = gatewayConfig({ TRUSTED_DOCUMENTS: 'required', TRUSTED_DOCUMENTS_MANIFEST: manifestFile });
    expect([config.trustedDocuments.mode, config.apq, config.trustedDocuments.operations.size]).toEqual(['required', false, 2]);
    expect(() => gatewayConfig({ TRUSTED_DOCUMENTS: 'required', TRUSTED_DOCUMENTS_MANIFEST: manifestFile, APQ: 'on' })).toThrow(/APQ=on .*TRUSTED_DOCUMENTS=required/);
    expect(() => gatewayConfig({ TRUSTED_DOCUMENTS: 'required' })).toThrow(/TRUSTED_DOCUMENTS_MANIFEST must name/);
    expect(() => gatewayConfig({ TRUSTED_DOCUMENTS: 'strict' })).toThrow(/TRUSTED_DOCUMENTS must be one of off, allow, required/);
  });

  it('X13: several manifests are read, comma-separated', () => {
    const second = path.join(dir, 'second.json');
    fs.writeFileSync(second, manifest([{ name: 'Unlisted', type: 'query', body: UNLISTED }]));
    const config = gatewayConfig({ TRUSTED_DOCUMENTS: 'allow', TRUSTED_DOCUMENTS_MANIFEST: `${manifestFile}, ${second}` });
    expect([...config.trustedDocuments.operations.keys()].sort()).toEqual([sha256(VIEWER), sha256(LOGOUT), sha256(UNLISTED)].sort());
  });

  it('X13: a bad manifest stops the start with a message naming the file and the entry', () => {
    const cases: [string, string, RegExp][] = [
      ['wrong-id.json', manifest([{ name: 'Viewer', type: 'query', body: VIEWER }, { name: 'Logout', type: 'mutation', body: LOGOUT, id: sha256(VIEWER) }]), /operations\[1\] \(Logout\): "id" \w+ is not the sha256 of its body/],
      ['wrong-type.json', manifest([{ name: 'Logout', type: 'query', body: LOGOUT }]), /operations\[0\] \(Logout\): operation Logout is a mutation, not a query/],
      ['not-graphql.json', manifest([{ name: 'Broken', type: 'query', body: 'query Broken {' }]), /operations\[0\] \(Broken\): "body" is not a GraphQL document/],
      ['wrong-format.json', JSON.stringify({ format: 'relay', version: 1, operations: [] }), /"format" must be "apollo-persisted-query-manifest"/],
      ['not-json.json', '{ "format": ', /is not JSON/],
    ];
    for (const [name, text, message] of cases) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, text);
      expect(() => gatewayConfig({ TRUSTED_DOCUMENTS: 'required', TRUSTED_DOCUMENTS_MANIFEST: file })).toThrow(message);
      expect(() => gatewayConfig({ TRUSTED_DOCUMENTS: 'required', TRUSTED_DOCUMENTS_MANIFEST: file })).toThrow(file);
    }
    expect(() => gatewayConfig({ TRUSTED_DOCUMENTS: 'allow', TRUSTED_DOCUMENTS_MANIFEST: path.join(dir, 'missing.json') })).toThrow(/missing\.json: cannot be read/);
  });

  it('X13: the gateway process exits at start on a bad manifest, naming the file and the entry', () => {
    const build = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
    expect(build.status).toBe(0);
    const file = path.join(dir, 'bad-for-process.json');
    fs.writeFileSync(file, manifest([{ name: 'Viewer', type: 'query', body: VIEWER }, { name: 'Logout', type: 'subscription', body: LOGOUT }]));
    const run = spawnSync(process.execPath, [path.join(root, 'gateway/dist/main.js')], {
      env: { PATH: process.env['PATH'], APOLLO_TELEMETRY_DISABLED: '1', GATEWAY_PORT: '0', TRUSTED_DOCUMENTS: 'required', TRUSTED_DOCUMENTS_MANIFEST: file },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`TRUSTED_DOCUMENTS_MANIFEST ${file}: operations[1] (Logout): operation Logout is a mutation, not a subscription`);
  });
});

import { generateSigningKeyPair } from '@marketgraph/authz';
import { marketplaceFixture, startGraph, type ExtraGateway, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { gatewayConfig, LOCAL_ORIGINS } from '../gateway/src/config';

const PARTNER = 'https://partner.example';
const OTHER_PARTNER = 'https://dashboard.other-partner.example:8443';

let graph: TestGraph;
let m: MarketplaceFixture;

beforeAll(async () => {
  graph = await startGraph({ gateway: { corsOrigins: [PARTNER, OTHER_PARTNER] } });
  m = await marketplaceFixture(graph, 'cors');
});
afterAll(() => graph?.stop());

const CORS_HEADERS = [
  'access-control-allow-origin',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'access-control-allow-credentials',
  'access-control-max-age',
  'access-control-expose-headers',
];

/** What a browser sends before a cross-origin POST carrying JSON and a bearer token. */
function preflight(url: string, origin: string, requestHeaders = 'content-type,authorization,x-marketplace,x-correlation-id'): Promise<Response> {
  return fetch(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': requestHeaders },
  });
}

/** A cross-origin POST as a page's fetch() sends it after its preflight passed. */
function post(url: string, origin: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { origin, 'content-type': 'application/json', ...headers }, body });
}

const list = (value: string | null): string[] => (value ?? '').split(',').map((v) => v.trim().toLowerCase()).filter((v) => v.length > 0);

/** The headers a browser needs to hand an answer to a page of `origin`, and to let it read the IDs and the wait. */
function expectAllowed(res: Response, origin: string): void {
  expect(res.headers.get('access-control-allow-origin')).toBe(origin);
  expect(list(res.headers.get('vary'))).toContain('origin');
  expect(list(res.headers.get('access-control-expose-headers'))).toEqual(expect.arrayContaining(['x-request-id', 'x-correlation-id', 'retry-after']));
  expect(res.headers.get('access-control-allow-credentials')).toBeNull();
}

function expectNoCors(res: Response): void {
  for (const name of CORS_HEADERS) expect([name, res.headers.get(name)]).toEqual([name, null]);
}

describe('X13: browsers on allowed origins can call the gateway', () => {
  it('X13: a preflight from an allowed origin is answered 204 with the origin, methods, headers and max age', async () => {
    for (const origin of [PARTNER, OTHER_PARTNER]) {
      const res = await preflight(graph.url, origin, 'content-type,authorization,x-marketplace,x-correlation-id,apollo-require-preflight,x-apollo-operation-name');
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(list(res.headers.get('vary'))).toContain('origin');
      expect(list(res.headers.get('access-control-allow-methods'))).toEqual(expect.arrayContaining(['get', 'post']));
      expect(list(res.headers.get('access-control-allow-headers'))).toEqual(
        expect.arrayContaining(['content-type', 'authorization', 'x-marketplace', 'x-correlation-id', 'apollo-require-preflight', 'x-apollo-operation-name']),
      );
      expect(Number(res.headers.get('access-control-max-age'))).toBeGreaterThan(0);
      // Bearer tokens, never cookies: a page's ambient credentials are never let through.
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  it('X13: a preflight from any other origin, a look-alike, another scheme or port, or "null", gets no CORS header', async () => {
    const strangers = [
      'https://evil.example',
      'https://partner.example.evil.example',
      'https://evilpartner.example',
      'http://partner.example',
      'https://partner.example:444',
      'https://dashboard.other-partner.example',
      'https://PARTNER.example/',
      'null',
    ];
    for (const origin of strangers) {
      const res = await preflight(graph.url, origin);
      expect([origin, res.status]).toEqual([origin, 204]);
      expectNoCors(res);
      expect(list(res.headers.get('vary'))).toContain('origin');
    }
  });

  it('X13: an allowed page posts with its bearer token, reads the data and the exposed request IDs', async () => {
    const res = await post(graph.url, PARTNER, JSON.stringify({ query: '{ viewer { kind } }' }), {
      authorization: `Bearer ${m.people.customerUser.token}`,
      'x-correlation-id': 'page-42',
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: unknown }).data).toEqual({ viewer: { kind: 'USER' } });
    expectAllowed(res, PARTNER);
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-correlation-id')).toBe('page-42');
  });

  it('X13: the same request from an origin off the list gets its answer without CORS headers, which the browser withholds from the page', async () => {
    const res = await post(graph.url, 'https://evil.example', JSON.stringify({ query: '{ viewer { kind } }' }), { authorization: `Bearer ${m.people.customerUser.token}` });
    expectNoCors(res);
    expect(list(res.headers.get('vary'))).toContain('origin');
  });

  it('X13: refusals carry the CORS headers, so that the page can read them: 401, malformed 400, 429', async () => {
    const unauthenticated = await post(graph.url, PARTNER, JSON.stringify({ query: '{ viewer { kind } }' }), { authorization: 'Bearer not-a-token' });
    expect(unauthenticated.status).toBe(401);
    expectAllowed(unauthenticated, PARTNER);

    const malformed = await post(graph.url, PARTNER, '{"query": ');
    expect(malformed.status).toBe(400);
    expectAllowed(malformed, PARTNER);

    const limited: ExtraGateway = await graph.startGateway({ limits: { ratePerMinute: 1 }, redisUrl: null, corsOrigins: [PARTNER] });
    try {
      const body = JSON.stringify({ query: '{ viewer { kind } }' });
      const headers = { authorization: `Bearer ${m.people.customerAdmin.token}` };
      expect((await post(limited.url, PARTNER, body, headers)).status).toBe(200);
      const refused = await post(limited.url, PARTNER, body, headers);
      expect(refused.status).toBe(429);
      expectAllowed(refused, PARTNER);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });

  it('X13: CSRF prevention still refuses a cross-origin simple request, even from an allowed origin', async () => {
    const query = encodeURIComponent('{ viewer { kind } }');
    for (const origin of [PARTNER, 'https://evil.example']) {
      // A form post or an <img>: no preflight, so no header but the safelisted ones.
      const simpleGet = await fetch(`${graph.url}?query=${query}`, { headers: { origin } });
      expect([origin, simpleGet.status]).toEqual([origin, 400]);
      expect(await simpleGet.text()).toMatch(/Cross-Site Request Forgery/);
      const simplePost = await fetch(graph.url, { method: 'POST', headers: { origin, 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ viewer { kind } }' }) });
      expect([origin, simplePost.status]).toEqual([origin, 400]);
      const formPost = await fetch(graph.url, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
        body: `query=${query}`,
      });
      expect([origin, formPost.status]).toEqual([origin, 400]);
    }
    // The same GET with a header that forces a preflight is served.
    const preflighted = await fetch(`${graph.url}?query=${query}`, { headers: { origin: PARTNER, 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
    expectAllowed(preflighted, PARTNER);
  });

  it('X13: with no origin configured, no origin gets CORS headers', async () => {
    const closed = await graph.startGateway({ corsOrigins: [] });
    try {
      for (const origin of [PARTNER, 'http://localhost:5173']) {
        expectNoCors(await preflight(closed.url, origin));
        expectNoCors(await post(closed.url, origin, JSON.stringify({ query: '{ viewer { kind } }' })));
      }
    } finally {
      await closed.close();
    }
  });

  it('X13: `*` lets every origin read answers, never with credentials', async () => {
    const open = await graph.startGateway({ corsOrigins: ['*'] });
    try {
      const pre = await preflight(open.url, 'https://anyone.example');
      expect(pre.status).toBe(204);
      expect(pre.headers.get('access-control-allow-origin')).toBe('*');
      expect(pre.headers.get('access-control-allow-credentials')).toBeNull();
      const res = await post(open.url, 'https://anyone.example', JSON.stringify({ query: '{ viewer { kind } }' }));
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    } finally {
      await open.close();
    }
  });

  it('X13: the local-development origins allow localhost and 127.0.0.1 on any port, and nothing that only looks like them', async () => {
    const local = await graph.startGateway({ corsOrigins: LOCAL_ORIGINS });
    try {
      for (const origin of ['http://localhost:5173', 'http://127.0.0.1:3000', 'http://localhost']) {
        const res = await preflight(local.url, origin);
        expect([origin, res.headers.get('access-control-allow-origin')]).toEqual([origin, origin]);
      }
      for (const origin of ['http://localhost.evil.example:5173', 'http://localhost:5173.evil.example', 'https://localhost:5173', 'http://127.0.0.1.evil.example', 'http://localhost:abc']) {
        expectNoCors(await preflight(local.url, origin));
      }
    } finally {
      await local.close();
    }
  });
});

describe('X13: CORS_ORIGINS', () => {
  const production = (): NodeJS.ProcessEnv => ({
    NODE_ENV: 'production',
    ACTOR_CONTEXT_PRIVATE_KEY: generateSigningKeyPair().privateKey,
    SERVICE_PRIVATE_KEY: generateSigningKeyPair().privateKey,
    ACCESS_TOKEN_SECRET: 'a-production-secret-of-at-least-32-characters',
  });

  it('X13: unset, production allows no origin and npm start allows local pages', () => {
    expect(gatewayConfig(production()).corsOrigins).toEqual([]);
    expect(gatewayConfig({}).corsOrigins).toEqual(LOCAL_ORIGINS);
    expect(gatewayConfig({ CORS_ORIGINS: '' }).corsOrigins).toEqual(LOCAL_ORIGINS);
  });

  it('X13: a comma-separated list of exact origins is read as it is', () => {
    expect(gatewayConfig({ ...production(), CORS_ORIGINS: ' https://partner.example, http://10.0.0.5:8080 ,https://[::1]:3000' }).corsOrigins).toEqual([
      'https://partner.example',
      'http://10.0.0.5:8080',
      'https://[::1]:3000',
    ]);
    expect(gatewayConfig({ CORS_ORIGINS: '*' }).corsOrigins).toEqual(['*']);
  });

  it('X13: an entry that is not an origin, or `*` beside others, is refused naming the variable', () => {
    for (const bad of ['https://partner.example/', 'https://partner.example/embed', 'partner.example', 'ftp://partner.example', 'https://Partner.example', '*, https://partner.example', 'https://*.example']) {
      expect(() => gatewayConfig({ CORS_ORIGINS: bad })).toThrow(/CORS_ORIGINS/);
    }
  });
});

import { getIntrospectionQuery } from 'graphql';
import { generateSigningKeyPair } from '@marketgraph/authz';
import { startGraph, type ExtraGateway, type TestGraph } from '@marketgraph/testing';
import { gatewayConfig } from '../gateway/src/config';

let graph: TestGraph;
let origin: string;

beforeAll(async () => {
  graph = await startGraph();
  origin = new URL(graph.url).origin;
});
afterAll(() => graph?.stop());

const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** Every script and stylesheet a page loads, as absolute URLs. */
function assetsOf(html: string, pageUrl: string): string[] {
  const found = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g), ...html.matchAll(/<link\b[^>]*\bhref="([^"]+)"/g)].map((m) => m[1] ?? '');
  return found.map((src) => new URL(src, pageUrl).href);
}

async function expectOfflinePage(pageUrl: string): Promise<void> {
  const res = await fetch(pageUrl, { headers: { accept: HTML } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  // The browser itself refuses anything from another host.
  expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'/);
  const html = await res.text();
  expect(html).not.toMatch(/https?:\/\//);
  const assets = assetsOf(html, pageUrl);
  expect(assets.map((url) => new URL(url).pathname).sort()).toEqual(
    ['/graphiql/graphiql.min.css', '/graphiql/graphiql.min.js', '/graphiql/react-dom.production.min.js', '/graphiql/react.production.min.js', '/graphiql/start.js'].sort(),
  );
  for (const url of assets) {
    expect(new URL(url).origin).toBe(origin);
    const asset = await fetch(url);
    expect([url, asset.status]).toEqual([url, 200]);
    expect(asset.headers.get('content-type')).toMatch(url.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
    const text = await asset.text();
    expect(text.length).toBeGreaterThan(100);
  }
}

describe('X13: GraphiQL served by the gateway, without a CDN', () => {
  it('X13: GET / answers a GraphiQL page whose every script and stylesheet the gateway serves itself', async () => {
    await expectOfflinePage(`${origin}/`);
  });

  it('X13: a browser opening /graphql gets the same page; clients still get GraphQL there', async () => {
    await expectOfflinePage(graph.url);
    const query = await fetch(`${graph.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: HTML, 'apollo-require-preflight': 'true' } });
    expect(await query.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('X13: the page starts GraphiQL against the graph beside it, and persists no header (tokens)', async () => {
    const start = await (await fetch(`${origin}/graphiql/start.js`)).text();
    expect(start).toContain("new URL('graphql', document.baseURI)");
    expect(start).toContain('shouldPersistHeaders: false');
    expect((await fetch(`${origin}/graphiql/../package.json`)).status).toBe(404);
    expect((await fetch(`${origin}/graphiql/nothing.js`)).status).toBe(404);
  });

  it('X13: the whole-schema introspection that GraphiQL sends on load passes the cost limit in development', async () => {
    const res = await graph.gql<{ __schema: { types: unknown[] } }>(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(res.errors).toBeUndefined();
    expect(res.data?.__schema.types.length).toBeGreaterThan(50);
    // Introspection nested to grow without bound is still refused, by graphql-js's own rule.
    const nested = await graph.gql('{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }');
    expect(nested.errors?.[0]?.message).toMatch(/Maximum introspection depth exceeded/);
  });

  it('X13: production serves no page and no asset unless GRAPHIQL=on', async () => {
    const production: ExtraGateway = await graph.startGateway({ production: true });
    try {
      const root = new URL(production.url).origin;
      expect((await fetch(`${root}/`, { headers: { accept: HTML } })).status).toBe(404);
      expect((await fetch(`${root}/graphiql/graphiql.min.js`)).status).toBe(404);
      const browser = await fetch(production.url, { headers: { accept: HTML } });
      expect(browser.headers.get('content-type')).not.toMatch(/text\/html/);
      expect(browser.status).toBe(400);
    } finally {
      await production.close();
    }
    const enabled = await graph.startGateway({ production: true, graphiql: true });
    try {
      const root = new URL(enabled.url).origin;
      const page = await fetch(`${root}/`, { headers: { accept: HTML } });
      expect(page.status).toBe(200);
      expect((await fetch(`${root}/graphiql/graphiql.min.js`)).status).toBe(200);
    } finally {
      await enabled.close();
    }
  });

  it('X13: GRAPHIQL is on in development and off in production unless configured', () => {
    const production: NodeJS.ProcessEnv = {
      NODE_ENV: 'production',
      ACTOR_CONTEXT_PRIVATE_KEY: generateSigningKeyPair().privateKey,
      SERVICE_PRIVATE_KEY: generateSigningKeyPair().privateKey,
      ACCESS_TOKEN_SECRET: 'a-production-secret-of-at-least-32-characters',
    };
    expect(gatewayConfig({}).graphiql).toBe(true);
    expect(gatewayConfig({ GRAPHIQL: 'off' }).graphiql).toBe(false);
    expect(gatewayConfig(production).graphiql).toBe(false);
    expect(gatewayConfig({ ...production, GRAPHIQL: 'on' }).graphiql).toBe(true);
    expect(() => gatewayConfig({ GRAPHIQL: 'yes' })).toThrow(/GRAPHIQL must be on or off/);
  });
});

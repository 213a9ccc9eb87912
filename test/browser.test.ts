import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { marketplaceFixture, ok, PASSWORD, startGraph, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { publishedProduct } from '../services/catalog/test/helpers';
import { SET_THEME, activeCustomer, mint } from '../services/tenancy/test/helpers';

/** Debian's chromium; `.ci/run` installs it when it is missing. */
const CHROMIUM = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Two sites of their own, both served by the test's page server on this machine.
  '--host-resolver-rules=MAP partner.test 127.0.0.1, MAP stranger.test 127.0.0.1',
];
// A loaded machine starts a browser and loads a page slowly; these bound a hang, they time nothing.
const BROWSER_TIMEOUT_MS = 120_000;
const TEST_TIMEOUT_MS = 240_000;

const PAGE_SCRIPT = fs.readFileSync(path.join(__dirname, 'browser', 'page.js'), 'utf8');

/** What reached the gateway, as the browser sent it. */
interface Seen {
  method: string;
  origin: string | null;
  requestedHeaders: string[];
  contentType: string | null;
  status: number;
  allowOrigin: string | null;
  allowHeaders: string[];
  body: string;
}

const list = (value: string | string[] | undefined): string[] =>
  (typeof value === 'string' ? value : '')
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter((item) => item.length > 0);

interface Listening {
  port: number;
  close(): Promise<void>;
}

async function listen(server: http.Server): Promise<Listening> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A pass-through in front of the gateway that notes every request the browser sent and the
 * status it got, preflights included, which no page API shows.
 */
async function recordingProxy(target: string, seen: Seen[]): Promise<Listening & { url: string }> {
  const upstream = new URL(target);
  const server = http.createServer((req, res) => {
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const body = Buffer.concat(chunks);
          const header = (name: string): string | null => (typeof req.headers[name] === 'string' ? (req.headers[name] as string) : null);
          seen.push({
            method: req.method ?? '',
            origin: header('origin'),
            requestedHeaders: list(req.headers['access-control-request-headers']),
            contentType: header('content-type'),
            status: answer.statusCode ?? 0,
            allowOrigin: typeof answer.headers['access-control-allow-origin'] === 'string' ? answer.headers['access-control-allow-origin'] : null,
            allowHeaders: list(answer.headers['access-control-allow-headers']),
            body: body.toString('utf8'),
          });
          const headers = { ...answer.headers, 'content-length': String(body.length) };
          delete headers['transfer-encoding'];
          res.writeHead(answer.statusCode ?? 502, headers);
          res.end(body);
        });
      },
    );
    forward.on('error', (err) => {
      res.writeHead(502);
      res.end(String(err));
    });
    req.pipe(forward);
  });
  const listening = await listen(server);
  return { ...listening, url: `http://127.0.0.1:${listening.port}${upstream.pathname}` };
}

/** Serves the page: its configuration inline, then test/browser/page.js. Any host name reaches it. */
async function pageServer(configs: Map<string, Record<string, unknown>>): Promise<Listening> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://page');
    if (url.pathname === '/page.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      res.end(PAGE_SCRIPT);
      return;
    }
    const config = configs.get(url.searchParams.get('page') ?? '');
    if (url.pathname !== '/' || !config) {
      res.writeHead(404);
      res.end();
      return;
    }
    const json = JSON.stringify(config).replace(/</g, '\\u003c');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(`<!doctype html><html><head><title>Partner dashboard</title></head><body>
<script type="application/json" id="config">${json}</script>
<pre id="result"></pre>
<script src="/page.js"></script>
</body></html>`);
  });
  return listen(server);
}

let graph: TestGraph;
let m: MarketplaceFixture;
let browser: Browser;
let proxy: Listening & { url: string };
let pages: Listening;
const seen: Seen[] = [];
const configs = new Map<string, Record<string, unknown>>();
let partnerOrigin: string;
let strangerOrigin: string;
let productId: string;
let embed: { token: string; customerId: string; appId: string };

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium (as .ci/run does), or set CHROMIUM_PATH`);
  }
  pages = await pageServer(configs);
  partnerOrigin = `http://partner.test:${pages.port}`;
  strangerOrigin = `http://stranger.test:${pages.port}`;
  graph = await startGraph({ gateway: { corsOrigins: [partnerOrigin] } });
  proxy = await recordingProxy(graph.url, seen);
  m = await marketplaceFixture(graph, 'browser');
  productId = (await publishedProduct(graph, m, { name: 'Ledger Sync' })).productId;
  const partner = m.people.devAdmin.token;
  const { customerId, appId } = await activeCustomer(graph, m, 'acme');
  await ok(graph, SET_THEME, { input: { companyId: m.companies.developer, name: 'Browser Partner', primaryColor: '#123456', accentColor: '#abcdef' } }, partner);
  embed = { token: await mint(graph, partner, customerId, ['READ']), customerId, appId };
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: BROWSER_TIMEOUT_MS });
}, TEST_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await proxy?.close();
  await pages?.close();
  await graph?.stop();
}, TEST_TIMEOUT_MS);

/**
 * Opens the page at `origin` in a fresh browser context (its own preflight cache) and returns
 * what its script found, once it says it is done.
 */
/** The POSTs the proxy has answered, once there are `count` of them (a form post may land after the page reports). */
async function postsSeen(count: number): Promise<Seen[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const posts = seen.filter((s) => s.method === 'POST');
    if (posts.length >= count || Date.now() > deadline) return posts;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function runPage<T>(origin: string, config: Record<string, unknown>): Promise<T> {
  const name = `p${configs.size + 1}`;
  configs.set(name, { graph: proxy.url, ...config });
  const context: BrowserContext = await browser.newContext();
  const problems: string[] = [];
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(BROWSER_TIMEOUT_MS);
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    await page.goto(`${origin}/?page=${name}`, { waitUntil: 'load', timeout: BROWSER_TIMEOUT_MS });
    await page.locator('body[data-state]').waitFor({ state: 'attached', timeout: BROWSER_TIMEOUT_MS });
    const state = await page.getAttribute('body', 'data-state');
    const text = (await page.textContent('#result')) ?? '';
    if (state !== 'done') throw new Error(`the page failed: ${text}\n${problems.join('\n')}`);
    return JSON.parse(text) as T;
  } finally {
    await context.close();
  }
}

interface Answer<T = Record<string, unknown>> {
  status: number;
  requestId: string | null;
  correlationId: string | null;
  body: { data: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

interface Attempt {
  rejected: boolean;
  name?: string;
  status?: number;
  type?: string;
}

type CompaniesPage = { companies: { totalCount: number; edges: { cursor: string; node: { id: string; name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

const companyName = async (id: string): Promise<string | undefined> =>
  (await graph.gql<{ company: { name: string } }>('query($id: ID!) { company(id: $id) { name } }', { id }, { token: m.people.owner.token })).data?.company.name;

describe('X13: a page on another origin drives the graph from a real browser', () => {
  it('X13: a page on an allowed origin signs in, reads, pages, changes a company, refreshes its session and reads the storefront with fetch', async () => {
    seen.length = 0;
    const found = await runPage<{
      login: Answer<{ login: { accessToken: string | null; refreshToken: string | null; user: { email: string }; userErrors: unknown[] } }>;
      viewer: Answer<{ viewer: { kind: string; user: { email: string }; memberships: { roles: string[]; company: { id: string } }[] } }>;
      firstPage: Answer<CompaniesPage>;
      secondPage: Answer<CompaniesPage>;
      rename: Answer<{ renameCompany: { company: { id: string; name: string }; userErrors: unknown[] } }>;
      readBack: Answer<{ company: { id: string; name: string } }>;
      refreshed: Answer<{ refreshSession: { accessToken: string; refreshToken: string; userErrors: unknown[] } }>;
      withRefreshed: Answer<{ viewer: { user: { email: string } } }>;
      storefront: Answer<{ storefront: { edges: { node: { id: string; name: string; state: string } }[] } }>;
      badToken: Answer;
    }>(partnerOrigin, {
      scenario: 'dashboard',
      email: m.people.owner.email,
      password: PASSWORD,
      marketplaceId: m.marketplaceId,
      slug: m.slug,
      companyId: m.companies.customer,
      newName: 'Renamed From The Browser',
    });

    expect(found.login.status).toBe(200);
    expect(found.login.body.data?.login).toMatchObject({ user: { email: m.people.owner.email }, userErrors: [] });
    expect(found.login.body.data?.login.accessToken).toEqual(expect.any(String));

    expect(found.viewer.body.data?.viewer).toMatchObject({ kind: 'USER', user: { email: m.people.owner.email } });
    expect(found.viewer.body.data?.viewer.memberships.map((ms) => ms.company.id)).toContain(m.companies.owner);
    // The exposed headers reach the page's script.
    expect(found.viewer.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(found.viewer.correlationId).toBe('dashboard-1');

    // Two pages of companies, in order, without overlap: the owner, developer, customer and reseller companies.
    const first = found.firstPage.body.data?.companies;
    const second = found.secondPage.body.data?.companies;
    expect(first?.edges).toHaveLength(2);
    expect(first?.pageInfo.hasNextPage).toBe(true);
    expect(second?.edges).toHaveLength(2);
    expect(second?.pageInfo.hasNextPage).toBe(false);
    expect([...(first?.edges ?? []), ...(second?.edges ?? [])].map((e) => e.node.id)).toEqual([m.companies.owner, m.companies.developer, m.companies.customer, m.companies.reseller]);

    expect(found.rename.body.data?.renameCompany).toEqual({ company: { id: m.companies.customer, name: 'Renamed From The Browser' }, userErrors: [] });
    expect(found.readBack.body.data?.company).toEqual({ id: m.companies.customer, name: 'Renamed From The Browser' });
    expect(await companyName(m.companies.customer)).toBe('Renamed From The Browser');

    expect(found.refreshed.body.data?.refreshSession.userErrors).toEqual([]);
    expect(found.withRefreshed.body.data?.viewer.user.email).toBe(m.people.owner.email);

    // Anonymous, naming the marketplace with X-Marketplace: the published products.
    expect(found.storefront.body.data?.storefront.edges.map((e) => e.node)).toEqual([{ id: productId, name: 'Ledger Sync', state: 'PUBLISHED' }]);

    // A refusal is readable too: the page learns the status and the code instead of a network error.
    expect(found.badToken.status).toBe(401);
    expect(found.badToken.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // The browser asked first for every request with a token, JSON or X-Marketplace, and the gateway allowed it.
    const preflights = seen.filter((s) => s.method === 'OPTIONS');
    expect(preflights.length).toBeGreaterThan(0);
    for (const preflight of preflights) expect(preflight).toMatchObject({ origin: partnerOrigin, status: 204, allowOrigin: partnerOrigin });
    // The first (for the JSON login) is answered with every header the page goes on to send, so the browser may keep it.
    expect(preflights[0]?.requestedHeaders).toEqual(['content-type']);
    for (const header of ['authorization', 'content-type', 'x-marketplace', 'x-correlation-id']) expect(preflights[0]?.allowHeaders).toContain(header);
    const posts = seen.filter((s) => s.method === 'POST');
    expect(posts).toHaveLength(10);
    for (const post of posts) expect(post).toMatchObject({ origin: partnerOrigin, contentType: 'application/json', allowOrigin: partnerOrigin });
  }, TEST_TIMEOUT_MS);

  it('X13: the embedded view in a partner\'s page reads its end customer with the embed token it was handed, preflighted with Authorization, and nothing beyond it', async () => {
    seen.length = 0;
    const found = await runPage<{
      session: Answer<{ embedSession: { permissions: string[]; endCustomer: { id: string; name: string; apps: { edges: { node: { id: string; name: string } }[] } }; theme: { name: string; primaryColor: string } } }>;
      beyond: Answer;
    }>(partnerOrigin, { scenario: 'embed', token: embed.token, marketplaceId: m.marketplaceId });
    expect(found.session.status).toBe(200);
    expect(found.session.body.data?.embedSession).toEqual({
      permissions: ['READ'],
      endCustomer: { id: embed.customerId, name: 'Customer acme', apps: { edges: [{ node: { id: embed.appId, name: 'App acme' } }] } },
      theme: { name: 'Browser Partner', primaryColor: '#123456' },
    });
    expect(found.beyond.body.data).toBeNull();
    expect(found.beyond.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);

    const preflights = seen.filter((s) => s.method === 'OPTIONS');
    expect(preflights).toHaveLength(1);
    expect(preflights[0]).toMatchObject({ origin: partnerOrigin, status: 204, allowOrigin: partnerOrigin });
    expect([...(preflights[0]?.requestedHeaders ?? [])].sort()).toEqual(['authorization', 'content-type']);
    expect(seen.filter((s) => s.method === 'POST').map((s) => s.status)).toEqual([200, 200]);
  }, TEST_TIMEOUT_MS);

  it('X13: a page on an origin off the list is refused by the browser: every fetch rejects, even with a valid token, and nothing is changed', async () => {
    seen.length = 0;
    const before = await companyName(m.companies.developer);
    const found = await runPage<{ login: Attempt; rename: Attempt; simpleGet: Attempt }>(strangerOrigin, {
      scenario: 'stranger',
      email: m.people.owner.email,
      password: PASSWORD,
      token: m.people.owner.token,
      companyId: m.companies.developer,
      newName: 'Renamed By A Stranger',
    });
    for (const attempt of [found.login, found.rename, found.simpleGet]) expect(attempt).toEqual({ rejected: true, name: 'TypeError', message: expect.any(String) });
    expect(await companyName(m.companies.developer)).toBe(before);

    // The preflights were answered without CORS headers, so the browser never sent the posts.
    const fromStranger = seen.filter((s) => s.origin === strangerOrigin);
    expect(fromStranger.filter((s) => s.method === 'OPTIONS').length).toBeGreaterThan(0);
    for (const s of fromStranger) expect(s.allowOrigin).toBeNull();
    expect(fromStranger.filter((s) => s.method === 'POST')).toEqual([]);
    // The GET needs no preflight; CSRF prevention refused it before anything ran.
    const gets = fromStranger.filter((s) => s.method === 'GET');
    expect(gets).toHaveLength(1);
    expect(gets[0]?.status).toBe(400);
    expect(gets[0]?.body).toMatch(/Cross-Site Request Forgery/);
  }, TEST_TIMEOUT_MS);

  it('X13: a forged simple request (text/plain fetch, text/plain and urlencoded form posts) is refused by CSRF prevention, from any origin', async () => {
    const mutation = `mutation { login(input: { email: "${m.people.owner.email}", password: "${PASSWORD}" }) { accessToken } }`;
    for (const origin of [strangerOrigin, partnerOrigin]) {
      seen.length = 0;
      const found = await runPage<{ textPlain: Attempt }>(origin, { scenario: 'forgery', mutation });
      // no-cors: the browser sends it and gives the page an opaque answer, whatever the server said.
      expect([origin, found.textPlain]).toEqual([origin, { rejected: false, status: 0, type: 'opaque' }]);
      const posts = await postsSeen(3);
      expect(posts.map((p) => [p.origin, p.contentType?.split(';')[0]])).toEqual([
        [origin, 'text/plain'],
        [origin, 'text/plain'],
        [origin, 'application/x-www-form-urlencoded'],
      ]);
      for (const post of posts) {
        expect([origin, post.status]).toEqual([origin, 400]);
        expect(post.body).not.toMatch(/accessToken/);
      }
      // The text/plain bodies are valid GraphQL requests, refused as forgeries; a urlencoded body is not even JSON.
      for (const post of posts.slice(0, 2)) expect(post.body).toMatch(/Cross-Site Request Forgery/);
      expect(posts[2]?.body).toMatch(/not valid JSON/);
      expect(seen.filter((s) => s.method === 'OPTIONS')).toEqual([]);
    }
  }, TEST_TIMEOUT_MS);
});

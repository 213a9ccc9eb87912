import { createHmac, createPublicKey, sign, type KeyObject } from 'node:crypto';
import { ACTOR_CONTEXT_HEADER, SERVICE_TOKEN_HEADER, signActorContext, signServiceToken, type SigningKey, type UserActor } from '@marketgraph/authz';
import { INTERNAL_ROUTE_CALLERS, type ServiceCaller } from '@marketgraph/graphql';
import { TEST_KEYS, startGraph, type TestGraph } from '@marketgraph/testing';
import type { ServiceName } from '@marketgraph/db';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(() => graph?.stop());

const operator: UserActor = { kind: 'user', userId: 'op', email: 'op@x.test', platformOperator: true, grants: [] };
const QUERY = '{ marketplaces { totalCount } }';

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT written by hand, so that a test can sign what the library would refuse to. */
function jwt(header: Record<string, unknown>, payload: Record<string, unknown>, signer: (input: Buffer) => Buffer): string {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${signer(Buffer.from(input)).toString('base64url')}`;
}

function contextClaims(audience: string, iat: number, exp: number): Record<string, unknown> {
  return { act: operator, rid: 'r', cip: null, iss: 'marketgraph-gateway', aud: audience, iat, exp };
}

const ed25519 = (key: KeyObject) => (input: Buffer) => sign(null, input, key);
const now = () => Math.floor(Date.now() / 1000);

async function askIdentity(token: string): Promise<number> {
  const res = await fetch(graph.subgraphUrls.identity, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [ACTOR_CONTEXT_HEADER]: token },
    body: JSON.stringify({ query: QUERY }),
  });
  return res.status;
}

describe('X2: only the gateway can mint an actor context', () => {
  it('X2: the gateway\'s key opens a subgraph; no key a subgraph holds mints a context another subgraph accepts', async () => {
    expect(await askIdentity(await signActorContext({ actor: operator, requestId: 'r' }, 'identity', TEST_KEYS.actorContext))).toBe(200);
    // What catalog and tenancy hold: their own service keys, and the public keys of the gateway and their callers.
    const held: SigningKey[] = [TEST_KEYS.services.catalog, TEST_KEYS.services.tenancy];
    for (const key of held) {
      expect(await askIdentity(await signActorContext({ actor: operator, requestId: 'r' }, 'identity', key))).toBe(401);
      // The same key announced under the gateway's key ID.
      const forged = jwt({ alg: 'EdDSA', kid: TEST_KEYS.actorContext.kid, typ: 'actor-context+jwt' }, contextClaims('identity', now(), now() + 60), ed25519(key.key));
      expect(await askIdentity(forged)).toBe(401);
    }
    // The public key used as an HMAC secret (algorithm confusion), and no signature at all.
    const publicPem = createPublicKey(TEST_KEYS.actorContext.key).export({ type: 'spki', format: 'pem' }).toString();
    const hmac = jwt({ alg: 'HS256', kid: TEST_KEYS.actorContext.kid, typ: 'actor-context+jwt' }, contextClaims('identity', now(), now() + 60), (input) =>
      createHmac('sha256', publicPem).update(input).digest(),
    );
    expect(await askIdentity(hmac)).toBe(401);
    const unsigned = `${b64({ alg: 'none', typ: 'actor-context+jwt' })}.${b64(contextClaims('identity', now(), now() + 60))}.`;
    expect(await askIdentity(unsigned)).toBe(401);
    // A service token, though signed by a key the subgraph trusts for its internal routes, is no actor context.
    expect(await askIdentity(await signServiceToken('catalog', 'identity', 'companies', TEST_KEYS.services.catalog))).toBe(401);
  });

  it('X2: a subgraph refuses an actor context that lives longer than the maximum or is issued in the future', async () => {
    const header = { alg: 'EdDSA', kid: TEST_KEYS.actorContext.kid, typ: 'actor-context+jwt' };
    const gateway = ed25519(TEST_KEYS.actorContext.key);
    expect(await askIdentity(jwt(header, contextClaims('identity', now(), now() + 60), gateway))).toBe(200);
    expect(await askIdentity(jwt(header, contextClaims('identity', now(), now() + 3600), gateway))).toBe(401);
    expect(await askIdentity(jwt(header, contextClaims('identity', now() - 10, now() + 86_400 * 365), gateway))).toBe(401);
    expect(await askIdentity(jwt(header, contextClaims('identity', now() + 600, now() + 630), gateway))).toBe(401);
    const { iat: _iat, ...withoutIat } = contextClaims('identity', now(), now() + 30);
    void _iat;
    expect(await askIdentity(jwt(header, withoutIat, gateway))).toBe(401);
  });
});

describe('X2: token lifetimes', () => {
  it('X2: a token signed as the clock crosses a second lives exactly the maximum, and is accepted', async () => {
    // Every reading of the clock (Date.now() or new Date()) moves it 1 ms on, from the last
    // millisecond before a second's boundary.
    const sign = async <T>(signing: () => Promise<T>): Promise<T> => {
      const RealDate = Date;
      let clock = Math.ceil(RealDate.now() / 1000) * 1000 + 999;
      class SteppingDate extends RealDate {
        constructor(...args: [] | [number]) {
          super(args.length === 0 ? clock++ : args[0]);
        }
        static override now(): number {
          return clock++;
        }
      }
      globalThis.Date = SteppingDate as DateConstructor;
      try {
        return await signing();
      } finally {
        globalThis.Date = RealDate;
      }
    };
    const context = await sign(() => signActorContext({ actor: operator, requestId: 'r' }, 'identity', TEST_KEYS.actorContext));
    const service = await sign(() => signServiceToken('catalog', 'identity', 'companies', TEST_KEYS.services.catalog));
    for (const token of [context, service]) {
      const { iat, exp } = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { iat: number; exp: number };
      expect(exp - iat).toBe(60);
    }
    expect(await askIdentity(context)).toBe(200);
    const internal = await fetch(`${graph.subgraphUrls.identity.replace(/\/graphql$/, '')}/internal/companies`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SERVICE_TOKEN_HEADER]: service },
      body: JSON.stringify({ companyIds: ['c'] }),
    });
    expect(internal.status).toBe(200);
  });
});

describe('X2: service-to-service calls carry the caller\'s own credential', () => {
  const base = (service: ServiceName) => graph.subgraphUrls[service].replace(/\/graphql$/, '');
  const callers: ServiceCaller[] = ['gateway', 'identity', 'catalog', 'tenancy'];

  async function call(caller: ServiceCaller, service: ServiceName, route: string, key: SigningKey = TEST_KEYS.services[caller]): Promise<number> {
    const res = await fetch(`${base(service)}/internal/${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SERVICE_TOKEN_HEADER]: await signServiceToken(caller, service, route, key) },
      // Bodies that every route reads as "nothing found", so that an allowed call answers 200.
      body: JSON.stringify({
        key: 'mgk_nothing',
        slug: 'nothing',
        token: 'nothing',
        userId: 'u',
        sessionId: 's',
        companyId: 'c',
        companyIds: ['c'],
        productId: 'p',
        versionId: 'v',
        ids: [],
        actor: { kind: 'anonymous', marketplaceId: null },
        requestId: 'r',
      }),
    });
    return res.status;
  }

  it('X2: every internal route answers the callers it names and refuses every other service, each with its own valid key', async () => {
    for (const [service, routes] of Object.entries(INTERNAL_ROUTE_CALLERS) as [ServiceName, Record<string, readonly ServiceCaller[]>][]) {
      for (const [route, allowed] of Object.entries(routes)) {
        for (const caller of callers) {
          expect({ caller, service, route, status: await call(caller, service, route) }).toEqual({
            caller,
            service,
            route,
            status: allowed.includes(caller) ? 200 : 401,
          });
        }
      }
    }
  });

  it('X2: a caller cannot pass for another: its key signing in another service\'s name is refused', async () => {
    // catalog may ask identity for companies; tenancy, holding only its own key, cannot pose as catalog.
    expect(await call('catalog', 'identity', 'companies')).toBe(200);
    expect(await call('catalog', 'identity', 'companies', TEST_KEYS.services.tenancy)).toBe(401);
    // Nor can a subgraph pose as the gateway to resolve API keys or sessions.
    expect(await call('gateway', 'identity', 'api-key', TEST_KEYS.services.catalog)).toBe(401);
    expect(await call('gateway', 'identity', 'actor', TEST_KEYS.actorContext)).toBe(401);
    // A token for one route does not open another.
    const token = await signServiceToken('catalog', 'identity', 'companies', TEST_KEYS.services.catalog);
    const res = await fetch(`${base('identity')}/internal/membership`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SERVICE_TOKEN_HEADER]: token },
      body: JSON.stringify({ userId: 'u', companyId: 'c' }),
    });
    expect(res.status).toBe(401);
  });
});

import { MAX_TOKEN_LIFETIME_SECONDS, SERVICE_TOKEN_HEADER, signServiceToken, type SigningKey } from '@marketgraph/authz';
import type { ServiceName } from '@marketgraph/db';
import { msSince, serviceLogger } from './log';
import { postToService, ServiceUnavailableError } from './service-client';

/** A service that calls another's internal routes. */
export type ServiceCaller = 'gateway' | ServiceName;

/**
 * Who may call which internal route of which service: the callee refuses every other caller,
 * and a route missing here answers no one. A change here changes who can reach what.
 */
export const INTERNAL_ROUTE_CALLERS: Readonly<Record<ServiceName, Readonly<Record<string, readonly ServiceCaller[]>>>> = {
  identity: {
    actor: ['gateway'],
    'api-key': ['gateway'],
    marketplace: ['gateway'],
    companies: ['catalog', 'tenancy'],
    membership: ['catalog'],
  },
  catalog: {
    product: ['tenancy'],
    'product-version': ['tenancy'],
    nodes: ['identity'],
  },
  tenancy: {
    'embed-actor': ['gateway'],
    nodes: ['identity'],
  },
};

/** The callers a service accepts on any of its routes: whose public keys it needs. */
export function callersOf(service: ServiceName): ServiceCaller[] {
  return [...new Set(Object.values(INTERNAL_ROUTE_CALLERS[service]).flat())];
}

/** True when `service` calls another's routes, and so needs a private key of its own. */
export function isCaller(service: ServiceCaller): boolean {
  return Object.values(INTERNAL_ROUTE_CALLERS).some((routes) => Object.values(routes).some((callers) => callers.includes(service)));
}

/** How a service proves who it is to another: its name and its own private key. */
export interface ServiceCredential {
  caller: ServiceCaller;
  key: SigningKey;
}

export interface InternalTarget {
  /** The subgraph's GraphQL URL; internal routes live beside it. */
  url: string;
  service: ServiceName;
  credential: ServiceCredential;
  timeoutMs: number;
}

/** Service tokens signed by each key, by callee and route, with the time each stops being reused. */
const signedTokens = new WeakMap<SigningKey, Map<string, { token: Promise<string>; reuseUntil: number }>>();

/**
 * The caller's token for one route of one callee: signed once and reused for half its lifetime,
 * so that a signature is not paid on every call. A token binds caller, callee and route only (not
 * the request), so reusing it grants nothing a fresh one would not.
 */
function serviceToken(target: InternalTarget, route: string): Promise<string> {
  const { caller, key } = target.credential;
  let byRoute = signedTokens.get(key);
  if (!byRoute) signedTokens.set(key, (byRoute = new Map()));
  const name = `${caller}>${target.service}/${route}`;
  const now = Date.now();
  const kept = byRoute.get(name);
  if (kept && kept.reuseUntil > now) return kept.token;
  const token = signServiceToken(caller, target.service, route, key);
  const entry = { token, reuseUntil: now + (MAX_TOKEN_LIFETIME_SECONDS * 1000) / 2 };
  byRoute.set(name, entry);
  token.catch(() => {
    if (byRoute.get(name) === entry) byRoute.delete(name);
  });
  return token;
}

/** Calls another service's internal route with a short-lived token signed by the calling service. */
export async function callInternal<T>(target: InternalTarget, route: string, body: unknown): Promise<T> {
  const base = target.url.replace(/\/graphql$/, '');
  const token = await serviceToken(target, route);
  const begun = process.hrtime.bigint();
  const log = serviceLogger(target.credential.caller);
  const call = { subgraph: target.service, route };
  const response = await postToService(
    `${base}/internal/${route}`,
    JSON.stringify(body),
    { 'content-type': 'application/json', [SERVICE_TOKEN_HEADER]: token },
    target.timeoutMs,
  ).catch((err: unknown) => {
    log.warn({ ...call, err, durationMs: msSince(begun) }, `call to ${target.service} /internal/${route} failed`);
    throw err;
  });
  const durationMs = msSince(begun);
  const level = response.status < 200 || response.status > 299 ? 'warn' : 'debug';
  if (log.isLevelEnabled(level)) log[level]({ ...call, status: response.status, durationMs }, `${target.service} /internal/${route} answered ${response.status} in ${durationMs} ms`);
  // Busy (503), or a balancer in front with no replica to take the call (502, 504).
  if (response.status >= 502 && response.status <= 504) throw new ServiceUnavailableError(`${target.service} /internal/${route} answered ${response.status}`);
  if (response.status < 200 || response.status > 299) throw new Error(`${target.service} /internal/${route} answered ${response.status}`);
  return JSON.parse(response.body) as T;
}

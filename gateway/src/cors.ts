import type http from 'node:http';
import cors from 'cors';
import { CORRELATION_ID_HEADER, REQUEST_ID_HEADER } from '@marketgraph/authz';

/** What a page may send: its JSON, its bearer token, the marketplace it speaks for, its own request ID, Apollo's preflight headers. */
export const CORS_ALLOWED_HEADERS = ['content-type', 'authorization', 'x-marketplace', CORRELATION_ID_HEADER, 'apollo-require-preflight', 'x-apollo-operation-name'];
/** What a page may read of an answer besides the safelisted headers. */
export const CORS_EXPOSED_HEADERS = [REQUEST_ID_HEADER, CORRELATION_ID_HEADER, 'retry-after'];
/** How long a browser may keep a preflight's answer. */
export const CORS_MAX_AGE_SECONDS = 600;

/** Whether an origin is on the list: an exact entry, or an entry `scheme://host:*` with any port or none. */
export function originAllowed(list: readonly string[]): (origin: string) => boolean {
  const exact = new Set(list.filter((entry) => !entry.endsWith(':*')));
  const anyPort = list.filter((entry) => entry.endsWith(':*')).map((entry) => entry.slice(0, -2));
  return (origin) =>
    exact.has(origin) || anyPort.some((base) => origin === base || (origin.startsWith(`${base}:`) && /^\d{1,5}$/.test(origin.slice(base.length + 1))));
}

/**
 * X13: browsers on the allowed origins may call the graph. An allowed origin is named back in
 * Access-Control-Allow-Origin on the preflight and on every answer, errors included; any other
 * origin gets no CORS header at all, so its browser refuses the answer. Credentials are never
 * allowed: the graph reads bearer tokens, never cookies, so a page must hold a token to act, and
 * `*` stays safe. Answers vary by Origin, so that a cache never hands one origin's to another.
 *
 * Applies the headers and answers a preflight (OPTIONS, 204); resolves true when it answered.
 */
export function corsHandler(origins: readonly string[]): (req: http.IncomingMessage, res: http.ServerResponse) => Promise<boolean> {
  const everyOrigin = origins.length === 1 && origins[0] === '*';
  const allowed = originAllowed(origins);
  const middleware = cors<http.IncomingMessage>((req, callback) => {
    const origin = req.headers.origin;
    callback(null, {
      origin: everyOrigin ? '*' : origin !== undefined && allowed(origin),
      methods: ['GET', 'POST'],
      allowedHeaders: CORS_ALLOWED_HEADERS,
      exposedHeaders: CORS_EXPOSED_HEADERS,
      maxAge: CORS_MAX_AGE_SECONDS,
      credentials: false,
      preflightContinue: true,
    });
  });
  return async (req, res) => {
    if (!everyOrigin) res.setHeader('vary', 'Origin');
    await new Promise<void>((resolve, reject) => middleware(req, res, (err?: unknown) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve())));
    if (req.method !== 'OPTIONS') return false;
    res.writeHead(204, { allow: 'GET, POST, OPTIONS', 'content-length': '0' });
    res.end();
    return true;
  };
}

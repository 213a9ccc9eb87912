import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { outboundHeaders } from './request-context';

/**
 * Calls between services (gateway to subgraphs, subgraph to subgraph) go over kept-alive
 * connections of one agent per process. Node's http client costs a fraction of what `fetch`
 * costs per call (the benchmark's profile: about 0.5 ms of CPU per call less; docs/performance.md).
 */
const agents = {
  'http:': new http.Agent({ keepAlive: true, scheduling: 'lifo' }),
  'https:': new https.Agent({ keepAlive: true, scheduling: 'lifo' }),
};

export interface ServiceResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export class ServiceTimeoutError extends Error {}

/** The called service answered 503: it is overloaded (its pool is exhausted), not broken. */
export class ServiceUnavailableError extends Error {}

/** Errors of the connection itself: nothing of the called service answered. */
const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT']);

/**
 * A service that cannot be reached is unavailable, not broken: what depends on it answers
 * SERVICE_UNAVAILABLE (X9), which a client may retry, rather than an internal error.
 */
function unavailableIfUnreachable(url: string, err: Error): Error {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && CONNECTION_ERRORS.has(code) ? new ServiceUnavailableError(`${url} is unreachable (${code})`, { cause: err }) : err;
}

const urls = new Map<string, URL>();

function parsed(url: string): URL {
  let target = urls.get(url);
  if (!target) {
    target = new URL(url);
    if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new Error(`Unsupported protocol in ${url}`);
    urls.set(url, target);
  }
  return target;
}

/**
 * POSTs `body` and reads the whole answer; fails when the answer has not fully arrived after `timeoutMs`.
 * A call made for a request carries its request ID and trace (`x-request-id`, `traceparent`).
 */
export function postToService(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<ServiceResponse> {
  const target = parsed(url);
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (err: Error | null, value?: ServiceResponse): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(value as ServiceResponse);
    };
    const request = client.request(
      target,
      { method: 'POST', agent: agents[target.protocol as 'http:' | 'https:'], headers: { ...outboundHeaders(headers), 'content-length': Buffer.byteLength(body) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => finish(null, { status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', (err) => finish(err));
        response.on('aborted', () => finish(new ServiceUnavailableError(`${url} closed the connection mid-answer`)));
      },
    );
    const timer = setTimeout(() => {
      const err = new ServiceTimeoutError(`${url} did not answer within ${timeoutMs} ms`);
      finish(err);
      request.destroy(err);
    }, timeoutMs);
    request.on('error', (err) => finish(unavailableIfUnreachable(url, err)));
    request.end(body);
  });
}

/** Whether a server accepts a TCP connection at `url`'s host and port (`defaultPort` when it names none) within `timeoutMs`. */
export function acceptsConnections(url: string, defaultPort: number, timeoutMs = 1000): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || defaultPort) });
    socket.setTimeout(timeoutMs);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(false));
  });
}

import { SERVICE_TOKEN_HEADER, signServiceToken } from '@marketgraph/authz';

export interface InternalTarget {
  /** The subgraph's GraphQL URL; internal routes live beside it. */
  url: string;
  service: string;
  secret: string;
  timeoutMs: number;
}

/** Calls another service's internal route with a short-lived service token. */
export async function callInternal<T>(target: InternalTarget, route: string, body: unknown): Promise<T> {
  const base = target.url.replace(/\/graphql$/, '');
  const response = await fetch(`${base}/internal/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SERVICE_TOKEN_HEADER]: await signServiceToken(target.service, target.secret) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(target.timeoutMs),
  });
  if (!response.ok) throw new Error(`${target.service} /internal/${route} answered ${response.status}`);
  return (await response.json()) as T;
}

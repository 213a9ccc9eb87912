import { SERVICE_TOKEN_HEADER, signServiceToken } from '@marketgraph/authz';
import { postToService, ServiceUnavailableError } from './service-client';

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
  const response = await postToService(
    `${base}/internal/${route}`,
    JSON.stringify(body),
    { 'content-type': 'application/json', [SERVICE_TOKEN_HEADER]: await signServiceToken(target.service, target.secret) },
    target.timeoutMs,
  );
  if (response.status === 503) throw new ServiceUnavailableError(`${target.service} /internal/${route} is busy`);
  if (response.status < 200 || response.status > 299) throw new Error(`${target.service} /internal/${route} answered ${response.status}`);
  return JSON.parse(response.body) as T;
}

import http from 'node:http';
import type { TestGraph } from '@marketgraph/testing';

export interface UserErrorShape {
  field: string | null;
  code: string;
  message: string;
  rule: string | null;
}

export const GRANT = `mutation($input: ChangeRolesInput!) {
  grantRoles(input: $input) { membership { id roles } userErrors { field code message rule } }
}`;
export const REVOKE = `mutation($input: ChangeRolesInput!) {
  revokeRoles(input: $input) { membership { id roles } userErrors { field code message rule } }
}`;
export const CREATE_COMPANY = `mutation($input: CreateCompanyInput!) {
  createCompany(input: $input) { company { id name accessTypes } userErrors { field code message rule } }
}`;

/** The payload of the single mutation in a response. */
export function payloadOf<T = Record<string, unknown>>(data: Record<string, unknown> | null): T & { userErrors: UserErrorShape[] } {
  if (!data) throw new Error('no data');
  return Object.values(data)[0] as T & { userErrors: UserErrorShape[] };
}

export function codes(res: { errors?: { extensions?: { code?: string } }[] }): (string | undefined)[] {
  return (res.errors ?? []).map((e) => e.extensions?.code);
}

export async function membershipRoles(graph: TestGraph, token: string, companyId: string): Promise<string[]> {
  const res = await graph.gql<{ viewer: { memberships: { roles: string[]; company: { id: string } }[] } }>(
    '{ viewer { memberships { roles company { id } } } }',
    {},
    { token },
  );
  return res.data?.viewer.memberships.find((m) => m.company.id === companyId)?.roles ?? [];
}

export interface AddressedResponse<T> {
  status: number;
  data: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Sends one GraphQL request to the gateway from a chosen loopback address (127.0.0.0/8 is all
 * local), so that tests can play callers on different machines without trusting any header.
 */
export function gqlFrom<T = Record<string, unknown>>(
  graph: TestGraph,
  address: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<AddressedResponse<T>> {
  const url = new URL(graph.url);
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: address,
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            const json = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: T | null; errors?: AddressedResponse<T>['errors'] };
            resolve({ status: res.statusCode ?? 0, data: json.data ?? null, errors: json.errors });
          } catch (err) {
            reject(err);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

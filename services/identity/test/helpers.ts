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

import { isUniqueViolation } from '@marketgraph/db';
import { BusinessError, payload as sharedPayload, userError, type Payload, type UserError } from '@marketgraph/graphql';

/**
 * What a unique key of each identity table stands for in the input of the mutations that write
 * it. Services map the violations they expect with their own message; any other one, such as the
 * loser of two requests racing on one email in different letter case, still answers a CONFLICT
 * naming the field instead of an internal error (X3, X7).
 */
const UNIQUE_KEYS: Readonly<Record<string, { field: string; message: string; rule: string | null }>> = {
  marketplace: { field: 'slug', message: 'A marketplace with this slug already exists', rule: 'I1' },
  company: { field: 'name', message: 'A company with this name already exists in this marketplace', rule: 'I2' },
  user: { field: 'token', message: 'An account with this email was created at the same moment; sign in to accept the invitation', rule: 'I4' },
  membership: { field: 'token', message: 'This user joined the company at the same moment', rule: 'I9' },
  membership_role: { field: 'roles', message: 'The role was granted at the same moment', rule: 'I5' },
  reseller_customer: { field: 'customerCompanyId', message: 'The reseller already manages this company', rule: 'I12' },
  invitation: { field: 'token', message: 'The invitation was issued at the same moment; try again', rule: 'I9' },
};

/** The table a failed INSERT or UPDATE wrote to, from the statement or the SQLite message. */
function tableOf(err: unknown): string | null {
  const query = (err as { query?: unknown }).query;
  const statement = typeof query === 'string' ? /^\s*(?:INSERT\s+INTO|UPDATE)\s+[`"]?(\w+)[`"]?/i.exec(query) : null;
  if (statement?.[1]) return statement[1];
  const message = err instanceof Error ? err.message : '';
  return /UNIQUE constraint failed: (\w+)\./.exec(message)?.[1] ?? null;
}

export function conflictOf(err: unknown): UserError | null {
  if (!isUniqueViolation(err)) return null;
  const table = tableOf(err);
  const known = table ? UNIQUE_KEYS[table] : undefined;
  return known
    ? userError('CONFLICT', known.field, known.message, known.rule)
    : userError('CONFLICT', table, 'This was written by another request at the same moment; try again');
}

/** Identity's mutation payloads: the shared one, with every unique-key violation a CONFLICT. */
export function payload<T extends object>(work: () => Promise<T>): Promise<Payload<T>> {
  return sharedPayload(() =>
    work().catch((err: unknown) => {
      const conflict = conflictOf(err);
      throw conflict ? new BusinessError([conflict]) : err;
    }),
  );
}

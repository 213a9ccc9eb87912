import { ConflictError } from '@marketgraph/db';

/** Codes of expected business failures, returned as values in mutation payloads (X3). */
export type UserErrorCode =
  | 'INVALID'
  | 'CONFLICT'
  | 'NOT_FOUND'
  | 'ILLEGAL_TRANSITION'
  | 'RULE_VIOLATION'
  | 'EXPIRED'
  | 'THROTTLED';

export interface UserError {
  field: string | null;
  code: UserErrorCode;
  message: string;
  rule: string | null;
}

/** Thrown by domain services for an expected failure; the transaction rolls back and the payload carries it. */
export class BusinessError extends Error {
  constructor(readonly userErrors: UserError[]) {
    super(userErrors.map((e) => e.message).join('; '));
  }
}

export function userError(code: UserErrorCode, field: string | null, message: string, rule: string | null = null): UserError {
  return { field, code, message, rule };
}

export function fail(code: UserErrorCode, field: string | null, message: string, rule: string | null = null): never {
  throw new BusinessError([userError(code, field, message, rule)]);
}

/** Throws all collected problems at once, so a form can show every bad field in one round. */
export function failIfAny(errors: UserError[]): void {
  if (errors.length > 0) throw new BusinessError(errors);
}

export type Payload<T> = (T & { userErrors: UserError[] }) | ({ [K in keyof T]?: null } & { userErrors: UserError[] });

/**
 * Runs a mutation; an expected failure becomes `userErrors` (a collision with a unique key a
 * CONFLICT on the key's input field), anything else stays an error.
 */
export async function payload<T extends object>(work: () => Promise<T>): Promise<Payload<T>> {
  try {
    return { ...(await work()), userErrors: [] };
  } catch (err) {
    if (err instanceof BusinessError) return { userErrors: err.userErrors } as Payload<T>;
    if (err instanceof ConflictError) {
      return { userErrors: [userError('CONFLICT', err.meaning.field, err.meaning.message, err.meaning.rule ?? null)] } as Payload<T>;
    }
    throw err;
  }
}

import { fail, userError, type UserError } from '@marketgraph/graphql';

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;

/** Emails are compared and stored lowercased, so that one address is one user in any letter case (I4). */
export function normalizeEmail(field: string, raw: string): string {
  const email = raw.trim().toLowerCase();
  if (email.length > 254 || !EMAIL.test(email)) fail('INVALID', field, `"${raw}" is not a valid email address`);
  return email;
}

export function nameProblem(field: string, raw: string, max = 200): UserError | null {
  const name = raw.trim();
  if (name.length === 0) return userError('INVALID', field, 'must not be blank');
  if (name.length > max) return userError('INVALID', field, `must be at most ${max} characters`);
  return null;
}

export function requireName(field: string, raw: string, max = 200): string {
  const problem = nameProblem(field, raw, max);
  if (problem) fail(problem.code, problem.field, `${field} ${problem.message}`);
  return raw.trim().replace(/\s+/g, ' ');
}

/** The key under which names are unique: case-insensitive, spacing-insensitive (I2). */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export const PASSWORD_MIN = 10;

export function requirePassword(field: string, password: string): string {
  if (password.length < PASSWORD_MIN) fail('INVALID', field, `Password must be at least ${PASSWORD_MIN} characters`);
  if (password.length > 200) fail('INVALID', field, 'Password must be at most 200 characters');
  return password;
}

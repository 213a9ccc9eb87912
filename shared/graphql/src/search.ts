import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';

/** The longest search text a list accepts (X4): a longer one is refused, naming its argument. */
export const MAX_SEARCH_LENGTH = 100;

/**
 * The text to look for, trimmed and lowercased; null when there is none. Longer than
 * MAX_SEARCH_LENGTH is BAD_USER_INPUT naming `argument`.
 */
export function searchTerm(argument: string, raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  if (raw.length > MAX_SEARCH_LENGTH) throw badInput(argument, `${argument} is at most ${MAX_SEARCH_LENGTH} characters`);
  const term = raw.trim().toLowerCase();
  return term === '' ? null : term;
}

/**
 * `!` escapes LIKE's wildcards: MySQL and SQLite read `ESCAPE '!'` alike, while a backslash is
 * an escape in MySQL string literals but not in SQLite's.
 */
const LIKE_ESCAPE = "ESCAPE '!'";
const escapeLike = (text: string): string => text.replace(/[!%_]/g, '!$&');

/** A LIKE pattern that matches `text` literally, anywhere in the value. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

let parameterCount = 0;

/**
 * Narrows a query to rows where one of `expressions` (SQL over lowercased text, such as
 * `c.nameKey` or `LOWER(u.name)`) contains the pattern, which is matched literally: `%`, `_` and
 * `!` in the search find themselves. The same on MySQL and SQLite.
 */
export function whereLike<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, expressions: readonly string[], pattern: string): SelectQueryBuilder<T> {
  const parameter = `likePattern${(parameterCount = (parameterCount + 1) % 1_000_000)}`;
  qb.andWhere(`(${expressions.map((e) => `${e} LIKE :${parameter} ${LIKE_ESCAPE}`).join(' OR ')})`, { [parameter]: pattern });
  return qb;
}

/** Narrows a query to rows where one of `expressions` contains the search text, in any letter case. */
export function whereContains<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  argument: string,
  raw: string | null | undefined,
  expressions: readonly string[],
): SelectQueryBuilder<T> {
  const term = searchTerm(argument, raw);
  return term === null ? qb : whereLike(qb, expressions, containsPattern(term));
}

/** The in-memory twin of `whereContains`, for lists a loader already batched. */
export function containsText(argument: string, raw: string | null | undefined): (...values: readonly string[]) => boolean {
  const term = searchTerm(argument, raw);
  return (...values) => term === null || values.some((v) => v.toLowerCase().includes(term));
}

import type { EntityManager } from 'typeorm';
import type { RequestDatabase } from '@marketgraph/db';
import { BusinessError, userError } from '@marketgraph/graphql';
import { sha256 } from './secrets';

/**
 * The one throttle every password check goes through (I11, I15).
 *
 * Two counters are taken for each attempt, before the password is checked:
 * - the account from this client address: 5 attempts free, then the n-th further attempt is
 *   allowed 30 s · (2^n − 1) after the first attempt of the window (gaps of 30 s, 1 min, 2 min,
 *   … capped at 1 h);
 * - the account from every address: 20 attempts free, then gaps of 1 s, 2 s, 4 s, … capped at
 *   1 min. It does not apply to an address the account signed in from successfully in the last
 *   90 days, so a guesser elsewhere slows everyone else down but never locks the owner out of
 *   its usual address.
 * A window ends after 24 h without attempts; a successful sign-in empties its address's counter.
 *
 * Each attempt is counted, in one short transaction, by an upsert that also locks the counter row;
 * the attempt reads the count it made and is refused (the transaction rolled back) when that count
 * is past what the schedule allows. Concurrent attempts therefore each take their own number: of
 * N parallel guesses exactly the allowed number are checked. A checked attempt that fails keeps
 * its count. Unknown emails are counted exactly like registered ones.
 */
interface Schedule {
  free: number;
  firstGapMs: number;
  maxGapMs: number;
}

export const ADDRESS_SCHEDULE: Schedule = { free: 5, firstGapMs: 30_000, maxGapMs: 3_600_000 };
export const ACCOUNT_SCHEDULE: Schedule = { free: 20, firstGapMs: 1_000, maxGapMs: 60_000 };
const WINDOW_IDLE_MS = 24 * 3_600_000;
const USUAL_ADDRESS_MS = 90 * 86_400_000;

/** Milliseconds after the window start at which the `attempt`-th attempt is allowed. */
export function allowedAt(schedule: Schedule, attempt: number): number {
  let extra = attempt - schedule.free;
  let at = 0;
  let gap = schedule.firstGapMs;
  for (; extra > 0 && gap < schedule.maxGapMs; extra--) {
    at += gap;
    gap *= 2;
  }
  return at + Math.max(extra, 0) * schedule.maxGapMs;
}

/** A THROTTLED refusal that also says, in seconds, when the next attempt may come. */
export class ThrottledError extends BusinessError {
  constructor(readonly retryAfterSeconds: number) {
    super([
      userError(
        'THROTTLED',
        null,
        `Too many sign-in attempts for this account; try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}`,
        'I11',
      ),
    ]);
  }
}

interface Row {
  throttle_key: string;
  attempts: number | string;
  window_started_ms: number | string;
  last_success_ms: number | string | null;
}

function upsertSql(mysql: boolean): string {
  const columns = '(throttle_key, attempts, window_started_ms, last_attempt_ms, last_success_ms) VALUES (?, 1, ?, ?, NULL)';
  // Every expression reads the row as it was: last_attempt_ms is assigned last (MySQL assigns in order).
  const set =
    'window_started_ms = CASE WHEN last_attempt_ms < ? THEN ? ELSE window_started_ms END, ' +
    'attempts = CASE WHEN last_attempt_ms < ? THEN 1 ELSE attempts + 1 END, ' +
    'last_attempt_ms = ?';
  return mysql
    ? `INSERT INTO password_throttle ${columns} ON DUPLICATE KEY UPDATE ${set}`
    : `INSERT INTO password_throttle ${columns} ON CONFLICT (throttle_key) DO UPDATE SET ${set}`;
}

async function count(manager: EntityManager, mysql: boolean, key: string, now: number): Promise<void> {
  const idleBefore = now - WINDOW_IDLE_MS;
  await manager.query(upsertSql(mysql), [key, now, now, idleBefore, now, idleBefore, now]);
}

async function giveBack(manager: EntityManager, key: string): Promise<void> {
  await manager.query('UPDATE password_throttle SET attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END WHERE throttle_key = ?', [key]);
}

/** Seconds to wait, or 0 when this attempt may be checked now. */
function wait(schedule: Schedule, row: Row | undefined, now: number): number {
  if (!row) return 0;
  const at = Number(row.window_started_ms) + allowedAt(schedule, Number(row.attempts));
  return at > now ? Math.ceil((at - now) / 1000) : 0;
}

/** The request that checks a password: its database and the client address the gateway saw. */
export interface PasswordCheckContext {
  db: RequestDatabase;
  clientAddress: string | null;
}

/**
 * Runs `check` (which verifies a password and answers null when it is wrong) under the throttle.
 * Throws ThrottledError without checking when the attempt is not allowed yet.
 */
export async function throttledPasswordCheck<T>(
  ctx: PasswordCheckContext,
  /** The email the caller claims, normalized; unknown emails are throttled alike. */
  account: string,
  check: () => Promise<T | null>,
): Promise<T | null> {
  const pairKey = sha256(`address\n${account}\n${ctx.clientAddress ?? ''}`);
  const accountKey = sha256(`account\n${account}`);
  const now = Date.now();
  // Always the address row first, then the account row: concurrent attempts lock in one order.
  await ctx.db.transaction(async (manager) => {
    await count(manager, ctx.db.isMysql, pairKey, now);
    await count(manager, ctx.db.isMysql, accountKey, now);
    const rows: Row[] = await manager.query(
      'SELECT throttle_key, attempts, window_started_ms, last_success_ms FROM password_throttle WHERE throttle_key IN (?, ?)',
      [pairKey, accountKey],
    );
    const pair = rows.find((r) => r.throttle_key === pairKey);
    const usual = pair?.last_success_ms != null && now - Number(pair.last_success_ms) < USUAL_ADDRESS_MS;
    const account = usual ? 0 : wait(ACCOUNT_SCHEDULE, rows.find((r) => r.throttle_key === accountKey), now);
    const seconds = Math.max(wait(ADDRESS_SCHEDULE, pair, now), account);
    if (seconds > 0) throw new ThrottledError(seconds);
  });
  const result = await check();
  if (result !== null) {
    await ctx.db.transaction(async (manager) => {
      await manager.query('UPDATE password_throttle SET attempts = 0, window_started_ms = ?, last_success_ms = ? WHERE throttle_key = ?', [now, now, pairKey]);
      await giveBack(manager, accountKey);
    });
  }
  return result;
}

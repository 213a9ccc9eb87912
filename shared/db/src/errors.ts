import type { EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The database cannot take the statement now: no pooled connection came free in time, too
 * many statements wait already, or the statement ran past its time limit. The request is
 * answered SERVICE_UNAVAILABLE; a retry later may succeed (X11).
 */
export class DatabaseBusyError extends Error {
  readonly code = 'DATABASE_BUSY';
}

interface DriverError {
  code?: string;
  errno?: number;
  message?: string;
  sqlMessage?: string;
}

function driverErrorOf(err: unknown): DriverError {
  if (typeof err !== 'object' || err === null) return {};
  return (err as { driverError?: DriverError }).driverError ?? (err as DriverError);
}

// MariaDB's max_statement_time (1969) and MySQL's max_execution_time (3024).
const STATEMENT_TIMEOUT_ERRNOS = new Set([1969, 3024]);

export function isDatabaseBusy(err: unknown): boolean {
  if (err instanceof DatabaseBusyError) return true;
  const driver = driverErrorOf(err);
  return (
    (driver.errno !== undefined && STATEMENT_TIMEOUT_ERRNOS.has(driver.errno)) ||
    driver.code === 'ER_LOCK_WAIT_TIMEOUT' ||
    driver.code === 'SQLITE_BUSY'
  );
}

/** MySQL chose this transaction as a deadlock victim or it waited too long for a row lock: run it again. */
export function isRetryable(err: unknown): boolean {
  const code = driverErrorOf(err).code;
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT';
}

export interface ConstraintViolation {
  kind: 'unique' | 'foreignKey';
  /** The table written to, when the database or the statement says. */
  table: string | null;
  /** The unique key's name as MySQL reports it (`uq_...`, `PRIMARY`); null on SQLite. */
  constraint: string | null;
  /** The key's columns as SQLite reports them (database names); empty on MySQL. */
  columns: string[];
}

const UNIQUE_CODES = new Set(['ER_DUP_ENTRY', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);
const FOREIGN_KEY_CODES = new Set(['ER_NO_REFERENCED_ROW_2', 'ER_ROW_IS_REFERENCED_2', 'SQLITE_CONSTRAINT_FOREIGNKEY']);

/** Which unique or foreign key refused a write, in either database, as far as the database says. */
export function constraintViolation(err: unknown): ConstraintViolation | null {
  const driver = driverErrorOf(err);
  const code = driver.code ?? '';
  const message = driver.sqlMessage ?? driver.message ?? '';
  const query = (err as { query?: unknown } | null)?.query;
  const written = typeof query === 'string' ? (/^\s*(?:INSERT\s+INTO|UPDATE)\s+[`"]?(\w+)/i.exec(query)?.[1] ?? null) : null;
  if (UNIQUE_CODES.has(code)) {
    // MariaDB: for key 'uq_x'; MySQL 8: for key 'table.uq_x'.
    const mysqlKey = /for key '(?:[^'.]+\.)?([^']+)'/.exec(message)?.[1] ?? null;
    // SQLite: UNIQUE constraint failed: table.column_a, table.column_b
    const qualified = /constraint failed: (.+)$/i.exec(message)?.[1]?.split(',').map((c) => c.trim()) ?? [];
    return {
      kind: 'unique',
      table: qualified[0]?.split('.')[0] ?? written,
      constraint: mysqlKey,
      columns: qualified.map((c) => c.split('.')[1] ?? c),
    };
  }
  if (FOREIGN_KEY_CODES.has(code)) {
    return { kind: 'foreignKey', table: written, constraint: /CONSTRAINT `([^`]+)`/.exec(message)?.[1] ?? null, columns: [] };
  }
  return null;
}

/** True when the error is a unique-key violation, in either database. */
export function isUniqueViolation(err: unknown): boolean {
  return err instanceof ConflictError || constraintViolation(err)?.kind === 'unique';
}

/** True when the error is a foreign-key violation, in either database. */
export function isForeignKeyViolation(err: unknown): boolean {
  return constraintViolation(err)?.kind === 'foreignKey';
}

/** What a unique key means to the caller who collides with it: the input field it concerns. */
export interface UniqueKeyMeaning {
  field: string;
  message: string;
  /** The product rule the key holds, as in `T2`. */
  rule?: string;
}

/** A unique key (or composite primary key) of an entity, by its properties, and what it means. */
export interface UniqueKey<T extends ObjectLiteral = ObjectLiteral> extends UniqueKeyMeaning {
  entity: EntityTarget<T>;
  properties: (keyof T & string)[];
}

/** Declares what a unique key means, typed by the entity's properties. */
export function uniqueKey<T extends ObjectLiteral>(entity: EntityTarget<T>, properties: (keyof T & string)[], meaning: UniqueKeyMeaning): UniqueKey {
  return { entity, properties, ...meaning } as UniqueKey;
}

/** A write collided with a unique key: answered as a CONFLICT on the key's input field (X3, X7). */
export class ConflictError extends Error {
  constructor(readonly meaning: UniqueKeyMeaning) {
    super(meaning.message);
  }
}

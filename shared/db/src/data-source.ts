import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource, DefaultNamingStrategy, MigrationExecutor, type EntityManager, type MixedList, type NamingStrategyInterface } from 'typeorm';
import { createConnection } from 'mysql2/promise';
import type { Pool as MysqlPool, PoolConnection as MysqlPoolConnection } from 'mysql2';
import { DEFAULT_DATABASE_LIMITS, type DatabaseLimits, type DbConfig } from './config';
import { ConflictError, DatabaseBusyError, constraintViolation, isRetryable, type UniqueKey } from './errors';
import { CountingLogger, type DatabaseLog } from './stats';

/** snake_case tables and columns, so that SQL read by a person looks like SQL. */
class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override tableName(className: string, customName?: string): string {
    return customName ?? snake(className);
  }
  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return snake(prefixes.concat(customName ?? propertyName).join('_'));
  }
  override relationName(propertyName: string): string {
    return snake(propertyName);
  }
  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snake(`${relationName}_${referencedColumnName}`);
  }
}

function snake(value: string): string {
  return value.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

// TypeORM's own type for entity and migration classes.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Classes = MixedList<Function>;

export interface Migrations {
  mysql: Classes;
  sqlite: Classes;
}

export interface DatabaseOptions {
  service: string;
  config: DbConfig;
  entities: Classes;
  /** Generated per dialect by `npm run migration:generate`. */
  migrations: Migrations;
  limits?: Partial<DatabaseLimits>;
  /**
   * Every unique key of the schema, by its entity and properties, with the input field it
   * concerns: a write that collides with one in a request's transaction answers CONFLICT on
   * that field. A test fails when a key has no entry.
   */
  uniqueKeys?: readonly UniqueKey[];
  /** Where slow statements, warnings and, with `SQL_LOG=1`, every statement are logged. */
  log: DatabaseLog;
}

/**
 * What `open()` does with the checked-in migrations: `run` applies those pending, under the
 * migration lock; `verify` applies none and refuses to open while one is pending.
 */
export type MigrationMode = 'run' | 'verify';

/** The database lacks migrations this build ships: the service must not serve it. */
export class PendingMigrationsError extends Error {
  constructor(
    readonly service: string,
    readonly pending: readonly string[],
  ) {
    super(
      `${service}: the database lacks ${pending.length} migration(s) this version needs: ${pending.join(', ')}. ` +
        'Run `npm run migrate` (or set MIGRATE_ON_START=true) and start again.',
    );
    this.name = 'PendingMigrationsError';
  }
}

/** MySQL names of user locks are at most 64 characters. */
function migrationLockName(database: string): string {
  return `${database}.migrations`.slice(0, 64);
}

/**
 * One subgraph's database. The schema comes from checked-in migrations only; `synchronize`
 * stays off everywhere.
 */
/** What mysql2's pool keeps of its connections (not part of its typings). */
interface PoolInternals {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
}

export class Database {
  private source: DataSource | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  readonly limits: Readonly<DatabaseLimits>;

  constructor(readonly options: DatabaseOptions) {
    this.limits = { ...DEFAULT_DATABASE_LIMITS, ...options.limits };
  }

  get dataSource(): DataSource {
    if (!this.source) throw new Error(`${this.options.service} database is not open`);
    return this.source;
  }

  /** MariaDB reports column defaults its own way; TypeORM reads them right only when told. */
  private build(mariadb: boolean): DataSource {
    const options = this.options;
    const config = options.config;
    const common = {
      entities: options.entities,
      migrations: config.type === 'mysql' ? options.migrations.mysql : options.migrations.sqlite,
      migrationsRun: false,
      synchronize: false,
      namingStrategy: new SnakeNamingStrategy(),
      logger: new CountingLogger(options.log),
      maxQueryExecutionTime: 1000,
    } as const;
    return config.type === 'mysql'
        ? new DataSource({
            ...common,
            type: mariadb ? 'mariadb' : 'mysql',
            host: config.host,
            port: config.port,
            username: config.user,
            password: config.password,
            database: config.database,
            charset: 'utf8mb4_unicode_ci',
            timezone: 'Z',
            dateStrings: false,
            poolSize: this.limits.poolSize,
            extra: { enableKeepAlive: true, idleTimeout: 60_000, maxIdle: this.limits.poolSize, queueLimit: this.limits.queueLimit },
          })
        : new DataSource({
            ...common,
            type: 'better-sqlite3',
            database: config.file,
            prepareDatabase: (db: { pragma(sql: string): unknown }) => {
              db.pragma('journal_mode = WAL');
              db.pragma('foreign_keys = ON');
              db.pragma(`busy_timeout = ${this.limits.acquireTimeoutMs}`);
            },
          });
  }

  get isMysql(): boolean {
    return this.options.config.type === 'mysql';
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /**
   * Connects and, by default, applies pending migrations under the migration lock (creating the
   * MySQL database when missing). With `verify`, applies none and throws PendingMigrationsError,
   * naming each, while one is pending. Returns the names of the migrations it applied.
   */
  async open(options: { migrations?: MigrationMode } = {}): Promise<string[]> {
    const mode = options.migrations ?? 'run';
    const config = this.options.config;
    let mariadb = false;
    if (config.type === 'mysql') {
      const admin = await createConnection({ host: config.host, port: config.port, user: config.user, password: config.password });
      try {
        if (mode === 'run') await admin.query(`CREATE DATABASE IF NOT EXISTS \`${config.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
        const [rows] = await admin.query('SELECT VERSION() AS version');
        mariadb = /mariadb/i.test(String((rows as { version: string }[])[0]?.version));
        if (mode === 'verify') {
          const [found] = await admin.query('SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [config.database]);
          if ((found as unknown[]).length === 0) throw new PendingMigrationsError(this.options.service, this.migrationNames());
        }
      } finally {
        await admin.end();
      }
    } else {
      fs.mkdirSync(path.dirname(config.file), { recursive: true });
    }
    this.source = this.build(mariadb);
    await this.source.initialize();
    let applied: string[] = [];
    try {
      if (mode === 'run') applied = await this.applyMigrations();
      else {
        const pending = await this.pendingMigrations();
        if (pending.length > 0) throw new PendingMigrationsError(this.options.service, pending);
      }
    } catch (err) {
      await this.close();
      throw err;
    }
    // Migrations may run long; what serves requests is bounded from here on.
    if (config.type === 'mysql') this.boundPool(mariadb);
    return applied;
  }

  /** The names of the migrations this build ships, oldest first. */
  migrationNames(): string[] {
    const config = this.options.config;
    const classes = config.type === 'mysql' ? this.options.migrations.mysql : this.options.migrations.sqlite;
    return (Array.isArray(classes) ? classes : Object.values(classes)).map((c) => (c as { name: string }).name);
  }

  /** The names of the shipped migrations the open database has not applied. */
  async pendingMigrations(): Promise<string[]> {
    return (await new MigrationExecutor(this.dataSource).getPendingMigrations()).map((m) => m.name);
  }

  /**
   * Applies pending migrations, each in its own transaction, and returns their names. On MySQL
   * this holds `GET_LOCK('<database>.migrations')` on a connection of its own for the whole run,
   * so that replicas or migration jobs started at once apply each migration once: the second
   * waits (up to `migrationLockTimeoutSeconds`), then finds nothing pending. SQLite is one
   * process's embedded file and takes no lock.
   */
  async applyMigrations(): Promise<string[]> {
    const config = this.options.config;
    const run = async (): Promise<string[]> => (await this.dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
    if (config.type !== 'mysql') return run();
    const lock = migrationLockName(config.database);
    const timeout = this.limits.migrationLockTimeoutSeconds;
    const holder = await createConnection({ host: config.host, port: config.port, user: config.user, password: config.password });
    try {
      const [rows] = await holder.query('SELECT GET_LOCK(?, ?) AS got', [lock, timeout]);
      const got = (rows as { got: number | string | null }[])[0]?.got;
      if (Number(got) !== 1) {
        throw new Error(`${this.options.service}: another process held the migration lock ${lock} for more than ${timeout} s (MIGRATION_LOCK_TIMEOUT_SECONDS)`);
      }
      try {
        return await run();
      } finally {
        await holder.query('SELECT RELEASE_LOCK(?)', [lock]);
      }
    } finally {
      await holder.end();
    }
  }

  /**
   * Every statement waits at most `acquireTimeoutMs` for a connection and fails with
   * DatabaseBusyError after it (as it does at once when `queueLimit` statements already
   * wait), so that a burst answers errors instead of hanging. Each connection, before its
   * first use, gets the server-side statement and row-lock time limits (X11).
   */
  private boundPool(mariadb: boolean): void {
    const { service } = this.options;
    const { acquireTimeoutMs, statementTimeoutMs } = this.limits;
    const lockWaitSeconds = Math.max(1, Math.floor(statementTimeoutMs / 2000));
    const limitsSql = mariadb
      ? `SET SESSION max_statement_time = ${statementTimeoutMs / 1000}, innodb_lock_wait_timeout = ${lockWaitSeconds}`
      : `SET SESSION max_execution_time = ${statementTimeoutMs}, innodb_lock_wait_timeout = ${lockWaitSeconds}`;
    const pool = (this.dataSource.driver as unknown as { pool: MysqlPool }).pool;
    const limited = new WeakSet<MysqlPoolConnection>();
    const acquire = pool.getConnection.bind(pool);
    type Callback = (err: NodeJS.ErrnoException | null, connection: MysqlPoolConnection) => void;
    const getConnection = (callback: Callback): void => {
      let settled = false;
      const hand = (err: NodeJS.ErrnoException | null, connection: MysqlPoolConnection): void => {
        if (settled) {
          if (!err) connection.release();
          return;
        }
        settled = true;
        clearTimeout(timer);
        callback(err, connection);
      };
      const timer = setTimeout(
        () => hand(new DatabaseBusyError(`${service}: no database connection was free within ${acquireTimeoutMs} ms`), undefined as never),
        acquireTimeoutMs,
      );
      acquire((err, connection) => {
        if (err) {
          hand(/queue limit/i.test(err.message) ? new DatabaseBusyError(`${service}: too many statements are waiting for a connection`) : err, connection);
          return;
        }
        if (settled || limited.has(connection)) {
          hand(null, connection);
          return;
        }
        connection.query(limitsSql, (limitErr: NodeJS.ErrnoException | null) => {
          if (limitErr) {
            connection.release();
            hand(limitErr, connection);
            return;
          }
          limited.add(connection);
          hand(null, connection);
        });
      });
    };
    pool.getConnection = getConnection as MysqlPool['getConnection'];
  }

  async close(): Promise<void> {
    if (this.source?.isInitialized) await this.source.destroy();
  }

  /** The CONFLICT a unique-key violation means, or null when `err` is something else. */
  conflictOf(err: unknown): ConflictError | null {
    if (err instanceof ConflictError) return err;
    const key = this.violatedKey(err);
    if (!key) return null;
    const meaning = this.options.uniqueKeys?.find(
      (k) => this.dataSource.getMetadata(k.entity).tableName === key.table && [...k.properties].sort().join() === key.properties.join(),
    );
    return meaning ? new ConflictError({ field: meaning.field, message: meaning.message, ...(meaning.rule ? { rule: meaning.rule } : {}) }) : null;
  }

  /** The table and (sorted) properties of the unique key a write collided with, or null. */
  violatedKey(err: unknown): { table: string; properties: string[] } | null {
    const violation = constraintViolation(err);
    if (violation?.kind !== 'unique' || !this.source) return null;
    for (const metadata of this.source.entityMetadatas) {
      if (violation.table && metadata.tableName !== violation.table) continue;
      const keys = [
        { name: 'PRIMARY', columns: metadata.primaryColumns },
        ...metadata.uniques.map((u) => ({ name: u.name, columns: u.columns })),
        ...metadata.indices.filter((i) => i.isUnique).map((i) => ({ name: i.name, columns: i.columns })),
      ];
      const wanted = [...violation.columns].sort().join();
      const key = keys.find((k) =>
        violation.constraint ? k.name === violation.constraint : k.columns.map((c) => c.databaseName).sort().join() === wanted,
      );
      if (key) return { table: metadata.tableName, properties: key.columns.map((c) => c.propertyName).sort() };
    }
    return null;
  }

  /**
   * Every unique key of the schema, as `table(property, ...)`: what `uniqueKeys` must cover.
   * Primary keys count unless they are a generated `id`, which nobody can collide with.
   */
  allUniqueKeys(): string[] {
    const out: string[] = [];
    for (const metadata of this.dataSource.entityMetadatas) {
      const primary = metadata.primaryColumns;
      const keys = [
        ...(primary.length > 1 || primary[0]?.propertyName !== 'id' ? [primary] : []),
        ...metadata.uniques.map((u) => u.columns),
        ...metadata.indices.filter((i) => i.isUnique).map((i) => i.columns),
      ];
      for (const columns of keys) out.push(`${metadata.tableName}(${columns.map((c) => c.propertyName).sort().join(', ')})`);
    }
    return out.sort();
  }

  /** The keys `uniqueKeys` gives a meaning, as `table(property, ...)`. */
  declaredUniqueKeys(): string[] {
    return (this.options.uniqueKeys ?? []).map((k) => `${this.dataSource.getMetadata(k.entity).tableName}(${[...k.properties].sort().join(', ')})`).sort();
  }

  /** Drops the whole database (tests only). */
  async drop(): Promise<void> {
    const config = this.options.config;
    if (config.type === 'mysql') {
      if (this.source?.isInitialized) await this.source.query(`DROP DATABASE IF EXISTS \`${config.database}\``);
    } else {
      await this.close();
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(config.file + suffix, { force: true });
    }
    await this.close();
  }

  /**
   * The MySQL pool's connections in use and statements waiting for one, for the metrics (X14);
   * null on the embedded SQLite, which has no pool.
   */
  poolStats(): { inUse: number; waiting: number; size: number } | null {
    if (this.options.config.type !== 'mysql' || !this.source?.isInitialized) return null;
    const pool = (this.dataSource.driver as unknown as { pool?: PoolInternals }).pool;
    if (!pool) return null;
    const all = pool._allConnections?.length ?? 0;
    const free = pool._freeConnections?.length ?? 0;
    return { inUse: all - free, waiting: pool._connectionQueue?.length ?? 0, size: this.limits.poolSize };
  }

  /** True when the database answers within `timeoutMs`, also when the pool is exhausted (then false). */
  async ping(timeoutMs = 1000): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const answer = this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([answer, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Runs `work` in one transaction. MySQL deadlocks and lock wait timeouts are retried, since
   * the database chose a victim rather than the request being wrong. The embedded SQLite has
   * one connection, so its transactions queue behind each other.
   */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.isMysql) {
      const run = this.queue.then(() => this.dataSource.transaction(work));
      this.queue = run.catch(() => undefined);
      return run;
    }
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction('READ COMMITTED', work);
      } catch (err) {
        if (attempt >= 4 || !isRetryable(err)) throw err;
        await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 10));
      }
    }
  }
}


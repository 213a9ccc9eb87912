import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource, DefaultNamingStrategy, type EntityManager, type MixedList, type NamingStrategyInterface } from 'typeorm';
import { createConnection } from 'mysql2/promise';
import type { DbConfig } from './config';
import { CountingLogger } from './stats';

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
  poolSize?: number;
}

/**
 * One subgraph's database. The schema comes from checked-in migrations only; `synchronize`
 * stays off everywhere.
 */
export class Database {
  private source: DataSource | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly options: DatabaseOptions) {}

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
      logger: new CountingLogger(options.service),
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
            poolSize: options.poolSize ?? 10,
            extra: { enableKeepAlive: true, idleTimeout: 60_000, maxIdle: options.poolSize ?? 10 },
          })
        : new DataSource({
            ...common,
            type: 'better-sqlite3',
            database: config.file,
            prepareDatabase: (db: { pragma(sql: string): unknown }) => {
              db.pragma('journal_mode = WAL');
              db.pragma('foreign_keys = ON');
              db.pragma('busy_timeout = 5000');
            },
          });
  }

  get isMysql(): boolean {
    return this.options.config.type === 'mysql';
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** Creates the MySQL database when missing, connects, and applies pending migrations. */
  async open(): Promise<void> {
    const config = this.options.config;
    let mariadb = false;
    if (config.type === 'mysql') {
      const admin = await createConnection({ host: config.host, port: config.port, user: config.user, password: config.password });
      try {
        await admin.query(`CREATE DATABASE IF NOT EXISTS \`${config.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
        const [rows] = await admin.query('SELECT VERSION() AS version');
        mariadb = /mariadb/i.test(String((rows as { version: string }[])[0]?.version));
      } finally {
        await admin.end();
      }
    } else {
      fs.mkdirSync(path.dirname(config.file), { recursive: true });
    }
    this.source = this.build(mariadb);
    await this.source.initialize();
    await this.dataSource.runMigrations({ transaction: 'each' });
  }

  async close(): Promise<void> {
    if (this.source?.isInitialized) await this.source.destroy();
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

  async ping(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
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

function isRetryable(err: unknown): boolean {
  const code = (err as { driverError?: { code?: string } }).driverError?.code ?? (err as { code?: string }).code;
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT';
}

/** True when the error is a unique-key violation, in either database. */
export function isUniqueViolation(err: unknown): boolean {
  const driver = (err as { driverError?: { code?: string; errno?: number } }).driverError ?? (err as { code?: string });
  const code = (driver as { code?: string }).code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

import path from 'node:path';

export type DbConfig =
  | { type: 'mysql'; host: string; port: number; user: string; password: string; database: string }
  | { type: 'sqlite'; file: string };

export class ConfigError extends Error {}

/**
 * Reads a database location: `mysql://user:pass@host:port/name` or `sqlite:path/to/file`.
 * Errors name the variable, so a wrong value is fixed without reading code.
 */
export function parseDatabaseUrl(variable: string, value: string): DbConfig {
  if (value.startsWith('sqlite:')) {
    const file = value.slice('sqlite:'.length);
    if (!file) throw new ConfigError(`${variable}: sqlite URL needs a file path, as in sqlite:data/identity.sqlite`);
    return { type: 'sqlite', file: path.resolve(file) };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${variable}: "${value}" is not a URL; expected mysql://user:password@host:3306/database or sqlite:path`);
  }
  if (url.protocol !== 'mysql:') {
    throw new ConfigError(`${variable}: protocol ${url.protocol} is not supported; use mysql:// or sqlite:`);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(database)) {
    throw new ConfigError(`${variable}: database name "${database}" must be letters, digits and _`);
  }
  return {
    type: 'mysql',
    host: url.hostname,
    port: url.port ? Number(url.port) : 3306,
    user: decodeURIComponent(url.username) || 'root',
    password: decodeURIComponent(url.password),
    database,
  };
}

/**
 * The URL of database `database` on the MySQL server `server` (`mysql://user:pass@host:port`,
 * with or without a path, which is replaced).
 */
export function databaseOnServer(variable: string, server: string, database: string): DbConfig {
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    throw new ConfigError(`${variable}: "${server}" is not a URL; expected mysql://user:password@host:3306`);
  }
  url.pathname = `/${database}`;
  url.search = '';
  return parseDatabaseUrl(variable, url.toString());
}

export type ServiceName = 'identity' | 'catalog' | 'tenancy';

/**
 * The database of one subgraph: `<SERVICE>_DATABASE_URL`, else `MYSQL_URL` (a server; each
 * service takes the database named after it, with `DATABASE_PREFIX`), else embedded SQLite
 * under `DATA_DIR`.
 */
export function databaseFromEnv(service: ServiceName, env: NodeJS.ProcessEnv = process.env): DbConfig {
  const own = `${service.toUpperCase()}_DATABASE_URL`;
  const ownValue = env[own];
  if (ownValue) return parseDatabaseUrl(own, ownValue);
  const server = env['MYSQL_URL'];
  if (server) {
    return databaseOnServer('MYSQL_URL', server, `${env['DATABASE_PREFIX'] ?? ''}${service}`);
  }
  return { type: 'sqlite', file: path.resolve(env['DATA_DIR'] ?? 'data', `${service}.sqlite`) };
}

/** How a subgraph's database holds under load (X11). */
export interface DatabaseLimits {
  /** Connections in the MySQL pool. */
  poolSize: number;
  /** How long a statement waits for a free connection before the request is answered SERVICE_UNAVAILABLE. */
  acquireTimeoutMs: number;
  /** Statements that may wait for a connection at once; one more is answered SERVICE_UNAVAILABLE at once. */
  queueLimit: number;
  /**
   * The longest a statement may run on the server (MariaDB `max_statement_time`, MySQL
   * `max_execution_time` for reads); a row-lock wait gets half of it.
   */
  statementTimeoutMs: number;
  /** How long migrations wait for another process migrating the same database (the MySQL lock `<database>.migrations`). */
  migrationLockTimeoutSeconds: number;
}

export const DEFAULT_DATABASE_LIMITS: Readonly<DatabaseLimits> = {
  poolSize: 10,
  acquireTimeoutMs: 5000,
  queueLimit: 500,
  statementTimeoutMs: 10_000,
  migrationLockTimeoutSeconds: 600,
};

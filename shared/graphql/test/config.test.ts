import { EnvReader, subgraphServiceConfig } from '@marketgraph/graphql';
import { gatewayConfig } from '../../../gateway/src/config';
import { identityConfig } from '../../../services/identity/src/config';
import { catalogConfig } from '../../../services/catalog/src/config';

describe('configuration', () => {
  it('names every bad variable in one message', () => {
    expect(() =>
      gatewayConfig({ GATEWAY_PORT: 'eighty', IDENTITY_URL: 'identity:4001', MAX_QUERY_DEPTH: '1' }),
    ).toThrow(
      'Invalid configuration:\n  - GATEWAY_PORT must be an integer from 0 to 65535, got "eighty"\n  - IDENTITY_URL must be an http(s) URL, got "identity:4001"\n  - MAX_QUERY_DEPTH must be an integer from 2 to 100, got "1"',
    );
  });

  it('reads where catalog finds identity, and refuses what is not a URL', () => {
    expect(catalogConfig({}).identityUrl).toBe('http://127.0.0.1:4001/graphql');
    expect(catalogConfig({ IDENTITY_URL: 'http://identity:4001/graphql' }).identityUrl).toBe('http://identity:4001/graphql');
    expect(() => catalogConfig({ IDENTITY_URL: 'identity:4001', IDENTITY_TIMEOUT_MS: '0' })).toThrow(
      'Invalid configuration:\n  - IDENTITY_URL must be an http(s) URL, got "identity:4001"\n  - IDENTITY_TIMEOUT_MS must be an integer from 100 to 60000, got "0"',
    );
  });

  it('requires the secrets in production, and long ones', () => {
    expect(() => identityConfig({ NODE_ENV: 'production', ACCESS_TOKEN_SECRET: 'short' })).toThrow(
      /ACTOR_CONTEXT_SECRET is required when NODE_ENV=production[\s\S]*ACCESS_TOKEN_SECRET must be at least 32 characters/,
    );
    expect(() => identityConfig({ PLATFORM_OPERATOR_EMAIL: 'op@x.test' })).toThrow('PLATFORM_OPERATOR_PASSWORD is required when PLATFORM_OPERATOR_EMAIL is set');
  });

  it('reads a database URL per service, a MySQL server for all, or falls back to embedded SQLite', () => {
    const read = new EnvReader({});
    expect(subgraphServiceConfig(read, 'catalog', { CATALOG_DATABASE_URL: 'mysql://app:s%40cret@db:3307/shop' }).database).toEqual({
      type: 'mysql',
      host: 'db',
      port: 3307,
      user: 'app',
      password: 's@cret',
      database: 'shop',
    });
    expect(subgraphServiceConfig(read, 'tenancy', { MYSQL_URL: 'mysql://root@127.0.0.1:3306', DATABASE_PREFIX: 'dev_' }).database).toMatchObject({
      type: 'mysql',
      database: 'dev_tenancy',
    });
    expect(subgraphServiceConfig(read, 'identity', { DATA_DIR: '/tmp/mg' }).database).toEqual({ type: 'sqlite', file: '/tmp/mg/identity.sqlite' });
    const bad = new EnvReader({});
    subgraphServiceConfig(bad, 'identity', { IDENTITY_DATABASE_URL: 'postgres://x/y' });
    expect(() => bad.done()).toThrow('IDENTITY_DATABASE_URL: protocol postgres: is not supported; use mysql:// or sqlite:');
  });

  it('reads MYSQL_URL as a server with or without a path, keeping its host, port and credentials', () => {
    const read = new EnvReader({});
    const expected = { type: 'mysql', host: 'db.internal', port: 3307, user: 'u', password: 'p@ss', database: 'mg_catalog' };
    for (const server of ['mysql://u:p%40ss@db.internal:3307', 'mysql://u:p%40ss@db.internal:3307/', 'mysql://u:p%40ss@db.internal:3307/other']) {
      expect(subgraphServiceConfig(read, 'catalog', { MYSQL_URL: server, DATABASE_PREFIX: 'mg_' }).database).toEqual(expected);
    }
    expect(subgraphServiceConfig(read, 'identity', { MYSQL_URL: 'mysql://127.0.0.1' }).database).toEqual({
      type: 'mysql',
      host: '127.0.0.1',
      port: 3306,
      user: 'root',
      password: '',
      database: 'identity',
    });
    const bad = new EnvReader({});
    subgraphServiceConfig(bad, 'identity', { MYSQL_URL: 'db:3306' });
    expect(() => bad.done()).toThrow(/MYSQL_URL/);
  });
});

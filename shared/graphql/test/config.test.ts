import { createPublicKey } from 'node:crypto';
import { generateSigningKeyPair } from '@marketgraph/authz';
import { DEV_KEYS, EnvReader, serviceKeys, subgraphServiceConfig } from '@marketgraph/graphql';
import { gatewayConfig } from '../../../gateway/src/config';
import { identityConfig } from '../../../services/identity/src/config';
import { catalogConfig } from '../../../services/catalog/src/config';
import { tenancyConfig } from '../../../services/tenancy/src/config';

describe('configuration', () => {
  it('names every bad variable in one message', () => {
    expect(() =>
      gatewayConfig({ GATEWAY_PORT: 'eighty', IDENTITY_URL: 'identity:4001', MAX_QUERY_DEPTH: '1' }),
    ).toThrow(
      'Invalid configuration:\n  - GATEWAY_PORT must be an integer from 0 to 65535, got "eighty"\n  - IDENTITY_URL must be an http(s) URL, got "identity:4001"\n  - MAX_QUERY_DEPTH must be an integer from 2 to 100, got "1"',
    );
  });

  it('reads where catalog and tenancy find identity, and refuses what is not a URL', () => {
    expect(catalogConfig({}).identityUrl).toBe('http://127.0.0.1:4001/graphql');
    expect(tenancyConfig({ IDENTITY_URL: 'http://identity:4001/graphql', IDENTITY_TIMEOUT_MS: '800' })).toMatchObject({
      identityUrl: 'http://identity:4001/graphql',
      identityTimeoutMs: 800,
    });
    expect(() => tenancyConfig({ IDENTITY_URL: 'identity:4001' })).toThrow('IDENTITY_URL must be an http(s) URL, got "identity:4001"');
    expect(catalogConfig({ IDENTITY_URL: 'http://identity:4001/graphql' }).identityUrl).toBe('http://identity:4001/graphql');
    expect(() => catalogConfig({ IDENTITY_URL: 'identity:4001', IDENTITY_TIMEOUT_MS: '0' })).toThrow(
      'Invalid configuration:\n  - IDENTITY_URL must be an http(s) URL, got "identity:4001"\n  - IDENTITY_TIMEOUT_MS must be an integer from 100 to 60000, got "0"',
    );
  });

  it('requires the secrets in production, and long ones', () => {
    expect(() => identityConfig({ NODE_ENV: 'production', ACCESS_TOKEN_SECRET: 'short' })).toThrow(
      /ACTOR_CONTEXT_PUBLIC_KEY is required when NODE_ENV=production[\s\S]*ACCESS_TOKEN_SECRET must be at least 32 characters/,
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

  it('X2: reads signing keys as PEM or JWK, requires them in production and refuses the development keys there', () => {
    const { privateKey, publicKey } = generateSigningKeyPair();
    const production = { NODE_ENV: 'production', ACCESS_TOKEN_SECRET: 'a'.repeat(40), SUPERGRAPH_PATH: 'schema/supergraph.graphql' };
    expect(() => gatewayConfig(production)).toThrow(/ACTOR_CONTEXT_PRIVATE_KEY is required when NODE_ENV=production[\s\S]*SERVICE_PRIVATE_KEY is required/);
    const gateway = gatewayConfig({ ...production, ACTOR_CONTEXT_PRIVATE_KEY: privateKey, SERVICE_PRIVATE_KEY: privateKey });
    expect(gateway.actorContextKey.alg).toBe('EdDSA');
    expect(() => gatewayConfig({ ...production, ACTOR_CONTEXT_PRIVATE_KEY: DEV_KEYS.actorContext, SERVICE_PRIVATE_KEY: 'not a key' })).toThrow(
      /ACTOR_CONTEXT_PRIVATE_KEY is the development key[\s\S]*SERVICE_PRIVATE_KEY is neither PEM nor JSON/,
    );
    // Subgraphs hold public keys only; a private key where a public one belongs is refused.
    const jwk = JSON.stringify(createPublicKey(publicKey).export({ format: 'jwk' }));
    const read = new EnvReader({ ACTOR_CONTEXT_PUBLIC_KEY: `{"keys":[${jwk}]}`, GATEWAY_SERVICE_PUBLIC_KEY: privateKey });
    const keys = serviceKeys(read, 'tenancy');
    expect([...keys.actorContextKeys.keys()]).toEqual([gateway.actorContextKey.kid]);
    expect(() => read.done()).toThrow(/GATEWAY_SERVICE_PUBLIC_KEY is not a valid public key|GATEWAY_SERVICE_PUBLIC_KEY holds a private key/);
    // Services that call others hold a private key of their own: identity too, for node(id:) (X13).
    expect(serviceKeys(new EnvReader({}), 'identity').serviceKey).not.toBeNull();
    expect(Object.keys(serviceKeys(new EnvReader({}), 'identity').callerKeys).sort()).toEqual(['catalog', 'gateway', 'tenancy']);
    // Catalog and tenancy accept identity's calls to their `nodes` routes only with identity's key.
    expect(Object.keys(serviceKeys(new EnvReader({}), 'catalog').callerKeys).sort()).toEqual(['identity', 'tenancy']);
  });
});

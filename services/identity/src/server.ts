import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { serveSubgraph, subgraphTypeDefs, type RunningSubgraph, type SubgraphDefinition } from '@marketgraph/graphql';
import type { Database } from '@marketgraph/db';
import type { IdentityConfig } from './config';
import { createIdentityContext, type IdentityContext } from './context';
import { apiKeyActor, marketplaceBySlug, userActor } from './domain/actors';
import { ensurePlatformOperator } from './domain/bootstrap';
import { companiesFacts, idField, idListField, membershipFacts } from './domain/facts';
import { IDENTITY_NODE_TYPES } from './domain/nodes';
import { policies } from './graphql/policies';
import { resolvers } from './graphql/resolvers';

export const typeDefs = subgraphTypeDefs('identity');

function field(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | null)?.[name];
  if (typeof value !== 'string') throw new Error(`internal call without ${name}`);
  return value;
}

export function identityDefinition(db: Database, config: IdentityConfig): SubgraphDefinition<IdentityContext> {
  return {
    name: 'identity',
    typeDefs,
    resolvers: resolvers as GraphQLResolverMap<IdentityContext>,
    policies,
    database: db,
    createContext: (base) => createIdentityContext(base, db, config),
    nodeTypes: IDENTITY_NODE_TYPES,
    internalRoutes: {
      actor: (body) => userActor(db.manager, field(body, 'userId'), field(body, 'sessionId')),
      'api-key': (body) => apiKeyActor(db.manager, field(body, 'key')),
      marketplace: (body) => marketplaceBySlug(db.manager, field(body, 'slug')),
      // Facts catalog and tenancy place and check the company IDs they are given by (I1, C7, C8, C9); read-only.
      companies: (body) => companiesFacts(db.manager, idListField(body, 'companyIds')),
      membership: (body) => membershipFacts(db.manager, idField(body, 'userId'), idField(body, 'companyId')),
    },
  };
}

export async function startIdentity(db: Database, config: IdentityConfig): Promise<RunningSubgraph> {
  await db.open({ migrations: config.migrateOnStart === false ? 'verify' : 'run' });
  if (config.operator) await ensurePlatformOperator(db, config.operator);
  return serveSubgraph(identityDefinition(db, config), config);
}

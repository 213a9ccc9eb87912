import { buildSubgraphSchema } from '@apollo/subgraph';
import { defaultFieldResolver, isUnionType, type DocumentNode, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { Policy, PolicyArgs, PolicyContext, PolicyTable } from '@marketgraph/authz';
import { appError, refusal } from './errors';

type Resolver<C> = (parent: unknown, args: PolicyArgs, ctx: C, info: GraphQLResolveInfo) => unknown;
type ReferenceResolver<C> = (reference: PolicyArgs, ctx: C, info: GraphQLResolveInfo) => unknown;

/** Federation's own fields: `_service` serves composition tooling, `_entities` is guarded per entity type. */
const FEDERATION_FIELDS = new Set(['_service', '_entities']);

/**
 * Every operation that needs a policy (X1): root fields, mutations, and one `Entity.<Type>`
 * per entity type that `_entities` can resolve.
 */
export function operationsOf(typeDefs: DocumentNode): string[] {
  const schema = buildSubgraphSchema({ typeDefs });
  const operations: string[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    for (const field of Object.keys(root.getFields())) {
      if (!FEDERATION_FIELDS.has(field)) operations.push(`${root.name}.${field}`);
    }
  }
  const entity = schema.getType('_Entity');
  if (entity && isUnionType(entity)) operations.push(...entity.getTypes().map((t) => `Entity.${t.name}`));
  return operations.sort();
}

async function authorize<C extends PolicyContext>(policy: Policy<C> | undefined, operation: string, ctx: C, args: PolicyArgs): Promise<void> {
  if (!policy) throw appError('FORBIDDEN', `No policy allows ${operation}`);
  const decision = await policy.check(ctx, args);
  if (decision !== 'ALLOW') throw refusal(decision, operation);
}

/**
 * Builds the subgraph schema with every root field and entity reference behind its policy.
 * An operation without a policy is refused (default deny); a policy naming no operation is a
 * start-up error, so the table cannot drift from the schema.
 */
export function secureSchema<C extends PolicyContext>(
  typeDefs: DocumentNode,
  resolvers: GraphQLResolverMap<C>,
  policies: PolicyTable<C>,
): GraphQLSchema {
  const operations = operationsOf(typeDefs);
  const stale = Object.keys(policies).filter((key) => !operations.includes(key));
  if (stale.length > 0) throw new Error(`Policies name no operation of the schema: ${stale.join(', ')}`);

  const secured: Record<string, Record<string, unknown>> = {};
  for (const [typeName, fields] of Object.entries(resolvers)) secured[typeName] = { ...(fields as object) };

  for (const operation of operations) {
    const [typeName, field] = operation.split('.') as [string, string];
    const policy = policies[operation];
    if (typeName === 'Entity') {
      const fields = (secured[field] ??= {});
      const original = fields['__resolveReference'] as ReferenceResolver<C> | undefined;
      const guarded: ReferenceResolver<C> = async (reference, ctx, info) => {
        await authorize(policy, operation, ctx, reference);
        return original ? original(reference, ctx, info) : reference;
      };
      fields['__resolveReference'] = guarded;
    } else {
      const fields = (secured[typeName] ??= {});
      const original = (fields[field] as Resolver<C> | undefined) ?? (defaultFieldResolver as Resolver<C>);
      const guarded: Resolver<C> = async (parent, args, ctx, info) => {
        await authorize(policy, operation, ctx, args);
        return original(parent, args, ctx, info);
      };
      fields[field] = guarded;
    }
  }
  // The map is typed per context; Apollo types its input for an unknown context.
  return buildSubgraphSchema({ typeDefs, resolvers: secured as GraphQLResolverMap<unknown> });
}

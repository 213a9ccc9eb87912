import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  defaultFieldResolver,
  getNamedType,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type DocumentNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { thenMaybe, type Actor, type MaybePromise, type Policy, type PolicyArgs, type PolicyContext, type PolicyTable } from '@marketgraph/authz';
import { appError, fieldRefusal, refusal } from './errors';

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

/** Types that carry no tenant data of their own: their fields need no entry, nor do fields returning them. */
const PLAIN_TYPES = new Set(['PageInfo', 'UserError']);

/**
 * Pages of a list (X4): the field that returns the connection is authorized; its edges and nodes
 * follow it. Known by shape, so that no other type passes for one by its name alone.
 */
function isPageType(type: GraphQLObjectType): boolean {
  const fields = Object.keys(type.getFields()).sort().join(',');
  return (type.name.endsWith('Connection') && fields === 'edges,pageInfo,totalCount') || (type.name.endsWith('Edge') && fields === 'cursor,node');
}

export interface NestedField {
  /** `Type.field`. */
  key: string;
  /** The field returns a scalar or enum, so a `Type.*` entry may cover it. */
  leaf: boolean;
}

/**
 * Every field of every object type reachable from a root field, a mutation payload or an entity
 * reference (X1), except the pages of a list and plain page and error types. Each needs a policy
 * of its own (`Type.field`), or, for a scalar field, the type's default (`Type.*`).
 */
export function nestedFieldsOf(typeDefs: DocumentNode): NestedField[] {
  const schema = buildSubgraphSchema({ typeDefs });
  const seen = new Set<string>();
  const queue: GraphQLObjectType[] = [];
  const visit = (type: unknown): void => {
    const named = getNamedType(type as Parameters<typeof getNamedType>[0]);
    // An interface or union field can return any of its object types: each is walked.
    if (isAbstractType(named) && !named.name.startsWith('_')) schema.getPossibleTypes(named).forEach(visit);
    if (isObjectType(named) && !seen.has(named.name) && !named.name.startsWith('__') && !named.name.startsWith('_')) {
      seen.add(named.name);
      queue.push(named);
    }
  };
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    for (const [name, field] of Object.entries(root.getFields())) if (!FEDERATION_FIELDS.has(name)) visit(field.type);
  }
  const entity = schema.getType('_Entity');
  if (entity && isUnionType(entity)) entity.getTypes().forEach(visit);

  const fields: NestedField[] = [];
  for (let type = queue.shift(); type; type = queue.shift()) {
    for (const [name, field] of Object.entries(type.getFields())) {
      visit(field.type);
      const returns = getNamedType(field.type);
      if (PLAIN_TYPES.has(type.name) || isPageType(type) || PLAIN_TYPES.has(returns.name)) continue;
      fields.push({ key: `${type.name}.${name}`, leaf: isLeafType(returns) });
    }
  }
  return fields.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The entry that governs a nested field: its own, else the type's default for a scalar field. */
export function policyKeyOf(field: NestedField, policies: Readonly<Record<string, unknown>>): string | null {
  if (field.key in policies) return field.key;
  const typeDefault = `${field.key.split('.')[0] ?? ''}.*`;
  return field.leaf && typeDefault in policies ? typeDefault : null;
}

/**
 * Nested fields whose policy may refuse (X13): each must be nullable, lists included, so that a
 * refusal answers null with one error at the field and never nulls the object it hangs on.
 */
export function refusableFieldsOf(typeDefs: DocumentNode, policies: Readonly<Record<string, Policy<never>>>): string[] {
  return nestedFieldsOf(typeDefs)
    .filter((field) => {
      // A field without a policy is refused outright, and reported by `fieldsWithoutPolicy`.
      const key = policyKeyOf(field, policies);
      return key !== null && policies[key]?.mayRefuse === true;
    })
    .map((field) => field.key);
}

/** Refusable fields the schema declares non-null: each would null its parent when refused. */
export function nonNullRefusableFields(typeDefs: DocumentNode, policies: Readonly<Record<string, Policy<never>>>): string[] {
  const schema = buildSubgraphSchema({ typeDefs });
  return refusableFieldsOf(typeDefs, policies).filter((key) => {
    const [typeName, name] = key.split('.') as [string, string];
    const type = schema.getType(typeName);
    return isObjectType(type) && isNonNullType(type.getFields()[name]?.type);
  });
}

/** Nested fields that no entry governs: each is refused at run time, and the policy test fails on it. */
export function fieldsWithoutPolicy(typeDefs: DocumentNode, policies: Readonly<Record<string, unknown>>): string[] {
  return nestedFieldsOf(typeDefs)
    .filter((field) => policyKeyOf(field, policies) === null)
    .map((field) => field.key);
}

/**
 * Decides a field by its policy: throws the refusal, or returns a promise of the decision when the
 * policy must look something up. A policy that decides at once leaves the field synchronous.
 */
function authorize<C extends PolicyContext>(
  policy: Policy<C> | undefined,
  operation: string,
  ctx: C,
  args: PolicyArgs,
  parent?: unknown,
  refuse: typeof refusal = refusal,
): MaybePromise<void> {
  if (!policy) throw appError('FORBIDDEN', `No policy allows ${operation}`);
  return thenMaybe(policy.check(ctx, args, parent), (decision) => {
    if (decision !== 'ALLOW') throw refuse(decision, operation);
  });
}

type ResponsePath = GraphQLResolveInfo['path'];

/**
 * Contexts of the subtrees answered as another actor (`asSessionOf`), keyed by the response path
 * of the field that switched: every path object belongs to one request, so nothing crosses requests.
 */
const switchedAt = new WeakMap<ResponsePath, PolicyContext>();
const switchingRequests = new WeakSet<PolicyContext>();

/** The context a field is answered in: the nearest switched ancestor's, else the request's own. */
function contextAt<C extends PolicyContext>(ctx: C, path: ResponsePath): C {
  if (!switchingRequests.has(ctx)) return ctx;
  for (let p: ResponsePath | undefined = path.prev; p; p = p.prev) {
    const switched = switchedAt.get(p);
    if (switched) return switched as C;
  }
  return ctx;
}

export interface SecureSchemaOptions<C extends PolicyContext> {
  /** The subgraph's context for another actor in the same request, for fields whose policy `actsAs`. */
  contextFor?: (ctx: C, actor: Actor) => C;
}

/**
 * Builds the subgraph schema with every root field, entity reference and nested field behind its
 * policy. An operation or field without a policy is refused (default deny); a policy naming
 * nothing in the schema is a start-up error, so the table cannot drift from the schema, and so is
 * a field a policy may refuse that is not nullable (X13).
 */
export function secureSchema<C extends PolicyContext>(
  typeDefs: DocumentNode,
  resolvers: GraphQLResolverMap<C>,
  policies: PolicyTable<C>,
  options: SecureSchemaOptions<C> = {},
): GraphQLSchema {
  const operations = operationsOf(typeDefs);
  const nested = nestedFieldsOf(typeDefs);
  const known = new Set([...operations, ...nested.map((f) => f.key), ...nested.filter((f) => f.leaf).map((f) => `${f.key.split('.')[0] ?? ''}.*`)]);
  const stale = Object.keys(policies).filter((key) => !known.has(key));
  if (stale.length > 0) throw new Error(`Policies name no operation of the schema: ${stale.join(', ')}`);
  const nonNull = nonNullRefusableFields(typeDefs, policies as PolicyTable<never>);
  if (nonNull.length > 0) throw new Error(`Fields that a policy may refuse must be nullable: ${nonNull.join(', ')}`);
  const switching = Object.keys(policies).filter((key) => policies[key]?.actsAs);
  if (switching.length > 0 && !options.contextFor) throw new Error(`Policies answer as another actor without a context for it: ${switching.join(', ')}`);

  const secured: Record<string, Record<string, unknown>> = {};
  for (const [typeName, fields] of Object.entries(resolvers)) secured[typeName] = { ...(fields as object) };

  for (const operation of operations) {
    const [typeName, field] = operation.split('.') as [string, string];
    const policy = policies[operation];
    if (typeName === 'Entity') {
      const fields = (secured[field] ??= {});
      const original = fields['__resolveReference'] as ReferenceResolver<C> | undefined;
      const resolve = (reference: PolicyArgs, ctx: C, info: GraphQLResolveInfo): unknown => (original ? original(reference, ctx, info) : reference);
      const guarded: ReferenceResolver<C> = (reference, ctx, info) => {
        try {
          return thenMaybe(authorize(policy, operation, ctx, reference), () => resolve(reference, ctx, info));
        } catch (err) {
          // Apollo's `_entities` resolver lets an error thrown here end the whole list: a refused
          // reference must err at its own place in it, as a rejected promise does.
          return Promise.reject(err instanceof Error ? err : new Error(String(err)));
        }
      };
      fields['__resolveReference'] = guarded;
    } else {
      const fields = (secured[typeName] ??= {});
      const original = (fields[field] as Resolver<C> | undefined) ?? (defaultFieldResolver as Resolver<C>);
      const guarded: Resolver<C> = (parent, args, ctx, info) => {
        return thenMaybe(authorize(policy, operation, ctx, args), () => original(parent, args, ctx, info));
      };
      fields[field] = guarded;
    }
  }
  for (const field of nested) {
    const key = policyKeyOf(field, policies);
    const policy = key ? policies[key] : undefined;
    const [typeName, name] = field.key.split('.') as [string, string];
    const fields = (secured[typeName] ??= {});
    const own = fields[name] as Resolver<C> | undefined;
    if (policy?.inheritsObject) {
      // No check of its own, but answered in the context of the subtree it belongs to.
      if (own) fields[name] = ((parent, args, ctx, info) => own(parent, args, contextAt(ctx, info.path), info)) satisfies Resolver<C>;
      continue;
    }
    const original = own ?? (defaultFieldResolver as Resolver<C>);
    const answer = (parent: unknown, args: PolicyArgs, requestCtx: C, ctx: C, info: GraphQLResolveInfo): unknown => {
      const actor = policy?.actsAs?.(parent);
      if (!actor || !options.contextFor) return original(parent, args, ctx, info);
      const switched = options.contextFor(ctx, actor);
      switchedAt.set(info.path, switched);
      switchingRequests.add(requestCtx);
      return original(parent, args, switched, info);
    };
    const guarded: Resolver<C> = (parent, args, requestCtx, info) => {
      const ctx = contextAt(requestCtx, info.path);
      return thenMaybe(authorize(policy, field.key, ctx, args, parent, fieldRefusal), () => answer(parent, args, requestCtx, ctx, info));
    };
    fields[name] = guarded;
  }
  // The map is typed per context; Apollo types its input for an unknown context.
  return buildSubgraphSchema({ typeDefs, resolvers: secured as GraphQLResolverMap<unknown> });
}

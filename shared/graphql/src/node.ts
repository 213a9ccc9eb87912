import { execute, parse, type GraphQLSchema } from 'graphql';
import { In, type EntityManager, type EntityTarget } from 'typeorm';
import { isId } from '@marketgraph/db';
import type { Actor } from '@marketgraph/authz';
import type { NodeRef } from './internal-contracts';

/**
 * How a subgraph answers `node(id:)` for one of its types (X13): the table that holds its rows,
 * and the by-ID root field whose policy and resolver decide whether the caller may read one.
 */
export interface NodeType {
  entity: EntityTarget<{ id: string }>;
  /**
   * A root query field taking `id`, such as `company`: `node(id:)` is authorized exactly as it is.
   * Without one, the type's entity reference (`_entities`) decides, whose policy must then judge
   * the row as its by-ID read would (`asReference`).
   */
  field?: string;
}

/** The Node types a subgraph owns, by GraphQL type name. */
export type NodeTypes = Readonly<Record<string, NodeType>>;

/** The most IDs one `nodes(ids:)` takes, and one internal call carries. */
export const MAX_NODE_IDS = 100;

/** IDs are UUIDs (shared/db ids.ts); anything else names no object and is never looked up. */
export const isNodeId = (id: string): boolean => isId(id);

/** Which of the IDs are rows of which type: discovery only, never an answer to a caller. One statement per type. */
async function typesOf(manager: EntityManager, types: NodeTypes, ids: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  await Promise.all(
    Object.entries(types).map(async ([typename, type]) => {
      const rows = await manager.find(type.entity, { where: { id: In([...ids]) }, select: { id: true } });
      for (const row of rows) found.set(row.id, typename);
    }),
  );
  return found;
}

/**
 * The IDs the caller may read, with their types. Each ID is asked of its type's by-ID root field
 * through the secured schema, in one execution: the same policy, tenant scope and visibility
 * rules as that field (X1, X3), so `node(id:)` shows exactly what the field would. An ID the field
 * refuses or answers null for is left out, whatever the reason.
 */
export async function visibleNodes<C>(schema: GraphQLSchema, manager: EntityManager, types: NodeTypes, ctx: C, ids: readonly string[]): Promise<NodeRef[]> {
  const wanted = [...new Set(ids.filter(isNodeId))].slice(0, MAX_NODE_IDS);
  if (wanted.length === 0) return [];
  const typed = [...(await typesOf(manager, types, wanted))];
  if (typed.length === 0) return [];
  const byField = typed.filter(([, typename]) => types[typename]?.field);
  const byReference = typed.filter(([, typename]) => !types[typename]?.field);
  const variables = [...byField.map((_, i) => `$i${i}: ID!`), ...(byReference.length > 0 ? ['$references: [_Any!]!'] : [])].join(', ');
  const fields = [
    ...byField.map(([, typename], i) => `n${i}: ${(types[typename] as NodeType).field}(id: $i${i}) { __typename }`),
    ...(byReference.length > 0 ? ['references: _entities(representations: $references) { __typename }'] : []),
  ].join('\n');
  const result = await execute({
    schema,
    document: parse(`query NodeVisibility(${variables}) {\n${fields}\n}`),
    contextValue: ctx,
    variableValues: {
      ...Object.fromEntries(byField.map(([id], i) => [`i${i}`, id])),
      references: byReference.map(([id, typename]) => ({ __typename: typename, id })),
    },
  });
  const data = (result.data ?? {}) as Record<string, { __typename?: unknown } | null | undefined> & { references?: ({ __typename?: unknown } | null)[] };
  const answered = [
    ...byField.map(([id, typename], i): [string, string, unknown] => [id, typename, data[`n${i}`]?.__typename]),
    ...byReference.map(([id, typename], i): [string, string, unknown] => [id, typename, data.references?.[i]?.__typename]),
  ];
  return answered.filter(([, typename, found]) => found === typename).map(([id, typename]) => ({ id, typename }));
}

/** The body of a subgraph's `nodes` internal route: the caller as the gateway signed it for identity, and the IDs. */
export interface NodesRequest {
  actor: Actor;
  requestId: string;
  clientAddress: string | null;
  ids: string[];
}

/** Reads a `nodes` request; anything malformed is the calling service's bug, not a lookup. */
export function nodesRequestOf(body: unknown): NodesRequest {
  const value = body as Partial<NodesRequest> | null;
  const ids = value?.ids;
  const actor = value?.actor;
  const valid =
    Array.isArray(ids) &&
    ids.length <= MAX_NODE_IDS &&
    ids.every((id) => typeof id === 'string' && id.length <= 64) &&
    typeof actor === 'object' &&
    actor !== null &&
    typeof actor.kind === 'string' &&
    typeof value?.requestId === 'string';
  if (!valid) throw new Error(`internal nodes call without actor, requestId and ids (at most ${MAX_NODE_IDS})`);
  return { actor: actor as Actor, requestId: value.requestId as string, clientAddress: typeof value.clientAddress === 'string' ? value.clientAddress : null, ids: ids as string[] };
}

/**
 * The ID of an object that has no row of its own (a summary or a report): its type and the IDs
 * it is derived from, such as `PartnerSummary:<company ID>`. Stable, and never equal to a row's
 * ID, so that a client cache that keys objects by ID alone keeps them apart.
 */
export function derivedId(typename: string, ...ids: string[]): string {
  return [typename, ...ids].join(':');
}

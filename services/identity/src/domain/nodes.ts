import DataLoader from 'dataloader';
import type { GraphQLSchema } from 'graphql';
import type { ServiceName } from '@marketgraph/db';
import {
  MAX_NODE_IDS,
  appError,
  badInput,
  callInternal,
  isNodeId,
  notFound,
  visibleNodes,
  type NodeRef,
  type NodeTypes,
  type NodesRequest,
} from '@marketgraph/graphql';
import { ApiKey, Company, Invitation, Marketplace, Membership, User } from '../entities';
import type { IdentityContext } from '../context';

/**
 * Identity's own Node types, each read by `node(id:)` exactly as by its by-ID root field, or else
 * as its entity reference reads it (X13).
 */
export const IDENTITY_NODE_TYPES: NodeTypes = {
  Marketplace: { entity: Marketplace, field: 'marketplace' },
  Company: { entity: Company, field: 'company' },
  User: { entity: User, field: 'user' },
  Membership: { entity: Membership },
  Invitation: { entity: Invitation },
  ApiKey: { entity: ApiKey },
};

/** What `node(id:)` hands on: identity's own row, or the type and ID of another subgraph's object, which the gateway fetches from its owner. */
export type NodeModel = (Marketplace | Company | User | Membership | Invitation | ApiKey | { id: string }) & { __typename: string };

/** Every refusal of `node(id:)` is this one error: unknown, malformed and foreign IDs look alike (X3). */
const nodeNotFound = () => notFound('Node');

/** The subgraphs that own Node types besides identity, asked through their `nodes` routes. */
const REMOTE: readonly Exclude<ServiceName, 'identity'>[] = ['catalog', 'tenancy'];

async function askRemote(ctx: IdentityContext, service: Exclude<ServiceName, 'identity'>, ids: string[]): Promise<NodeRef[]> {
  const { config } = ctx;
  if (!config.serviceKey) throw new Error('SERVICE_PRIVATE_KEY is not configured');
  const body: NodesRequest = { actor: ctx.actor, requestId: ctx.requestId, clientAddress: ctx.clientAddress, ids };
  return callInternal<NodeRef[]>(
    {
      url: service === 'catalog' ? config.catalogUrl : config.tenancyUrl,
      service,
      credential: { caller: 'identity', key: config.serviceKey },
      timeoutMs: config.nodeLookupTimeoutMs ?? 5000,
    },
    'nodes',
    body,
  );
}

/**
 * The request's node lookups, batched: one in-process read of identity's own types and one call
 * to each other subgraph per batch, whatever the number of IDs (X8). A subgraph that cannot be
 * reached fails the IDs nobody else knows, with an error that says so, instead of a NOT_FOUND
 * that would be untrue.
 */
function nodeLoader(ctx: IdentityContext, schema: GraphQLSchema): DataLoader<string, NodeRef | null> {
  return new DataLoader<string, NodeRef | null>(
    async (keys) => {
      const ids = [...new Set(keys.filter(isNodeId))];
      if (ids.length === 0) return keys.map(() => null);
      const [own, ...remote] = await Promise.allSettled([
        visibleNodes(schema, ctx.db.manager, IDENTITY_NODE_TYPES, ctx, ids),
        ...REMOTE.map((service) => askRemote(ctx, service, ids)),
      ]);
      if (own.status === 'rejected') throw own.reason;
      const found = new Map<string, NodeRef>();
      for (const answer of [own, ...remote]) if (answer.status === 'fulfilled') for (const ref of answer.value) found.set(ref.id, ref);
      const unreachable = remote.some((answer) => answer.status === 'rejected');
      return keys.map((id) => {
        const ref = found.get(id);
        if (ref) return ref;
        return unreachable && isNodeId(id) ? appError('SERVICE_UNAVAILABLE', 'A subgraph is not reachable right now; try again shortly') : null;
      });
    },
    { maxBatchSize: MAX_NODE_IDS },
  );
}

const loaders = new WeakMap<IdentityContext, DataLoader<string, NodeRef | null>>();

/** The object with this ID as the caller may read it, or NOT_FOUND (X13). */
export async function nodeOf(ctx: IdentityContext, schema: GraphQLSchema, id: string): Promise<NodeModel> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = nodeLoader(ctx, schema);
    loaders.set(ctx, loader);
  }
  const ref = await loader.load(id);
  if (!ref) throw nodeNotFound();
  // Identity's own rows are read here (the caller may read them: the lookup said so); another
  // subgraph's object goes on as its type and ID, and the gateway asks its owner for the rest.
  const ownType = IDENTITY_NODE_TYPES[ref.typename];
  const own = ownType ? await ctx.db.manager.findOne(ownType.entity, { where: { id: ref.id } }) : { id: ref.id };
  if (!own) throw nodeNotFound();
  return { ...own, __typename: ref.typename };
}

/** `nodes(ids:)`: each ID as `node(id:)` answers it, in the order asked; at most 100. */
export function nodesOf(ctx: IdentityContext, schema: GraphQLSchema, ids: readonly string[]): Promise<NodeModel>[] {
  if (ids.length > MAX_NODE_IDS) throw badInput('ids', `At most ${MAX_NODE_IDS} IDs`);
  return ids.map((id) => nodeOf(ctx, schema, id));
}

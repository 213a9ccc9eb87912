import { randomUUID } from 'node:crypto';
import { Kind, parse, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import type { Actor } from '@marketgraph/authz';

export type ActorCacheOutcome = 'hit' | 'miss' | 'bypass';

export interface ActorCacheOptions {
  /** The Redis every gateway replica shares; without one nothing is cached. */
  redis: Redis | null;
  /** Key of the shared generation, beside the rate limits' keys. */
  key: string;
  /** How long an entry is used at most, whatever the generation says; 0 turns the cache off. */
  maxAgeMs: number;
  /** Entries kept in this process at most. */
  maxEntries?: number;
  /** Called when the generation could not be renewed after a mutation. */
  onBumpFailure?: (err: unknown) => void;
}

interface Entry {
  generation: string;
  actor: Actor;
}

/**
 * Actors as identity last described them, reused while nothing can have changed since (I10).
 *
 * Every replica shares one generation in Redis, a random value. A gateway replaces it after
 * each mutation it passes, once the subgraphs have answered and before the client is told, so
 * the next request through any replica finds its entries out of date and asks identity again:
 * a revoked session, membership or key is refused at once. An entry is stored under the
 * generation read before identity was asked, so a change that lands during that call is not
 * hidden. While Redis does not answer, or holds no generation (a new or emptied Redis), every
 * request asks identity, as without the cache. The generation is random rather than counted so
 * that an emptied Redis can never bring back an old value.
 */
export class ActorCache {
  private readonly entries: LRUCache<string, Entry> | null;

  constructor(private readonly options: ActorCacheOptions) {
    this.entries =
      options.redis && options.maxAgeMs > 0 ? new LRUCache<string, Entry>({ max: options.maxEntries ?? 10_000, ttl: options.maxAgeMs, ttlAutopurge: false }) : null;
  }

  get enabled(): boolean {
    return this.entries !== null;
  }

  /** The current generation, creating one when there is none; null when entries must not be used. */
  async generation(): Promise<string | null> {
    const redis = this.options.redis;
    if (!redis || !this.entries) return null;
    try {
      const current = await redis.get(this.options.key);
      if (current) return current;
      // Nothing cached can be from this generation: a newly made value (or a racing replica's) is safe.
      await redis.set(this.options.key, randomUUID(), 'NX');
      return null;
    } catch {
      return null;
    }
  }

  /**
   * The actor under `key` (a session, or a key's digest: never a secret itself): from this
   * process while its generation is current, else from `load` (identity), stored under the
   * generation read before loading. Null answers (refused credentials) are never stored.
   */
  async resolve(key: string, load: () => Promise<Actor | null>, report?: (outcome: ActorCacheOutcome) => void): Promise<Actor | null> {
    const generation = await this.generation();
    if (generation === null || !this.entries) {
      report?.('bypass');
      return load();
    }
    const entry = this.entries.get(key);
    if (entry && entry.generation === generation) {
      report?.('hit');
      return entry.actor;
    }
    report?.('miss');
    const actor = await load();
    if (actor) this.entries.set(key, { generation, actor });
    else this.entries.delete(key);
    return actor;
  }

  /**
   * A mutation has been answered: every replica's entries are out of date. This process drops
   * its own whatever Redis says; when Redis cannot be told, the other replicas still stop using
   * theirs once an entry's maximum age has passed.
   */
  async bump(): Promise<void> {
    if (!this.entries || !this.options.redis) return;
    this.entries.clear();
    try {
      await this.options.redis.set(this.options.key, randomUUID());
    } catch (err) {
      this.options.onBumpFailure?.(err);
    }
  }
}

/** Identity's mutations that only add a session nobody holds yet: no actor already described changes. */
const NARROWS_NOTHING: ReadonlySet<string> = new Set(['login']);

/**
 * The mutation fields after which actors may have changed: identity's, which write the users,
 * sessions, memberships, roles, companies and keys an actor is made of. Catalog's and tenancy's
 * mutations cannot change an actor, and neither can a login.
 */
export function actorChangingMutations(supergraphSdl: string): ReadonlySet<string> {
  const fields = new Set<string>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || definition.name.value !== 'Mutation') continue;
    for (const field of definition.fields ?? []) {
      const graphs = (field.directives ?? [])
        .filter((d) => d.name.value === 'join__field')
        .flatMap((d) => d.arguments ?? [])
        .filter((a) => a.name.value === 'graph' && a.value.kind === Kind.ENUM)
        .map((a) => (a.value.kind === Kind.ENUM ? a.value.value : ''));
      if (graphs.includes('IDENTITY') && !NARROWS_NOTHING.has(field.name.value)) fields.add(field.name.value);
    }
  }
  return fields;
}

/**
 * Whether `operation` (of `document`) is a mutation that selects one of `changing` at its root,
 * fragments at the root included: after its answer, the actors every replica holds are out of date.
 */
export function changesActors(document: DocumentNode, operation: OperationDefinitionNode, changing: ReadonlySet<string>): boolean {
  if (operation.operation !== 'mutation') return false;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const seen = new Set<string>();
  const walk = (selections: OperationDefinitionNode['selectionSet']['selections']): boolean =>
    selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return changing.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return walk(selection.selectionSet.selections);
      const name = selection.name.value;
      if (seen.has(name)) return false;
      seen.add(name);
      const fragment = fragments.get(name);
      return fragment ? walk(fragment.selectionSet.selections) : false;
    });
  return walk(operation.selectionSet.selections);
}

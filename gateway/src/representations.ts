import type { GraphQLFormattedError } from 'graphql';

/** Where each representation the query plan built went in the list sent: `positions[i]` is its index there. */
export interface Deduplicated {
  unique: unknown[];
  positions: number[];
}

/**
 * The query plan asks a subgraph for one entity per place it occurs (a page of 100 products of 5
 * companies asks for 100 companies). Each distinct representation is sent once; null when all are
 * distinct already, so nothing changes.
 */
export function deduplicateRepresentations(representations: readonly unknown[]): Deduplicated | null {
  const seen = new Map<string, number>();
  const unique: unknown[] = [];
  const positions = representations.map((representation) => {
    const key = JSON.stringify(representation);
    let at = seen.get(key);
    if (at === undefined) {
      at = unique.length;
      seen.set(key, at);
      unique.push(representation);
    }
    return at;
  });
  return unique.length < representations.length ? { unique, positions } : null;
}

interface EntitiesResponse {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
}

/**
 * The subgraph's answer for the representations the plan built: each entity at every place it was
 * asked for (each place its own copy, as the plan merges into them one by one), and each error at
 * `_entities.<n>` repeated at every place of entity n.
 */
export function expandEntities<R extends EntitiesResponse>(response: R, { positions }: Deduplicated): R {
  const entities = response.data?.['_entities'];
  let data = response.data;
  if (Array.isArray(entities) && data) {
    // A second place of the same entity gets its own copy: the plan merges later answers into each place.
    const placed = new Set<number>();
    data = {
      ...data,
      _entities: positions.map((at) => {
        const entity: unknown = entities[at];
        if (entity === null || typeof entity !== 'object') return entity;
        if (placed.has(at)) return structuredClone(entity);
        placed.add(at);
        return entity;
      }),
    };
  }
  const errors = response.errors?.flatMap((error) => {
    const [head, at, ...rest] = error.path ?? [];
    if (head !== '_entities' || typeof at !== 'number') return [error];
    const places = positions.flatMap((unique, place) => (unique === at ? [place] : []));
    return places.length === 0 ? [error] : places.map((place) => ({ ...error, path: ['_entities', place, ...rest] }));
  });
  return { ...response, data, ...(errors ? { errors } : {}) };
}

import type { NodeTypes } from '@marketgraph/graphql';
import { ActivityEvent, App, EndCustomer, Installation, Keyset } from '../entities';

/** Tenancy's Node types, each read by `node(id:)` exactly as by its by-ID root field, or
 * else as its entity reference reads it (X13). */
export const TENANCY_NODE_TYPES: NodeTypes = {
  EndCustomer: { entity: EndCustomer, field: 'endCustomer' },
  App: { entity: App, field: 'app' },
  Keyset: { entity: Keyset, field: 'keyset' },
  // No by-ID root field: their entity references judge the row as their fields do.
  Installation: { entity: Installation },
  ActivityEvent: { entity: ActivityEvent },
};

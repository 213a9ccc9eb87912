import type { NodeTypes } from '@marketgraph/graphql';
import { App, EndCustomer, Keyset } from '../entities';

/** Tenancy's Node types, each read by `node(id:)` exactly as by its by-ID root field (X13). */
export const TENANCY_NODE_TYPES: NodeTypes = {
  EndCustomer: { entity: EndCustomer, field: 'endCustomer' },
  App: { entity: App, field: 'app' },
  Keyset: { entity: Keyset, field: 'keyset' },
};

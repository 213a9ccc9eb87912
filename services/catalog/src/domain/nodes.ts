import type { NodeTypes } from '@marketgraph/graphql';
import { Edition, Lead, Product, ProductAssignment, ProductVersion, PurchaseRequest, Subscription } from '../entities';

/** Catalog's Node types, each read by `node(id:)` exactly as by its by-ID root field, or
 * else as its entity reference reads it (X13). */
export const CATALOG_NODE_TYPES: NodeTypes = {
  Product: { entity: Product, field: 'product' },
  ProductVersion: { entity: ProductVersion, field: 'productVersion' },
  ProductSubscription: { entity: Subscription, field: 'subscription' },
  Lead: { entity: Lead, field: 'lead' },
  // No by-ID root field: their entity references judge the row as their fields do.
  Edition: { entity: Edition },
  PurchaseRequest: { entity: PurchaseRequest },
  ProductAssignment: { entity: ProductAssignment },
};

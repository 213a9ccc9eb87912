import type { NodeTypes } from '@marketgraph/graphql';
import { Lead, Product, ProductVersion, Subscription } from '../entities';

/** Catalog's Node types, each read by `node(id:)` exactly as by its by-ID root field (X13). */
export const CATALOG_NODE_TYPES: NodeTypes = {
  Product: { entity: Product, field: 'product' },
  ProductVersion: { entity: ProductVersion, field: 'productVersion' },
  ProductSubscription: { entity: Subscription, field: 'subscription' },
  Lead: { entity: Lead, field: 'lead' },
};

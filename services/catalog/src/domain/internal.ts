import type { EntityManager } from 'typeorm';
import type { InternalRoute, ProductFacts, ProductVersionFacts } from '@marketgraph/graphql';
import { Product, ProductVersion } from '../entities';

function idField(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | null)?.[name];
  if (typeof value !== 'string' || value.length > 36) throw new Error(`internal call without ${name}`);
  return value;
}

export async function productFacts(manager: EntityManager, productId: string): Promise<ProductFacts | null> {
  const product = await manager.findOne(Product, { where: { id: productId } });
  if (!product) return null;
  return { id: product.id, vendorCompanyId: product.vendorCompanyId, marketplaceId: product.marketplaceId, state: product.state };
}

export async function productVersionFacts(manager: EntityManager, versionId: string): Promise<ProductVersionFacts | null> {
  const version = await manager.findOne(ProductVersion, { where: { id: versionId } });
  if (!version) return null;
  const product = await manager.findOne(Product, { where: { id: version.productId } });
  if (!product) return null;
  return {
    id: version.id,
    productId: version.productId,
    vendorCompanyId: product.vendorCompanyId,
    marketplaceId: version.marketplaceId,
    version: version.version,
    state: version.state,
    configSchema: JSON.parse(version.configSchema) as unknown,
  };
}

/** Routes only services may call (tenancy links apps and installs versions through them). */
export function catalogInternalRoutes(manager: () => EntityManager): Record<string, InternalRoute> {
  return {
    product: (body) => productFacts(manager(), idField(body, 'productId')),
    'product-version': (body) => productVersionFacts(manager(), idField(body, 'versionId')),
  };
}

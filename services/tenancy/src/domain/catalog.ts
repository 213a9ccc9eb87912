import type { SigningKey } from '@marketgraph/authz';
import { appError, callInternal, type InternalTarget, type ProductFacts, type ProductVersionFacts } from '@marketgraph/graphql';
import type { TenancyConfig } from '../config';

function serviceKey(config: TenancyConfig): SigningKey {
  if (!config.serviceKey) throw new Error('SERVICE_PRIVATE_KEY is not configured');
  return config.serviceKey;
}

function target(config: TenancyConfig): InternalTarget {
  return { url: config.catalogUrl, service: 'catalog', credential: { caller: 'tenancy', key: serviceKey(config) }, timeoutMs: config.catalogTimeoutMs ?? 5000 };
}

async function ask<T>(config: TenancyConfig, route: string, body: unknown): Promise<T | null> {
  try {
    return await callInternal<T | null>(target(config), route, body);
  } catch {
    // X9: a catalog that is down or slow fails this operation with a clear error, nothing else.
    throw appError('INTERNAL_SERVER_ERROR', 'The catalog is not reachable right now');
  }
}

export function productFacts(config: TenancyConfig, productId: string): Promise<ProductFacts | null> {
  return ask<ProductFacts>(config, 'product', { productId });
}

export function productVersionFacts(config: TenancyConfig, versionId: string): Promise<ProductVersionFacts | null> {
  return ask<ProductVersionFacts>(config, 'product-version', { versionId });
}

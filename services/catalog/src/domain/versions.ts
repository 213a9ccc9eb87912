import { newId } from '@marketgraph/db';
import { fail, failIfAny, jsonSchemaProblems, notFound, userError, type UserError } from '@marketgraph/graphql';
import { Product, ProductVersion, type VersionState } from '../entities';
import type { CatalogContext } from '../context';
import { audit, maySeeUnpublished } from './access';
import { visibleProduct } from './products';

/** Semantic Versioning 2.0.0, as the specification's own expression. */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export function isSemver(value: string): boolean {
  return value.length <= 64 && SEMVER.test(value);
}

/**
 * Checks that a configuration schema is a JSON Schema (draft-07) whose root describes an object:
 * the configuration a tenant supplies (C5), within the limits and on the regular expression
 * engine that every tenant-written schema shares (X11).
 */
export function configSchemaProblems(schema: unknown, field = 'configSchema'): UserError[] {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    return [userError('INVALID', field, 'The configuration schema must be a JSON object', 'C5')];
  }
  if ((schema as Record<string, unknown>)['type'] !== 'object') {
    return [userError('INVALID', field, 'The configuration schema must describe an object ("type": "object")', 'C5')];
  }
  return jsonSchemaProblems(schema, field);
}

export interface CreateVersionInput {
  productId: string;
  version: string;
  changelog: string;
  configSchema: unknown;
}

/** A DRAFT version of a product: semver unique per product, changelog, configuration schema (C5). */
export async function createVersion(ctx: CatalogContext, input: CreateVersionInput): Promise<ProductVersion> {
  const version = input.version.trim();
  const problems: UserError[] = [];
  if (!isSemver(version)) problems.push(userError('INVALID', 'version', `"${input.version}" is not a semantic version such as 1.2.0`, 'C5'));
  if (input.changelog.length > 20_000) problems.push(userError('INVALID', 'changelog', 'changelog must be at most 20000 characters', 'C5'));
  problems.push(...configSchemaProblems(input.configSchema));
  failIfAny(problems);
  return ctx.db.transaction(async (manager) => {
    const product = await ctx.scope.select(manager, Product, 'p').andWhere('p.id = :id', { id: input.productId }).getOne();
    if (!product) throw notFound('Product');
    if (product.state === 'ARCHIVED') fail('ILLEGAL_TRANSITION', 'productId', 'Product is ARCHIVED; it takes no new versions', 'C5');
    const row: ProductVersion = {
      id: newId(),
      marketplaceId: product.marketplaceId,
      productId: product.id,
      version,
      changelog: input.changelog,
      configSchema: JSON.stringify(input.configSchema),
      state: 'DRAFT',
      createdAt: new Date(),
      releasedAt: null,
    };
    await manager.insert(ProductVersion, row);
    await audit(ctx, manager, 'version.created', { type: 'ProductVersion', id: row.id, marketplaceId: row.marketplaceId, companyId: product.vendorCompanyId }, { version });
    return row;
  });
}

/** DRAFT -> RELEASED -> DEPRECATED, by conditional update (C5). */
export async function moveVersion(ctx: CatalogContext, versionId: string, from: VersionState, to: VersionState): Promise<ProductVersion> {
  return ctx.db.transaction(async (manager) => {
    const version = await ctx.scope.select(manager, ProductVersion, 'v').andWhere('v.id = :versionId', { versionId }).getOne();
    if (!version) throw notFound('Version');
    // A draft written under earlier rules is checked again before tenants can install it.
    if (to === 'RELEASED') failIfAny(configSchemaProblems(JSON.parse(version.configSchema) as unknown));
    const result = await manager
      .createQueryBuilder()
      .update(ProductVersion)
      .set(to === 'RELEASED' ? { state: to, releasedAt: new Date() } : { state: to })
      .where('id = :id AND state = :from', { id: version.id, from })
      .execute();
    if (!result.affected) {
      const current = await manager.findOneOrFail(ProductVersion, { where: { id: version.id } });
      fail('ILLEGAL_TRANSITION', 'versionId', `Version is ${current.state}; only a ${from} version can become ${to}`, 'C5');
    }
    const product = await manager.findOneOrFail(Product, { where: { id: version.productId } });
    await audit(ctx, manager, `version.${to.toLowerCase()}`, { type: 'ProductVersion', id: version.id, marketplaceId: version.marketplaceId, companyId: product.vendorCompanyId });
    return manager.findOneOrFail(ProductVersion, { where: { id: version.id } });
  });
}

/** Released and deprecated versions of a visible product; drafts only to the vendor and reviewers (C4, C5). */
export async function visibleVersion(ctx: CatalogContext, id: string): Promise<ProductVersion | null> {
  const version = await ctx.loaders.version.load(id);
  if (!version) return null;
  const product = await visibleProduct(ctx, version.productId);
  if (!product) return null;
  return version.state !== 'DRAFT' || maySeeUnpublished(ctx, product) ? version : null;
}

import { newId } from '@marketgraph/db';
import { fail, failIfAny, notFound, userError, type UserError } from '@marketgraph/graphql';
import { Edition, Product, type BillingPeriod } from '../entities';
import type { CatalogContext } from '../context';
import { audit } from './access';

/** The largest price: it keeps every amount and monthly sum inside a 32-bit GraphQL Int. */
export const MAX_PRICE_MINOR = 100_000_000;

const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** ISO 4217 codes, as the runtime's ICU data knows them. */
export function isCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && CURRENCIES.has(code);
}

export interface CreateEditionInput {
  productId: string;
  name: string;
  priceMinor: number;
  currency: string;
  billingPeriod: BillingPeriod;
  allowsMultipleSubscriptions?: boolean | null;
}

/** An edition: a price in integer minor units of an ISO currency and a billing period (C6). */
export async function createEdition(ctx: CatalogContext, input: CreateEditionInput): Promise<Edition> {
  const name = input.name.trim();
  const currency = input.currency.trim().toUpperCase();
  const problems: UserError[] = [];
  if (name.length === 0 || name.length > 100) problems.push(userError('INVALID', 'name', 'name must be 1 to 100 characters'));
  if (!Number.isSafeInteger(input.priceMinor) || input.priceMinor < 0 || input.priceMinor > MAX_PRICE_MINOR) {
    problems.push(userError('INVALID', 'priceMinor', `priceMinor must be a whole number of minor units from 0 to ${MAX_PRICE_MINOR}`, 'C6'));
  }
  if (!isCurrency(currency)) problems.push(userError('INVALID', 'currency', `"${input.currency}" is not an ISO 4217 currency code`, 'C6'));
  failIfAny(problems);
  return ctx.db.transaction(async (manager) => {
    const product = await ctx.scope.select(manager, Product, 'p').andWhere('p.id = :id', { id: input.productId }).getOne();
    if (!product) throw notFound('Product');
    if (product.state === 'ARCHIVED') fail('ILLEGAL_TRANSITION', 'productId', 'Product is ARCHIVED; it takes no new editions', 'C6');
    const edition: Edition = {
      id: newId(),
      marketplaceId: product.marketplaceId,
      productId: product.id,
      name,
      priceMinor: input.priceMinor,
      currency,
      billingPeriod: input.billingPeriod,
      allowsMultipleSubscriptions: input.allowsMultipleSubscriptions ?? false,
      createdAt: new Date(),
    };
    await manager.insert(Edition, edition);
    await audit(ctx, manager, 'edition.created', { type: 'Edition', id: edition.id, marketplaceId: edition.marketplaceId, companyId: product.vendorCompanyId }, {
      priceMinor: edition.priceMinor,
      currency,
    });
    return edition;
  });
}

import { newId } from '@marketgraph/db';
import { fail, failIfAny, notFound, userError, type UserError } from '@marketgraph/graphql';
import { EndCustomer } from '../entities';
import type { TenancyContext } from '../context';
import { audit, keyOf, mayRead, requirePartner } from './access';

const EXTERNAL_ID = /^[A-Za-z0-9_-]{1,255}$/;

function customerName(name: string, problems: UserError[]): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 200) problems.push(userError('INVALID', 'name', 'name must be 1 to 200 characters'));
  return trimmed;
}

/** A customer the caller may see, or NOT_FOUND: another tenant's customer looks absent (X3). */
export async function visibleEndCustomer(ctx: TenancyContext, id: string): Promise<EndCustomer> {
  const row = await ctx.loaders.endCustomer.load(id);
  if (!row) throw notFound('End customer');
  if (ctx.actor.kind === 'endCustomer' ? row.id !== ctx.actor.endCustomerId : !mayRead(ctx, row)) throw notFound('End customer');
  return row;
}

export async function endCustomerByExternalId(ctx: TenancyContext, partnerCompanyId: string, externalId: string): Promise<EndCustomer> {
  const row = await ctx.scope
    .select(ctx.db.manager, EndCustomer, 'ec')
    .andWhere('ec.partnerCompanyId = :partnerCompanyId AND ec.externalIdKey = :key', { partnerCompanyId, key: keyOf(externalId) })
    .getOne();
  if (!row || !mayRead(ctx, row)) throw notFound('End customer');
  return row;
}

/** Looks a customer up by either of its IDs (T2). */
export function findEndCustomer(
  ctx: TenancyContext,
  by: { id?: string | null; partnerCompanyId?: string | null; externalId?: string | null },
  field = 'id',
): Promise<EndCustomer> {
  if (by.id) return visibleEndCustomer(ctx, by.id);
  if (by.partnerCompanyId && by.externalId) return endCustomerByExternalId(ctx, by.partnerCompanyId, by.externalId);
  return fail('INVALID', field, 'Give the customer ID, or partnerCompanyId with externalId', 'T2');
}

/** A partner's new end customer: name and external ID unique per partner in any letter case (T2). */
export async function createEndCustomer(
  ctx: TenancyContext,
  input: { partnerCompanyId: string; name: string; externalId: string },
): Promise<EndCustomer> {
  const problems: UserError[] = [];
  const name = customerName(input.name, problems);
  if (!EXTERNAL_ID.test(input.externalId)) {
    problems.push(userError('INVALID', 'externalId', 'externalId must be 1 to 255 letters, digits, _ or -', 'T2'));
  }
  failIfAny(problems);
  const partner = requirePartner(ctx, input.partnerCompanyId);
  const customer: EndCustomer = {
    id: newId(),
    marketplaceId: partner.marketplaceId,
    partnerCompanyId: partner.companyId,
    name,
    nameKey: keyOf(name),
    externalId: input.externalId,
    externalIdKey: keyOf(input.externalId),
    createdAt: new Date(),
  };
  await ctx.db.transaction(async (manager) => {
    await manager.insert(EndCustomer, customer);
    await audit(ctx, manager, {
      action: 'end_customer.created',
      targetType: 'EndCustomer',
      targetId: customer.id,
      marketplaceId: customer.marketplaceId,
      companyId: customer.partnerCompanyId,
      details: { name, externalId: customer.externalId },
    });
  });
  return customer;
}

/** Renames a customer. The external ID is fixed once saved: naming a different one is refused (T2). */
export async function updateEndCustomer(
  ctx: TenancyContext,
  input: { endCustomerId: string; name: string; externalId?: string | null },
): Promise<EndCustomer> {
  const problems: UserError[] = [];
  const name = customerName(input.name, problems);
  failIfAny(problems);
  const customer = await visibleEndCustomer(ctx, input.endCustomerId);
  requirePartner(ctx, customer.partnerCompanyId);
  if (input.externalId != null && input.externalId !== customer.externalId) {
    fail('RULE_VIOLATION', 'externalId', `The external ID "${customer.externalId}" is fixed once saved and cannot change`, 'T2');
  }
  const updated: EndCustomer = { ...customer, name, nameKey: keyOf(name) };
  await ctx.db.transaction(async (manager) => {
    await manager.update(EndCustomer, { id: customer.id }, { name, nameKey: updated.nameKey });
    await audit(ctx, manager, {
      action: 'end_customer.renamed',
      targetType: 'EndCustomer',
      targetId: customer.id,
      marketplaceId: customer.marketplaceId,
      companyId: customer.partnerCompanyId,
      details: { from: customer.name, to: name },
    });
  });
  return updated;
}

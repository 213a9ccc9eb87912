import type { SelectQueryBuilder } from 'typeorm';
import { companyOwnerFromActor, ownerDecision, type OwnerRule } from '@marketgraph/authz';
import { isUniqueViolation, newId, recordAudit } from '@marketgraph/db';
import { fail, failIfAny, notFound, userError, type UserError } from '@marketgraph/graphql';
import { EndCustomer } from '../entities';
import type { TenancyContext } from '../context';

/** Partners' own admins and developers manage; MARKETPLACE_MANAGER and CUSTOMER_SUPPORT look in to troubleshoot (T1). */
export const PARTNER_READ: OwnerRule = { member: ['COMPANY_ADMIN', 'DEVELOPER'], staff: ['MARKETPLACE_MANAGER', 'CUSTOMER_SUPPORT'] };
export const PARTNER_WRITE: OwnerRule = { member: ['COMPANY_ADMIN', 'DEVELOPER'] };

const EXTERNAL_ID = /^[A-Za-z0-9_-]{1,255}$/;

export function mayRead(ctx: TenancyContext, row: { partnerCompanyId: string; marketplaceId: string }): boolean {
  return ownerDecision(ctx.actor, { companyId: row.partnerCompanyId, marketplaceId: row.marketplaceId }, PARTNER_READ) === 'ALLOW';
}

export async function visibleEndCustomer(ctx: TenancyContext, id: string): Promise<EndCustomer | null> {
  const row = await ctx.loaders.endCustomer.load(id);
  return row && mayRead(ctx, row) ? row : null;
}

export async function endCustomerByExternalId(ctx: TenancyContext, partnerCompanyId: string, externalId: string): Promise<EndCustomer | null> {
  const row = await ctx.scope
    .select(ctx.db.manager, EndCustomer, 'ec')
    .andWhere('ec.partnerCompanyId = :partnerCompanyId AND ec.externalIdKey = :key', { partnerCompanyId, key: externalId.toLowerCase() })
    .getOne();
  return row && mayRead(ctx, row) ? row : null;
}

export function partnerCustomers(ctx: TenancyContext, partnerCompanyId: string): SelectQueryBuilder<EndCustomer> | null {
  const owner = companyOwnerFromActor(ctx.actor, partnerCompanyId);
  if (!owner || ownerDecision(ctx.actor, owner, PARTNER_READ) !== 'ALLOW') return null;
  return ctx.scope.select(ctx.db.manager, EndCustomer, 'ec').andWhere('ec.partnerCompanyId = :partnerCompanyId', { partnerCompanyId });
}

/** A partner's new end customer: name and external ID unique per partner in any letter case (T2). */
export async function createEndCustomer(
  ctx: TenancyContext,
  input: { partnerCompanyId: string; name: string; externalId: string },
): Promise<EndCustomer> {
  const name = input.name.trim();
  const problems: UserError[] = [];
  if (name.length === 0 || name.length > 200) problems.push(userError('INVALID', 'name', 'name must be 1 to 200 characters'));
  if (!EXTERNAL_ID.test(input.externalId)) {
    problems.push(userError('INVALID', 'externalId', 'externalId must be 1 to 255 letters, digits, _ or -', 'T2'));
  }
  failIfAny(problems);
  const owner = companyOwnerFromActor(ctx.actor, input.partnerCompanyId);
  if (!owner) throw notFound('Company');
  const customer: EndCustomer = {
    id: newId(),
    marketplaceId: owner.marketplaceId,
    partnerCompanyId: input.partnerCompanyId,
    name,
    nameKey: name.toLowerCase(),
    externalId: input.externalId,
    externalIdKey: input.externalId.toLowerCase(),
    createdAt: new Date(),
  };
  await ctx.db.transaction(async (manager) => {
    await manager.insert(EndCustomer, customer).catch((err: unknown) => {
      if (!isUniqueViolation(err)) throw err;
      const message = String((err as { message?: string }).message ?? '');
      if (message.includes('external')) fail('CONFLICT', 'externalId', `External ID "${input.externalId}" is already used by another customer`, 'T2');
      fail('CONFLICT', 'name', `A customer named "${name}" already exists`, 'T2');
    });
    await recordAudit(manager, ctx.audit, {
      action: 'end_customer.created',
      targetType: 'EndCustomer',
      targetId: customer.id,
      marketplaceId: customer.marketplaceId,
      companyId: customer.partnerCompanyId,
    });
  });
  return customer;
}

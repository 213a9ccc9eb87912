import { Brackets, In, type SelectQueryBuilder } from 'typeorm';
import { grantIn, isPlatformOperator } from '@marketgraph/authz';
import { newId } from '@marketgraph/db';
import { companyOwner, fail, failIfAny, notFound, userError, whereContains, type UserError } from '@marketgraph/graphql';
import { Lead, Product, type LeadState } from '../entities';
import type { CatalogContext } from '../context';
import { ANY_STAFF, audit, memberCompanyIds, staffMarketplaceIds } from './access';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LEAD_ROLES = ['REFERRAL', 'RESELLER', 'COMPANY_ADMIN'] as const;

const leadTarget = (lead: Lead) => ({ type: 'Lead', id: lead.id, marketplaceId: lead.marketplaceId, companyId: lead.assignedCompanyId ?? lead.sourceCompanyId });

/**
 * Leads the caller may see (C9): those its referral or reseller company brought or works, and
 * every lead of marketplaces where it is staff. Nobody else sees them.
 */
export function visibleLeads(ctx: CatalogContext): SelectQueryBuilder<Lead> {
  const qb = ctx.scope.select(ctx.db.manager, Lead, 'l');
  if (isPlatformOperator(ctx.actor)) return qb;
  const companies = memberCompanyIds(ctx, [...LEAD_ROLES]);
  const staffOf = staffMarketplaceIds(ctx, ANY_STAFF);
  qb.andWhere(
    new Brackets((w) => {
      w.where('1 = 0');
      if (companies.length > 0) {
        w.orWhere('l.sourceCompanyId IN (:...leadCompanies)', { leadCompanies: companies });
        w.orWhere('l.assignedCompanyId IN (:...leadCompanies)', { leadCompanies: companies });
      }
      if (staffOf.length > 0) w.orWhere('l.marketplaceId IN (:...leadMarketplaces)', { leadMarketplaces: staffOf });
    }),
  );
  return qb;
}

export function listLeads(
  ctx: CatalogContext,
  filter: { marketplaceId?: string | null; state?: LeadState | null; search?: string | null },
): SelectQueryBuilder<Lead> {
  const qb = visibleLeads(ctx);
  if (filter.marketplaceId) qb.andWhere('l.marketplaceId = :marketplaceId', { marketplaceId: filter.marketplaceId });
  if (filter.state) qb.andWhere('l.state = :state', { state: filter.state });
  // Contact emails are stored lowercased.
  return whereContains(qb, 'search', filter.search, ['LOWER(l.prospectCompanyName)', 'l.contactEmail']);
}

export interface CreateLeadInput {
  companyId: string;
  prospectCompanyName: string;
  contactEmail: string;
  productId?: string | null;
}

/** A REFERRAL or RESELLER member records a lead; a reseller's own lead is assigned to it (C9). */
export async function createLead(ctx: CatalogContext, input: CreateLeadInput): Promise<Lead> {
  const owner = await companyOwner(ctx, input.companyId);
  if (!owner) throw notFound('Company');
  const name = input.prospectCompanyName.trim();
  const email = input.contactEmail.trim().toLowerCase();
  const problems: UserError[] = [];
  if (name.length === 0 || name.length > 200) problems.push(userError('INVALID', 'prospectCompanyName', 'prospectCompanyName must be 1 to 200 characters'));
  if (!EMAIL.test(email) || email.length > 320) problems.push(userError('INVALID', 'contactEmail', 'contactEmail must be an email address'));
  failIfAny(problems);
  if (input.productId) {
    const product = await ctx.scope.select(ctx.db.manager, Product, 'p').andWhere('p.id = :id', { id: input.productId }).getOne();
    if (!product || product.state !== 'PUBLISHED' || product.marketplaceId !== owner.marketplaceId) {
      fail('NOT_FOUND', 'productId', 'No published product with this ID in the marketplace', 'C9');
    }
  }
  const reseller = grantIn(ctx.actor, input.companyId)?.accessTypes.includes('RESELLER') ?? false;
  const now = new Date();
  const lead: Lead = {
    id: newId(),
    marketplaceId: owner.marketplaceId,
    sourceCompanyId: input.companyId,
    createdBy: ctx.audit.actorId,
    prospectCompanyName: name,
    contactEmail: email,
    productId: input.productId ?? null,
    state: reseller ? 'ASSIGNED' : 'NEW',
    assignedCompanyId: reseller ? input.companyId : null,
    customerCompanyId: null,
    lostReason: null,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.db.transaction(async (manager) => {
    await manager.insert(Lead, lead);
    await audit(ctx, manager, 'lead.created', leadTarget(lead));
  });
  return lead;
}

async function moveLead(ctx: CatalogContext, leadId: string, from: LeadState[], set: Partial<Lead>, verb: string, check?: (lead: Lead) => void): Promise<Lead> {
  return ctx.db.transaction(async (manager) => {
    const lead = await ctx.scope.select(manager, Lead, 'l').andWhere('l.id = :leadId', { leadId }).getOne();
    if (!lead) throw notFound('Lead');
    check?.(lead);
    const result = await manager
      .createQueryBuilder()
      .update(Lead)
      .set({ ...set, updatedAt: new Date() })
      .where({ id: lead.id, state: In(from), ...(lead.assignedCompanyId ? { assignedCompanyId: lead.assignedCompanyId } : {}) })
      .execute();
    if (!result.affected) {
      const current = await manager.findOneOrFail(Lead, { where: { id: lead.id } });
      fail('ILLEGAL_TRANSITION', 'leadId', `Lead is ${current.state}; only a ${from.join(' or ')} lead can be ${verb}`, 'C9');
    }
    const updated = await manager.findOneOrFail(Lead, { where: { id: lead.id } });
    await audit(ctx, manager, `lead.${verb}`, leadTarget(updated));
    return updated;
  });
}

/**
 * A RESELLER_MANAGER hands a lead to a reseller company (C9). Identity confirms the company: one
 * that does not exist or lives in another marketplace answers NOT_FOUND (X3); one without
 * RESELLER access is refused. Asked before the transaction opens, so an unreachable identity
 * writes nothing.
 */
export async function assignLead(ctx: CatalogContext, leadId: string, resellerCompanyId: string): Promise<Lead> {
  const lead = await ctx.scope.select(ctx.db.manager, Lead, 'l').andWhere('l.id = :leadId', { leadId }).getOne();
  if (!lead) throw notFound('Lead');
  const company = await ctx.identity.company.load(resellerCompanyId);
  if (!company || company.marketplaceId !== lead.marketplaceId) throw notFound('Company');
  if (!company.accessTypes.includes('RESELLER')) {
    fail('RULE_VIOLATION', 'resellerCompanyId', 'Leads are assigned to companies with RESELLER access only', 'C9');
  }
  return moveLead(ctx, leadId, ['NEW', 'ASSIGNED'], { state: 'ASSIGNED', assignedCompanyId: resellerCompanyId }, 'assigned');
}

/** The RESELLER a lead is assigned to converts it, linking a customer company it manages (I12, C9). */
export function convertLead(ctx: CatalogContext, leadId: string, customerCompanyId: string): Promise<Lead> {
  return moveLead(ctx, leadId, ['ASSIGNED'], { state: 'CONVERTED', customerCompanyId }, 'converted', (lead) => {
    const grant = lead.assignedCompanyId ? grantIn(ctx.actor, lead.assignedCompanyId) : undefined;
    if (!grant?.managedCompanyIds.includes(customerCompanyId) && !isPlatformOperator(ctx.actor)) {
      fail('RULE_VIOLATION', 'customerCompanyId', 'The customer company must be one the reseller manages (I12)', 'C9');
    }
  });
}

export function markLeadLost(ctx: CatalogContext, leadId: string, reason: string): Promise<Lead> {
  const why = reason.trim();
  if (why.length === 0 || why.length > 2000) fail('INVALID', 'reason', 'reason must be 1 to 2000 characters', 'C9');
  return moveLead(ctx, leadId, ['ASSIGNED'], { state: 'LOST', lostReason: why }, 'lost');
}

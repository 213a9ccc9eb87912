import type { EntityManager } from 'typeorm';
import { grantIn, isPlatformOperator, ownerDecision, type EndCustomerActor, type OwnerRule, type Role } from '@marketgraph/authz';
import { recordAudit, type AuditWhat } from '@marketgraph/db';
import { fail } from '@marketgraph/graphql';
import type { TenancyContext } from '../context';

/** Partners' own admins and developers manage; MARKETPLACE_MANAGER and CUSTOMER_SUPPORT look in to troubleshoot (T1). */
export const PARTNER_MANAGERS: Role[] = ['COMPANY_ADMIN', 'DEVELOPER'];
export const TROUBLESHOOTERS: Role[] = ['MARKETPLACE_MANAGER', 'CUSTOMER_SUPPORT'];
export const PARTNER_READ: OwnerRule = { member: PARTNER_MANAGERS, staff: TROUBLESHOOTERS };
export const PARTNER_WRITE: OwnerRule = { member: PARTNER_MANAGERS };

export interface PartnerOwned {
  partnerCompanyId: string;
  marketplaceId: string;
}

/** True when a user or API key may read a partner's tenancy data (T1). */
export function mayRead(ctx: TenancyContext, row: PartnerOwned): boolean {
  return ownerDecision(ctx.actor, { companyId: row.partnerCompanyId, marketplaceId: row.marketplaceId }, PARTNER_READ) === 'ALLOW';
}

export function embedActor(ctx: TenancyContext): EndCustomerActor | null {
  return ctx.actor.kind === 'endCustomer' ? ctx.actor : null;
}

/**
 * The partner a write acts for: a company with DEVELOPER access or the marketplace owner (T1),
 * in which the caller holds COMPANY_ADMIN or DEVELOPER. The policy already let the caller in.
 */
export function requirePartner(ctx: TenancyContext, companyId: string): { companyId: string; marketplaceId: string } {
  const grant = grantIn(ctx.actor, companyId);
  if (!grant) {
    if (isPlatformOperator(ctx.actor)) fail('RULE_VIOLATION', null, 'The platform operator does not act for partners', 'T1');
    fail('NOT_FOUND', null, 'Company not found');
  }
  if (!grant.accessTypes.includes('DEVELOPER') && !grant.accessTypes.includes('MARKETPLACE')) {
    fail('RULE_VIOLATION', null, 'Only a company with DEVELOPER access, or the marketplace owner, is a partner', 'T1');
  }
  return { companyId, marketplaceId: grant.marketplaceId };
}

/** Writes the audit record of a mutation with the mutation's own transaction manager (X5). */
export function audit(ctx: TenancyContext, manager: EntityManager, what: AuditWhat): Promise<void> {
  return recordAudit(manager, ctx.audit, what);
}

/** Lowercased, for uniqueness in any letter case. */
export function keyOf(value: string): string {
  return value.toLowerCase();
}

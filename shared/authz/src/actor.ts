import type { AccessType, Role } from './roles';

/** One membership of the caller, as the gateway loaded it for this request. */
export interface Grant {
  membershipId: string | null;
  companyId: string;
  marketplaceId: string;
  accessTypes: AccessType[];
  roles: Role[];
  /** Customer companies this company manages as a reseller (I12); empty unless it has RESELLER access. */
  managedCompanyIds: string[];
}

export interface UserActor {
  kind: 'user';
  userId: string;
  email: string;
  platformOperator: boolean;
  grants: Grant[];
}

export interface ApiKeyActor {
  kind: 'apiKey';
  apiKeyId: string;
  /** The key's single grant: its company and the subset of roles it carries. */
  grants: [Grant];
}

export type EmbedPermission = 'READ' | 'CONFIGURE';

export interface EndCustomerActor {
  kind: 'endCustomer';
  marketplaceId: string;
  partnerCompanyId: string;
  endCustomerId: string;
  permissions: EmbedPermission[];
  tokenId: string;
}

export interface AnonymousActor {
  kind: 'anonymous';
  /** The storefront marketplace the caller named, when any. */
  marketplaceId: string | null;
}

export type Actor = UserActor | ApiKeyActor | EndCustomerActor | AnonymousActor;
export type ActorKind = Actor['kind'];

export function grantsOf(actor: Actor): readonly Grant[] {
  return actor.kind === 'user' || actor.kind === 'apiKey' ? actor.grants : [];
}

export function isPlatformOperator(actor: Actor): boolean {
  return actor.kind === 'user' && actor.platformOperator;
}

export function grantIn(actor: Actor, companyId: string): Grant | undefined {
  return grantsOf(actor).find((g) => g.companyId === companyId);
}

export function hasRoleIn(actor: Actor, companyId: string, roles: readonly Role[]): boolean {
  const grant = grantIn(actor, companyId);
  return grant !== undefined && grant.roles.some((r) => roles.includes(r));
}

/** Staff are members of a marketplace's owner company (the one with MARKETPLACE access). */
export function isStaffOf(actor: Actor, marketplaceId: string, roles: readonly Role[]): boolean {
  return grantsOf(actor).some(
    (g) => g.marketplaceId === marketplaceId && g.accessTypes.includes('MARKETPLACE') && g.roles.some((r) => roles.includes(r)),
  );
}

/**
 * The marketplaces whose data the actor may see at all (I1). `null` means every marketplace:
 * only the platform operator crosses marketplaces.
 */
export function visibleMarketplaceIds(actor: Actor): string[] | null {
  switch (actor.kind) {
    case 'user':
      return actor.platformOperator ? null : unique(actor.grants.map((g) => g.marketplaceId));
    case 'apiKey':
      return [actor.grants[0].marketplaceId];
    case 'endCustomer':
      return [actor.marketplaceId];
    case 'anonymous':
      return actor.marketplaceId ? [actor.marketplaceId] : [];
  }
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

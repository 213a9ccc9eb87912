import type { EntityManager } from 'typeorm';
import {
  INCOMPATIBLE_ACCESS,
  ROLE_ACCESS,
  isPlatformOperator,
  isStaffOf,
  withImpliedRoles,
  type AccessType,
  type Role,
} from '@marketgraph/authz';
import { isUniqueViolation, newId } from '@marketgraph/db';
import { fail, failIfAny, notFound, userError, type UserError } from '@marketgraph/graphql';
import { Company, Invitation, Marketplace, MembershipRole, ResellerCustomer, Membership } from '../entities';
import type { IdentityContext } from '../context';
import { audit } from './audit';
import { lockCompanies } from './locks';
import { issueInvitation } from './invitations';
import { otherActiveAdmins } from './memberships';
import { nameKey, nameProblem, normalizeEmail, requireName } from './validation';

export interface NewUser {
  email: string;
  name?: string | null;
  password?: string | null;
}

/**
 * The email a company's first admin is invited at (I15). Whether it already has an account
 * changes nothing in the answer; the creator never sets the admin's password, since signing in
 * with it would tell whether the address was new.
 */
function firstAdminEmail(field: string, input: NewUser): string {
  if (input.password != null) {
    fail('INVALID', `${field}.password`, 'The first admin chooses its own password when it accepts the invitation', 'I15');
  }
  return normalizeEmail(`${field}.email`, input.email);
}

/** ACCOUNT always; MARKETPLACE only for the owner; RESELLER and REFERRAL exclusive (I2). */
function accessProblems(field: string, accessTypes: readonly AccessType[], owner: boolean): UserError[] {
  const problems: UserError[] = [];
  if (accessTypes.includes('MARKETPLACE') && !owner) {
    problems.push(userError('RULE_VIOLATION', field, 'MARKETPLACE access belongs to the marketplace owner only', 'I2'));
  }
  for (const [a, b] of INCOMPATIBLE_ACCESS) {
    if (accessTypes.includes(a) && accessTypes.includes(b)) {
      problems.push(userError('RULE_VIOLATION', field, `Access types ${a} and ${b} cannot be combined`, 'I2'));
    }
  }
  return problems;
}

function normalizeAccess(accessTypes: readonly AccessType[], owner: boolean): AccessType[] {
  const set = new Set<AccessType>(accessTypes);
  set.add('ACCOUNT');
  if (owner) set.add('MARKETPLACE');
  return (['ACCOUNT', 'MARKETPLACE', 'DEVELOPER', 'RESELLER', 'REFERRAL'] as const).filter((a) => set.has(a));
}

function duplicateName(err: unknown, field: string, name: string): never {
  if (isUniqueViolation(err)) fail('CONFLICT', field, `A company named "${name}" already exists in this marketplace`, 'I2');
  throw err;
}

const ADMIN_ROLES: Role[] = withImpliedRoles(['COMPANY_ADMIN']);

export interface CreateMarketplaceInput {
  name: string;
  slug: string;
  ownerCompanyName: string;
  ownerAdmin: NewUser;
}

export interface Created<T> {
  created: T;
  /** The invitation of the first admin, and its token, shown only here. */
  invitation: Invitation;
  token: string;
}

/**
 * A marketplace with its owner company, whose first admin (who runs the marketplace) is invited
 * in the same transaction (I1, I3, I15).
 */
export async function createMarketplace(ctx: IdentityContext, input: CreateMarketplaceInput): Promise<Created<Marketplace>> {
  const problems = [nameProblem('name', input.name), nameProblem('ownerCompanyName', input.ownerCompanyName)].filter(
    (p): p is UserError => p !== null,
  );
  if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(input.slug)) {
    problems.push(userError('INVALID', 'slug', 'slug must be 1 to 63 lowercase letters, digits or -, not starting or ending with -'));
  }
  failIfAny(problems);
  const email = firstAdminEmail('ownerAdmin', input.ownerAdmin);
  return ctx.db.transaction(async (manager) => {
    const now = new Date();
    const marketplace = manager.create(Marketplace, {
      id: newId(),
      name: input.name.trim(),
      slug: input.slug,
      ownerCompanyId: newId(),
      createdAt: now,
    });
    await manager.insert(Marketplace, marketplace).catch((err: unknown) => {
      if (isUniqueViolation(err)) fail('CONFLICT', 'slug', `A marketplace with slug "${input.slug}" already exists`, 'I1');
      throw err;
    });
    const company = manager.create(Company, {
      id: marketplace.ownerCompanyId,
      marketplaceId: marketplace.id,
      name: input.ownerCompanyName.trim(),
      nameKey: nameKey(input.ownerCompanyName),
      accessTypes: ['ACCOUNT', 'MARKETPLACE'],
      createdAt: now,
    });
    await manager.insert(Company, company);
    await audit(ctx, manager, {
      action: 'marketplace.created',
      targetType: 'Marketplace',
      targetId: marketplace.id,
      marketplaceId: marketplace.id,
      companyId: company.id,
      details: { slug: marketplace.slug },
    });
    const invited = await issueInvitation(ctx, manager, company, email, withImpliedRoles(['COMPANY_ADMIN', 'MARKETPLACE_MANAGER']));
    return { created: marketplace, ...invited };
  });
}

export interface CreateCompanyInput {
  marketplaceId: string;
  name: string;
  accessTypes: AccessType[];
  firstAdmin: NewUser;
  resellerCompanyId?: string | null;
}

/**
 * A company and the invitation of its first COMPANY_ADMIN in one transaction (I3, I15): nobody is
 * attached without accepting. A reseller creates only plain customer companies, which it then
 * manages (I12).
 */
export async function createCompany(ctx: IdentityContext, input: CreateCompanyInput): Promise<Created<Company>> {
  const name = requireName('name', input.name);
  const actingAsStaff =
    isPlatformOperator(ctx.actor) || isStaffOf(ctx.actor, input.marketplaceId, ['MARKETPLACE_MANAGER', 'CUSTOMER_SUPPORT', 'SALES_SUPPORT']);
  const accessTypes = normalizeAccess(input.accessTypes, false);
  failIfAny(accessProblems('accessTypes', input.accessTypes, false));
  if (!actingAsStaff && accessTypes.some((a) => a !== 'ACCOUNT')) {
    fail('RULE_VIOLATION', 'accessTypes', 'A reseller creates customer companies with ACCOUNT access only', 'I3');
  }
  const email = firstAdminEmail('firstAdmin', input.firstAdmin);
  return ctx.db.transaction(async (manager) => {
    if (input.resellerCompanyId) {
      const [reseller] = await lockCompanies(manager, [input.resellerCompanyId]);
      if (!reseller || reseller.marketplaceId !== input.marketplaceId) throw notFound('Reseller company');
      if (!reseller.accessTypes.includes('RESELLER')) {
        fail('RULE_VIOLATION', 'resellerCompanyId', `${reseller.name} does not have RESELLER access`, 'I12');
      }
    }
    const company = manager.create(Company, {
      id: newId(),
      marketplaceId: input.marketplaceId,
      name,
      nameKey: nameKey(name),
      accessTypes,
      createdAt: new Date(),
    });
    await manager.insert(Company, company).catch((err: unknown) => duplicateName(err, 'name', name));
    if (input.resellerCompanyId) {
      await manager.insert(ResellerCustomer, {
        resellerCompanyId: input.resellerCompanyId,
        customerCompanyId: company.id,
        marketplaceId: company.marketplaceId,
        createdAt: new Date(),
      });
    }
    await audit(ctx, manager, {
      action: 'company.created',
      targetType: 'Company',
      targetId: company.id,
      marketplaceId: company.marketplaceId,
      companyId: company.id,
      details: { accessTypes, resellerCompanyId: input.resellerCompanyId ?? null },
    });
    const invited = await issueInvitation(ctx, manager, company, email, ADMIN_ROLES);
    return { created: company, ...invited };
  });
}

/**
 * Invites a company's first admin again, at the same or another email, while nobody has accepted
 * yet: pending admin invitations are revoked and a new one issued. Until its first admin accepts,
 * a company's admin is that pending invitation (I8); once it has an active COMPANY_ADMIN, its
 * admins invite further members (I9).
 */
export function inviteFirstAdmin(ctx: IdentityContext, input: { companyId: string; email: string }): Promise<{ invitation: Invitation; token: string }> {
  const email = normalizeEmail('email', input.email);
  return ctx.db.transaction(async (manager) => {
    const [company] = await lockCompanies(manager, [input.companyId]);
    if (!company) throw notFound('Company');
    if ((await otherActiveAdmins(manager, company.id, '')) > 0) {
      fail('RULE_VIOLATION', 'companyId', `${company.name} already has an active COMPANY_ADMIN, who invites further members`, 'I8');
    }
    await manager
      .createQueryBuilder()
      .update(Invitation)
      .set({ revokedAt: new Date() })
      .where('companyId = :companyId AND acceptedAt IS NULL AND revokedAt IS NULL AND roles LIKE :admin', {
        companyId: company.id,
        admin: '%COMPANY_ADMIN%',
      })
      .execute();
    return issueInvitation(ctx, manager, company, email, ADMIN_ROLES);
  });
}

async function lockedCompany(ctx: IdentityContext, manager: EntityManager, companyId: string): Promise<Company> {
  const visible = await ctx.loaders.company.load(companyId);
  if (!visible) throw notFound('Company');
  const [company] = await lockCompanies(manager, [companyId]);
  if (!company) throw notFound('Company');
  return company;
}

export function renameCompany(ctx: IdentityContext, companyId: string, rawName: string): Promise<Company> {
  const name = requireName('name', rawName);
  return ctx.db.transaction(async (manager) => {
    const company = await lockedCompany(ctx, manager, companyId);
    await manager
      .update(Company, { id: companyId }, { name, nameKey: nameKey(name) })
      .catch((err: unknown) => duplicateName(err, 'name', name));
    await audit(ctx, manager, {
      action: 'company.renamed',
      targetType: 'Company',
      targetId: companyId,
      marketplaceId: company.marketplaceId,
      companyId,
      details: { from: company.name, to: name },
    });
    return { ...company, name, nameKey: nameKey(name) };
  });
}

/**
 * Replaces a company's access types. Removing one is refused while members hold roles that
 * need it (I6), checked under the company lock so no grant slips in between.
 */
export function setCompanyAccess(ctx: IdentityContext, companyId: string, requested: AccessType[]): Promise<Company> {
  return ctx.db.transaction(async (manager) => {
    const company = await lockedCompany(ctx, manager, companyId);
    const owner = company.accessTypes.includes('MARKETPLACE');
    failIfAny(accessProblems('accessTypes', requested, owner));
    const next = normalizeAccess(requested, owner);
    const removed = company.accessTypes.filter((a) => !next.includes(a));
    if (removed.length > 0) {
      const held = await manager
        .createQueryBuilder(MembershipRole, 'r')
        .innerJoin(Membership, 'm', "m.id = r.membershipId AND m.status = 'ACTIVE'")
        .select('r.role', 'role')
        .addSelect('COUNT(*)', 'holders')
        .where('r.companyId = :companyId', { companyId })
        .groupBy('r.role')
        .getRawMany<{ role: Role; holders: string | number }>();
      const blocking = held.filter((h) => removed.includes(ROLE_ACCESS[h.role]));
      if (blocking.length > 0) {
        fail(
          'RULE_VIOLATION',
          'accessTypes',
          blocking.map((b) => `${Number(b.holders)} member(s) hold ${b.role}, which needs ${ROLE_ACCESS[b.role]} access`).join('; '),
          'I6',
        );
      }
      if (removed.includes('RESELLER')) {
        const managed = await manager.count(ResellerCustomer, { where: { resellerCompanyId: companyId } });
        if (managed > 0) fail('RULE_VIOLATION', 'accessTypes', `The company still manages ${managed} customer companies`, 'I12');
      }
    }
    await manager.update(Company, { id: companyId }, { accessTypes: next });
    await audit(ctx, manager, {
      action: 'company.access_changed',
      targetType: 'Company',
      targetId: companyId,
      marketplaceId: company.marketplaceId,
      companyId,
      details: { from: company.accessTypes, to: next },
    });
    return { ...company, accessTypes: next };
  });
}

/** A RESELLER_MANAGER links a reseller company to a customer company it will manage (I12). */
export function setResellerCustomer(ctx: IdentityContext, resellerCompanyId: string, customerCompanyId: string, linked: boolean): Promise<Company> {
  return ctx.db.transaction(async (manager) => {
    const reseller = await lockedCompany(ctx, manager, resellerCompanyId);
    const customer = await ctx.loaders.company.load(customerCompanyId);
    if (!customer || customer.marketplaceId !== reseller.marketplaceId) throw notFound('Customer company');
    if (linked) {
      if (!reseller.accessTypes.includes('RESELLER')) {
        fail('RULE_VIOLATION', 'resellerCompanyId', `${reseller.name} does not have RESELLER access`, 'I12');
      }
      if (customer.accessTypes.includes('MARKETPLACE') || customer.id === reseller.id) {
        fail('RULE_VIOLATION', 'customerCompanyId', `${customer.name} cannot be a reseller's customer`, 'I12');
      }
      await manager
        .insert(ResellerCustomer, { resellerCompanyId, customerCompanyId, marketplaceId: reseller.marketplaceId, createdAt: new Date() })
        .catch((err: unknown) => {
          if (isUniqueViolation(err)) fail('CONFLICT', 'customerCompanyId', `${reseller.name} already manages ${customer.name}`);
          throw err;
        });
    } else {
      const result = await manager.delete(ResellerCustomer, { resellerCompanyId, customerCompanyId });
      if (!result.affected) fail('NOT_FOUND', 'customerCompanyId', `${reseller.name} does not manage ${customer.name}`);
    }
    await audit(ctx, manager, {
      action: linked ? 'reseller.customer_added' : 'reseller.customer_removed',
      targetType: 'Company',
      targetId: customerCompanyId,
      marketplaceId: reseller.marketplaceId,
      companyId: resellerCompanyId,
    });
    return reseller;
  });
}

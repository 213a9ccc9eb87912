import { In, IsNull, type EntityManager } from 'typeorm';
import { withImpliedRoles, type ApiKeyActor, type Grant, type Role, type UserActor } from '@marketgraph/authz';
import { ApiKey, Company, Marketplace, Membership, MembershipRole, RefreshSession, ResellerCustomer, User } from '../entities';
import { sha256 } from './secrets';

const LAST_USED_RESOLUTION_MS = 60_000;

async function managedBy(manager: EntityManager, companies: Company[]): Promise<Map<string, string[]>> {
  const resellers = companies.filter((c) => c.accessTypes.includes('RESELLER')).map((c) => c.id);
  const managed = new Map<string, string[]>();
  if (resellers.length === 0) return managed;
  const rows = await manager.find(ResellerCustomer, { where: { resellerCompanyId: In(resellers) } });
  for (const row of rows) managed.set(row.resellerCompanyId, [...(managed.get(row.resellerCompanyId) ?? []), row.customerCompanyId]);
  return managed;
}

/**
 * The caller behind an access token, read fresh on every request so that a revoked membership,
 * a disabled user or a logged-out session stops working at once (I10).
 */
export async function userActor(manager: EntityManager, userId: string, sessionId: string): Promise<UserActor | null> {
  const user = await manager
    .createQueryBuilder(User, 'u')
    .where('u.id = :userId AND u.disabledAt IS NULL', { userId })
    .andWhere(
      (qb) =>
        'EXISTS ' +
        qb
          .subQuery()
          .select('1')
          .from(RefreshSession, 's')
          .where('s.familyId = :sessionId AND s.userId = u.id AND s.revokedAt IS NULL', { sessionId })
          .getQuery(),
    )
    .getOne();
  return user ? actorOfUser(manager, user) : null;
}

/** A user as an actor, with its active memberships as they are now (a session just issued to it, I15). */
export async function actorOfUser(manager: EntityManager, user: User): Promise<UserActor> {
  const userId = user.id;
  const rows = await manager
    .createQueryBuilder(Membership, 'm')
    .innerJoin(Company, 'c', 'c.id = m.companyId')
    .innerJoin(MembershipRole, 'r', 'r.membershipId = m.id')
    .select(['m.id AS membership_id', 'm.company_id AS company_id', 'm.marketplace_id AS marketplace_id', 'c.access_types AS access_types', 'r.role AS role'])
    .where("m.userId = :userId AND m.status = 'ACTIVE'", { userId })
    .orderBy('m.id')
    .getRawMany<{ membership_id: string; company_id: string; marketplace_id: string; access_types: string; role: Role }>();
  const grants = new Map<string, Grant>();
  for (const row of rows) {
    const grant = grants.get(row.membership_id) ?? {
      membershipId: row.membership_id,
      companyId: row.company_id,
      marketplaceId: row.marketplace_id,
      accessTypes: row.access_types.split(',') as Grant['accessTypes'],
      roles: [],
      managedCompanyIds: [],
    };
    grant.roles.push(row.role);
    grants.set(row.membership_id, grant);
  }
  const resellerCompanies = [...grants.values()]
    .filter((g) => g.accessTypes.includes('RESELLER'))
    .map((g) => ({ id: g.companyId, accessTypes: g.accessTypes }) as Company);
  const managed = await managedBy(manager, resellerCompanies);
  for (const grant of grants.values()) grant.managedCompanyIds = managed.get(grant.companyId) ?? [];
  return { kind: 'user', userId: user.id, email: user.email, platformOperator: user.platformOperator, grants: [...grants.values()] };
}

/**
 * The service account behind an API key; marks when it was last used, at most once a minute.
 * A key acts only while its creator could: the creator enabled and still an active member of
 * the key's company, and with no role there that the creator no longer holds (I10, I11). The
 * platform operator's keys keep their roles while the operator is enabled.
 */
export async function apiKeyActor(manager: EntityManager, key: string): Promise<ApiKeyActor | null> {
  const apiKey = await manager.findOne(ApiKey, { where: { secretHash: sha256(key), revokedAt: IsNull() } });
  if (!apiKey) return null;
  const [company, creator] = await Promise.all([
    manager.findOne(Company, { where: { id: apiKey.companyId } }),
    manager.findOne(User, { where: { id: apiKey.createdBy, disabledAt: IsNull() } }),
  ]);
  if (!company || !creator) return null;
  let roles = apiKey.roles;
  if (!creator.platformOperator) {
    const held = await manager
      .createQueryBuilder(MembershipRole, 'r')
      .innerJoin(Membership, 'm', "m.id = r.membershipId AND m.status = 'ACTIVE'")
      .where('m.userId = :userId AND m.companyId = :companyId', { userId: creator.id, companyId: company.id })
      .select('r.role', 'role')
      .getRawMany<{ role: Role }>();
    if (held.length === 0) return null;
    const creatorRoles = withImpliedRoles(held.map((h) => h.role));
    roles = apiKey.roles.filter((r) => creatorRoles.includes(r));
  }
  const now = Date.now();
  if (!apiKey.lastUsedAt || now - apiKey.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await manager.update(ApiKey, { id: apiKey.id }, { lastUsedAt: new Date(now) });
  }
  const managed = await managedBy(manager, [company]);
  return {
    kind: 'apiKey',
    apiKeyId: apiKey.id,
    grants: [
      {
        membershipId: null,
        companyId: company.id,
        marketplaceId: company.marketplaceId,
        accessTypes: company.accessTypes,
        roles,
        managedCompanyIds: managed.get(company.id) ?? [],
      },
    ],
  };
}

export async function marketplaceBySlug(manager: EntityManager, slug: string): Promise<{ id: string } | null> {
  const marketplace = await manager.findOne(Marketplace, { where: { slug } });
  return marketplace ? { id: marketplace.id } : null;
}

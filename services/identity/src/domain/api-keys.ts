import type { Role } from '@marketgraph/authz';
import { newId } from '@marketgraph/db';
import { fail, notFound } from '@marketgraph/graphql';
import { ApiKey } from '../entities';
import type { IdentityContext } from '../context';
import { placeOf, userStanding } from './access';
import { audit } from './audit';
import { lockCompanies } from './locks';
import { assertRoleSet } from './memberships';
import { randomToken, sha256 } from './secrets';
import { requireName } from './validation';

export const API_KEY_PREFIX = 'mgk';

/**
 * A service account key of a company. It carries a subset of its creator's roles there, as they
 * stand now (read under the company's lock, so a concurrent demotion is not outrun), is shown
 * once and stored hashed (I11). Only a signed-in user creates one: a key never mints a key,
 * so no key can carry more than a person holds (I14).
 */
export async function createApiKey(ctx: IdentityContext, input: { companyId: string; name: string; roles: Role[] }): Promise<{ apiKey: ApiKey; key: string }> {
  const name = requireName('name', input.name, 100);
  const actor = ctx.actor;
  if (actor.kind !== 'user') fail('RULE_VIOLATION', null, 'API keys are created by signed-in users, never by another key', 'I11');
  const visible = await ctx.loaders.company.load(input.companyId);
  if (!visible) throw notFound('Company');
  const roles = [...new Set<Role>(['USER', ...input.roles])];
  const key = randomToken(API_KEY_PREFIX);
  return ctx.db.transaction(async (manager) => {
    const [company] = await lockCompanies(manager, [input.companyId]);
    if (!company) throw notFound('Company');
    const standing = await userStanding(manager, actor.userId, await placeOf(manager, company));
    const own = standing.platformOperator ? roles : standing.roles;
    const beyond = roles.filter((r) => !own.includes(r));
    if (beyond.length > 0) fail('RULE_VIOLATION', 'roles', `You do not hold ${beyond.join(', ')} in ${company.name}`, 'I11');
    assertRoleSet('roles', roles, company);
    const apiKey: ApiKey = {
      id: newId(),
      marketplaceId: company.marketplaceId,
      companyId: company.id,
      name,
      prefix: key.slice(0, 12),
      secretHash: sha256(key),
      roles,
      createdBy: actor.userId,
      lastUsedAt: null,
      revokedAt: null,
      createdAt: new Date(),
    };
    await manager.insert(ApiKey, apiKey);
    await audit(ctx, manager, {
      action: 'api_key.created',
      targetType: 'ApiKey',
      targetId: apiKey.id,
      marketplaceId: company.marketplaceId,
      companyId: company.id,
      details: { name, roles },
    });
    return { apiKey, key };
  });
}

export function revokeApiKey(ctx: IdentityContext, apiKeyId: string): Promise<ApiKey> {
  return ctx.db.transaction(async (manager) => {
    const apiKey = await ctx.scope.select(manager, ApiKey, 'k').andWhere('k.id = :apiKeyId', { apiKeyId }).getOne();
    if (!apiKey) throw notFound('API key');
    if (apiKey.revokedAt) fail('ILLEGAL_TRANSITION', 'apiKeyId', 'The API key is already revoked');
    const now = new Date();
    await manager.update(ApiKey, { id: apiKeyId }, { revokedAt: now });
    await audit(ctx, manager, {
      action: 'api_key.revoked',
      targetType: 'ApiKey',
      targetId: apiKeyId,
      marketplaceId: apiKey.marketplaceId,
      companyId: apiKey.companyId,
    });
    return { ...apiKey, revokedAt: now };
  });
}

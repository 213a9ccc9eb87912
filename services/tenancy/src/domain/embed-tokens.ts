import { SignJWT, jwtVerify } from 'jose';
import type { EmbedPermission, EndCustomerActor } from '@marketgraph/authz';
import { newId, type Database } from '@marketgraph/db';
import { fail, failIfAny, userError, type UserError } from '@marketgraph/graphql';
import { EndCustomer, Keyset, KeysetAssignment } from '../entities';
import type { TenancyConfig } from '../config';
import type { TenancyContext } from '../context';
import { audit, requirePartner } from './access';
import { findEndCustomer } from './end-customers';
import { customerIsActive } from './keysets';

const ISSUER = 'marketgraph-tenancy';
const AUDIENCE = 'marketgraph-embed';
export const DEFAULT_EMBED_TTL_SECONDS = 3600;
export const MAX_EMBED_TTL_SECONDS = 86_400;
const MIN_EMBED_TTL_SECONDS = 60;

function keyOf(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/** CONFIGURE includes READ; the order is fixed so that tokens read the same. */
function normalize(permissions: readonly EmbedPermission[] | null | undefined): EmbedPermission[] {
  const set = new Set<EmbedPermission>(permissions && permissions.length > 0 ? permissions : ['READ']);
  set.add('READ');
  return (['READ', 'CONFIGURE'] as const).filter((p) => set.has(p));
}

export interface MintedEmbedToken {
  token: string;
  expiresAt: Date;
  permissions: EmbedPermission[];
  endCustomer: EndCustomer;
}

/**
 * A short-lived token by which an embedded UI acts as one end customer (T6). Minted only for a
 * customer with access, that is with an enabled keyset (T5).
 */
export async function mintEmbedToken(
  ctx: TenancyContext,
  input: {
    endCustomerId?: string | null;
    partnerCompanyId?: string | null;
    externalId?: string | null;
    expiresInSeconds?: number | null;
    permissions?: readonly EmbedPermission[] | null;
  },
): Promise<MintedEmbedToken> {
  const problems: UserError[] = [];
  const ttl = input.expiresInSeconds ?? DEFAULT_EMBED_TTL_SECONDS;
  if (!Number.isInteger(ttl) || ttl < MIN_EMBED_TTL_SECONDS || ttl > MAX_EMBED_TTL_SECONDS) {
    problems.push(
      userError('INVALID', 'expiresInSeconds', `expiresInSeconds must be from ${MIN_EMBED_TTL_SECONDS} to ${MAX_EMBED_TTL_SECONDS} (one day)`, 'T6'),
    );
  }
  failIfAny(problems);
  const customer = await findEndCustomer(ctx, { id: input.endCustomerId, partnerCompanyId: input.partnerCompanyId, externalId: input.externalId }, 'endCustomerId');
  requirePartner(ctx, customer.partnerCompanyId);
  if (!(await customerIsActive(ctx, customer.id))) {
    fail('RULE_VIOLATION', 'endCustomerId', `${customer.name} has no enabled keyset, so it has no access`, 'T5');
  }
  const permissions = normalize(input.permissions);
  const tokenId = newId();
  const expiresAt = new Date(Date.now() + ttl * 1000);
  const token = await new SignJWT({ typ: 'embed', mkt: customer.marketplaceId, ptn: customer.partnerCompanyId, perm: permissions })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(customer.id)
    .setJti(tokenId)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(keyOf(ctx.config.embedTokenSecret));
  await ctx.db.transaction((manager) =>
    audit(ctx, manager, {
      action: 'embed_token.minted',
      targetType: 'EndCustomer',
      targetId: customer.id,
      marketplaceId: customer.marketplaceId,
      companyId: customer.partnerCompanyId,
      details: { tokenId, permissions, expiresAt: expiresAt.toISOString() },
    }),
  );
  return { token, expiresAt, permissions, endCustomer: customer };
}

function isPermissionList(value: unknown): value is EmbedPermission[] {
  return Array.isArray(value) && value.every((p) => p === 'READ' || p === 'CONFIGURE');
}

/**
 * The actor behind an embed token, or null (the gateway answers UNAUTHENTICATED). Checked on
 * every request: signature, expiry, that the customer is still its partner's, and that it
 * still holds an enabled keyset, so disabling the last one shuts the token out at once (T5, T6).
 */
export async function embedActorOf(db: Database, config: TenancyConfig, token: string): Promise<EndCustomerActor | null> {
  let claims: Record<string, unknown>;
  try {
    ({ payload: claims } = await jwtVerify(token, keyOf(config.embedTokenSecret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
      maxTokenAge: MAX_EMBED_TTL_SECONDS + 60,
    }));
  } catch {
    return null;
  }
  const { sub, jti, mkt, ptn, perm, typ } = claims;
  if (typ !== 'embed' || typeof sub !== 'string' || typeof jti !== 'string' || typeof mkt !== 'string' || typeof ptn !== 'string') return null;
  if (!isPermissionList(perm)) return null;
  // One statement per request: the customer is still this partner's and holds an enabled keyset.
  const active = await db.manager
    .createQueryBuilder(EndCustomer, 'ec')
    .select('ec.id', 'id')
    .where('ec.id = :sub AND ec.partnerCompanyId = :ptn AND ec.marketplaceId = :mkt', { sub, ptn, mkt })
    .andWhere(
      (qb) =>
        'EXISTS ' +
        qb
          .subQuery()
          .select('1')
          .from(KeysetAssignment, 'ka')
          .innerJoin(Keyset, 'k', 'k.id = ka.keysetId')
          .where('ka.endCustomerId = ec.id AND k.enabled = :yes', { yes: true })
          .getQuery(),
    )
    .getRawOne<{ id: string }>();
  if (!active) return null;
  return { kind: 'endCustomer', marketplaceId: mkt, partnerCompanyId: ptn, endCustomerId: sub, permissions: perm, tokenId: jti };
}

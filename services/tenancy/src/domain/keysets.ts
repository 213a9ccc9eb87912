import { createHash, randomBytes } from 'node:crypto';
import { isForeignKeyViolation, newId } from '@marketgraph/db';
import { fail, failIfAny, notFound, userError, type UserError } from '@marketgraph/graphql';
import { Keyset, KeysetAssignment, type EndCustomer } from '../entities';
import type { TenancyContext } from '../context';
import { audit, mayRead, requirePartner } from './access';
import { visibleApp } from './apps';
import { visibleEndCustomer } from './end-customers';

/** A random, unguessable key with a readable prefix naming what it is. */
function randomKey(prefix: string): string {
  return `${prefix}-${randomBytes(24).toString('base64url')}`;
}

/** Secret keys are long and random: a plain SHA-256 is enough to store and look them up. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export const SECRET_KEY_PREFIX = 'sec-c';

export async function visibleKeyset(ctx: TenancyContext, id: string): Promise<Keyset> {
  const keyset = await ctx.loaders.keyset.load(id);
  if (!keyset || !mayRead(ctx, keyset)) throw notFound('Keyset');
  return keyset;
}

/** A keyset of an app with generated publish, subscribe and secret keys; the secret is returned once (T4). */
export async function createKeyset(ctx: TenancyContext, input: { appId: string; name: string }): Promise<{ keyset: Keyset; secretKey: string }> {
  const problems: UserError[] = [];
  const name = input.name.trim();
  if (name.length === 0 || name.length > 200) problems.push(userError('INVALID', 'name', 'name must be 1 to 200 characters'));
  failIfAny(problems);
  const app = await visibleApp(ctx, input.appId);
  requirePartner(ctx, app.partnerCompanyId);
  const secretKey = randomKey(SECRET_KEY_PREFIX);
  const now = new Date();
  const keyset: Keyset = {
    id: newId(),
    marketplaceId: app.marketplaceId,
    partnerCompanyId: app.partnerCompanyId,
    appId: app.id,
    name,
    publishKey: randomKey('pub-c'),
    subscribeKey: randomKey('sub-c'),
    secretHash: hashSecret(secretKey),
    secretKeyPrefix: secretKey.slice(0, 12),
    enabled: true,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.db.transaction(async (manager) => {
    await manager.insert(Keyset, keyset);
    await audit(ctx, manager, {
      action: 'keyset.created',
      targetType: 'Keyset',
      targetId: keyset.id,
      marketplaceId: keyset.marketplaceId,
      companyId: keyset.partnerCompanyId,
      details: { appId: app.id, name },
    });
  });
  return { keyset, secretKey };
}

async function managedKeyset(ctx: TenancyContext, keysetId: string): Promise<Keyset> {
  const keyset = await visibleKeyset(ctx, keysetId);
  requirePartner(ctx, keyset.partnerCompanyId);
  return keyset;
}

/**
 * Assigns a keyset to a customer that holds its app (T4). The keyset is the assignment's
 * primary key: of two concurrent assignments the database lets exactly one in, and the other
 * answers CONFLICT. The foreign key to the customer's app refuses a customer without it.
 */
export async function assignKeyset(ctx: TenancyContext, input: { keysetId: string; endCustomerId: string }): Promise<Keyset> {
  const keyset = await managedKeyset(ctx, input.keysetId);
  const customer: EndCustomer = await visibleEndCustomer(ctx, input.endCustomerId);
  if (customer.partnerCompanyId !== keyset.partnerCompanyId) fail('NOT_FOUND', 'endCustomerId', 'End customer not found');
  await ctx.db.transaction(async (manager) => {
    const assignment: KeysetAssignment = {
      keysetId: keyset.id,
      marketplaceId: keyset.marketplaceId,
      partnerCompanyId: keyset.partnerCompanyId,
      endCustomerId: customer.id,
      appId: keyset.appId,
      assignedAt: new Date(),
    };
    await manager.insert(KeysetAssignment, assignment).catch((err: unknown) => {
      if (isForeignKeyViolation(err)) {
        fail('RULE_VIOLATION', 'endCustomerId', `${customer.name} does not hold the keyset's app: assign the app first`, 'T4');
      }
      throw err;
    });
    await audit(ctx, manager, {
      action: 'keyset.assigned',
      targetType: 'Keyset',
      targetId: keyset.id,
      marketplaceId: keyset.marketplaceId,
      companyId: keyset.partnerCompanyId,
      details: { endCustomerId: customer.id },
    });
  });
  return keyset;
}

export async function unassignKeyset(ctx: TenancyContext, input: { keysetId: string }): Promise<Keyset> {
  const keyset = await managedKeyset(ctx, input.keysetId);
  await ctx.db.transaction(async (manager) => {
    const current = await manager.findOne(KeysetAssignment, { where: { keysetId: keyset.id } });
    const result = await manager.delete(KeysetAssignment, { keysetId: keyset.id });
    if (!result.affected || !current) fail('ILLEGAL_TRANSITION', 'keysetId', 'The keyset is not assigned to a customer', 'T4');
    await audit(ctx, manager, {
      action: 'keyset.unassigned',
      targetType: 'Keyset',
      targetId: keyset.id,
      marketplaceId: keyset.marketplaceId,
      companyId: keyset.partnerCompanyId,
      details: { endCustomerId: current.endCustomerId },
    });
  });
  return keyset;
}

/** Enables or disables a keyset. Embed requests and activity reports read it on every call, so it takes effect at once (T5). */
export async function setKeysetEnabled(ctx: TenancyContext, input: { keysetId: string }, enabled: boolean): Promise<Keyset> {
  const keyset = await managedKeyset(ctx, input.keysetId);
  const now = new Date();
  await ctx.db.transaction(async (manager) => {
    const result = await manager.update(Keyset, { id: keyset.id, enabled: !enabled }, { enabled, updatedAt: now });
    if (!result.affected) {
      fail('ILLEGAL_TRANSITION', 'keysetId', `The keyset is already ${enabled ? 'enabled' : 'disabled'}`, 'T5');
    }
    await audit(ctx, manager, {
      action: enabled ? 'keyset.enabled' : 'keyset.disabled',
      targetType: 'Keyset',
      targetId: keyset.id,
      marketplaceId: keyset.marketplaceId,
      companyId: keyset.partnerCompanyId,
    });
  });
  return { ...keyset, enabled, updatedAt: now };
}

/** True when the customer holds at least one enabled keyset: otherwise it has no access (T5). */
export async function customerIsActive(ctx: Pick<TenancyContext, 'db'>, endCustomerId: string): Promise<boolean> {
  const row = await ctx.db.manager
    .createQueryBuilder(KeysetAssignment, 'ka')
    .innerJoin(Keyset, 'k', 'k.id = ka.keysetId')
    .where('ka.endCustomerId = :endCustomerId AND k.enabled = :yes', { endCustomerId, yes: true })
    .select('ka.keysetId', 'keysetId')
    .limit(1)
    .getRawOne<{ keysetId: string }>();
  return row !== undefined;
}

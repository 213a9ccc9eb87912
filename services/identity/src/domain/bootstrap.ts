import type { Database } from '@marketgraph/db';
import { newId, recordAudit } from '@marketgraph/db';
import { User } from '../entities';
import { hashPassword } from './secrets';

/** The one platform operator account comes from configuration, created on first start. */
export async function ensurePlatformOperator(db: Database, operator: { email: string; password: string }): Promise<void> {
  const email = operator.email.trim().toLowerCase();
  await db.transaction(async (manager) => {
    const existing = await manager.findOne(User, { where: { email } });
    if (existing) {
      if (!existing.platformOperator) await manager.update(User, { id: existing.id }, { platformOperator: true });
      return;
    }
    const id = newId();
    await manager.insert(User, {
      id,
      email,
      name: 'Platform operator',
      passwordHash: await hashPassword(operator.password),
      platformOperator: true,
      disabledAt: null,
      createdAt: new Date(),
    });
    await recordAudit(manager, { actorKind: 'SYSTEM', actorId: null, requestId: 'bootstrap' }, {
      action: 'operator.created',
      targetType: 'User',
      targetId: id,
      marketplaceId: null,
      companyId: null,
    });
  });
}

import type { EntityManager } from 'typeorm';
import { recordAudit, type AuditWhat } from '@marketgraph/db';
import type { IdentityContext } from '../context';

/** Writes the audit record of a mutation with the mutation's own transaction manager (X5). */
export function audit(ctx: IdentityContext, manager: EntityManager, what: AuditWhat): Promise<void> {
  return recordAudit(manager, ctx.audit, what);
}

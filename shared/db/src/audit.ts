import { Column, Entity, Index, PrimaryColumn, type EntityManager } from 'typeorm';
import { newId } from './ids';

/** One audit record per mutation, written in the mutation's own transaction (X5). */
@Entity('audit_entry')
@Index('idx_audit_marketplace', ['marketplaceId', 'id'])
@Index('idx_audit_company', ['companyId', 'id'])
export class AuditEntry {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  marketplaceId!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  companyId!: string | null;

  @Column({ type: 'varchar', length: 20 })
  actorKind!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 80 })
  action!: string;

  @Column({ type: 'varchar', length: 40 })
  targetType!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  targetId!: string | null;

  @Column({ type: 'text', nullable: true })
  details!: string | null;

  @Column({ type: 'varchar', length: 64 })
  requestId!: string;

  @Column({ type: 'datetime' })
  createdAt!: Date;
}

export interface AuditWho {
  actorKind: string;
  actorId: string | null;
  requestId: string;
}

export interface AuditWhat {
  action: string;
  targetType: string;
  targetId: string | null;
  marketplaceId: string | null;
  companyId: string | null;
  details?: Readonly<Record<string, unknown>>;
}

export async function recordAudit(manager: EntityManager, who: AuditWho, what: AuditWhat): Promise<void> {
  await manager.insert(AuditEntry, {
    id: newId(),
    ...who,
    action: what.action,
    targetType: what.targetType,
    targetId: what.targetId,
    marketplaceId: what.marketplaceId,
    companyId: what.companyId,
    details: what.details ? JSON.stringify(what.details) : null,
    createdAt: new Date(),
  });
}

import { Column, Entity, Index, PrimaryColumn, type EntityManager } from 'typeorm';
import { newId } from './ids';

/**
 * Who acted, as every audit record stores it and the graph's `ActorKind` enum names it: the
 * kinds of caller, plus a keyset's secret key (integration runs) and the platform itself.
 */
export const AUDIT_ACTOR_KINDS = ['USER', 'API_KEY', 'END_CUSTOMER', 'ANONYMOUS', 'KEYSET', 'SYSTEM'] as const;
export type AuditActorKind = (typeof AUDIT_ACTOR_KINDS)[number];

/** The stored kind of each kind of caller. */
export const AUDIT_ACTOR_KIND_OF = { user: 'USER', apiKey: 'API_KEY', endCustomer: 'END_CUSTOMER', anonymous: 'ANONYMOUS' } as const satisfies Record<
  string,
  AuditActorKind
>;

/**
 * One audit record per mutation, written in the mutation's own transaction (X5). The table is the
 * same in the three databases; sign-in events of a user are written once per company it belongs
 * to, so that each marketplace and company reads its own.
 */
@Entity('audit_entry')
@Index('idx_audit_marketplace', ['marketplaceId', 'id'])
@Index('idx_audit_company', ['companyId', 'id'])
@Index('idx_audit_target', ['targetType', 'targetId', 'id'])
export class AuditEntry {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  marketplaceId!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  companyId!: string | null;

  @Column({ type: 'varchar', length: 20 })
  actorKind!: AuditActorKind;

  @Column({ type: 'varchar', length: 36, nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 80 })
  action!: string;

  @Column({ type: 'varchar', length: 40 })
  targetType!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  targetId!: string | null;

  /** A JSON object, serialized; the graph returns it parsed. */
  @Column({ type: 'text', nullable: true })
  details!: string | null;

  @Column({ type: 'varchar', length: 64 })
  requestId!: string;

  @Column({ type: 'datetime' })
  createdAt!: Date;
}

export interface AuditWho {
  actorKind: AuditActorKind;
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

/** The companies an event concerns, each with its marketplace. */
export interface AuditPlace {
  marketplaceId: string;
  companyId: string;
}

/** Writes one audit record, or one per place when the same event concerns several (X5). */
export async function recordAudit(manager: EntityManager, who: AuditWho, what: AuditWhat): Promise<void>;
export async function recordAudit(manager: EntityManager, who: AuditWho, what: Omit<AuditWhat, 'marketplaceId' | 'companyId'>, places: readonly AuditPlace[]): Promise<void>;
export async function recordAudit(
  manager: EntityManager,
  who: AuditWho,
  what: AuditWhat | Omit<AuditWhat, 'marketplaceId' | 'companyId'>,
  places?: readonly AuditPlace[],
): Promise<void> {
  const createdAt = new Date();
  const row = (place: { marketplaceId: string | null; companyId: string | null }) => ({
    id: newId(),
    actorKind: who.actorKind,
    actorId: who.actorId,
    requestId: who.requestId,
    action: what.action,
    targetType: what.targetType,
    targetId: what.targetId,
    marketplaceId: place.marketplaceId,
    companyId: place.companyId,
    details: what.details ? JSON.stringify(what.details) : null,
    createdAt,
  });
  if (places === undefined) {
    const one = what as AuditWhat;
    await manager.insert(AuditEntry, row({ marketplaceId: one.marketplaceId, companyId: one.companyId }));
    return;
  }
  // An event of no company (a user with no membership left) is still recorded, for the user itself.
  const rows = places.length > 0 ? places.map(row) : [row({ marketplaceId: null, companyId: null })];
  await manager.insert(AuditEntry, rows);
}

/** The recorded details of an event, parsed; a record that is not a JSON object has none. */
export function auditDetails(entry: Pick<AuditEntry, 'details'>): Record<string, unknown> | null {
  if (entry.details === null) return null;
  try {
    const parsed: unknown = JSON.parse(entry.details);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

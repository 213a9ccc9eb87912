import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { AuditEntry } from '@marketgraph/db';

const id = { type: 'varchar', length: 36 } as const;

/** A partner's customer. There is no delete: rows are never removed (T2). */
@Entity('end_customer')
@Unique('uq_end_customer_name', ['partnerCompanyId', 'nameKey'])
@Unique('uq_end_customer_external_id', ['partnerCompanyId', 'externalIdKey'])
@Index('idx_end_customer_partner', ['partnerCompanyId', 'id'])
export class EndCustomer {
  @PrimaryColumn(id) id!: string;
  @Column(id) marketplaceId!: string;
  /** The partner company, owned by identity and referenced through federation. */
  @Column(id) partnerCompanyId!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 200 }) nameKey!: string;
  @Column({ type: 'varchar', length: 255 }) externalId!: string;
  /** Lowercased external ID: unique per partner in any letter case. */
  @Column({ type: 'varchar', length: 255 }) externalIdKey!: string;
  @Column({ type: 'datetime' }) createdAt!: Date;
}

export const ENTITIES = [EndCustomer, AuditEntry];

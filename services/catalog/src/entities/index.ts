import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { AuditEntry } from '@marketgraph/db';

const id = { type: 'varchar', length: 36 } as const;

export type ProductState = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'ARCHIVED';

@Entity('product')
@Index('idx_product_vendor', ['vendorCompanyId', 'id'])
@Index('idx_product_marketplace_state', ['marketplaceId', 'state', 'id'])
export class Product {
  @PrimaryColumn(id) id!: string;
  @Column(id) marketplaceId!: string;
  /** The vendor company, owned by identity and referenced through federation. */
  @Column(id) vendorCompanyId!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 12 }) state!: ProductState;
  @Column({ type: 'datetime' }) createdAt!: Date;
}

export const ENTITIES = [Product, AuditEntry];

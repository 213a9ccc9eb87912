import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { AuditEntry } from '@marketgraph/db';

const id = { type: 'varchar', length: 36 } as const;

export type ProductState = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'ARCHIVED';
export type VersionState = 'DRAFT' | 'RELEASED' | 'DEPRECATED';

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

/** A release of a product (an integration), with the JSON Schema of its tenant configuration (C5). */
@Entity('product_version')
@Unique('uq_version_product_semver', ['productId', 'version'])
@Index('idx_version_marketplace', ['marketplaceId', 'id'])
export class ProductVersion {
  @PrimaryColumn(id) id!: string;
  @Column(id) marketplaceId!: string;
  @Column(id) productId!: string;
  @Column({ type: 'varchar', length: 64 }) version!: string;
  @Column({ type: 'text' }) changelog!: string;
  /** The configuration JSON Schema, as JSON text. */
  @Column({ type: 'text' }) configSchema!: string;
  @Column({ type: 'varchar', length: 12 }) state!: VersionState;
  @Column({ type: 'datetime' }) createdAt!: Date;
}

export const ENTITIES = [Product, ProductVersion, AuditEntry];

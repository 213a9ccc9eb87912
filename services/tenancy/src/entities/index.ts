import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { AuditEntry } from '@marketgraph/db';

const id = { type: 'varchar', length: 36 } as const;
const optionalId = { type: 'varchar', length: 36, nullable: true } as const;

/**
 * Every tenancy row names its marketplace (the tenant scope filters on it) and its partner, the
 * company that owns it. Partners are companies of identity, referenced by ID through federation.
 */
interface PartnerOwned {
  marketplaceId: string;
  partnerCompanyId: string;
}

/** A partner's customer. There is no delete: rows are never removed, nothing cascades (T2). */
@Entity('end_customer')
@Unique('uq_end_customer_name', ['partnerCompanyId', 'nameKey'])
@Unique('uq_end_customer_external_id', ['partnerCompanyId', 'externalIdKey'])
@Index('idx_end_customer_partner', ['partnerCompanyId', 'id'])
@Index('idx_end_customer_marketplace', ['marketplaceId', 'id'])
export class EndCustomer implements PartnerOwned {
  @PrimaryColumn(id) id!: string;
  @Column(id) marketplaceId!: string;
  @Column(id) partnerCompanyId!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  /** Lowercased name: unique per partner in any letter case. */
  @Column({ type: 'varchar', length: 200 }) nameKey!: string;
  @Column({ type: 'varchar', length: 255 }) externalId!: string;
  /** Lowercased external ID: unique per partner in any letter case. */
  @Column({ type: 'varchar', length: 255 }) externalIdKey!: string;
  @Column({ type: 'datetime' }) createdAt!: Date;
}

/** An app a partner builds, optionally linked to one of its catalog products (T3). */
@Entity('app')
@Unique('uq_app_name', ['partnerCompanyId', 'nameKey'])
@Index('idx_app_partner', ['partnerCompanyId', 'id'])
@Index('idx_app_product', ['productId', 'id'])
export class App implements PartnerOwned {
  @PrimaryColumn(id) id!: string;
  @Column(id) marketplaceId!: string;
  @Column(id) partnerCompanyId!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 200 }) nameKey!: string;
  /** A catalog product of the same partner, owned by catalog. */
  @Column(optionalId) productId!: string | null;
  @Column({ type: 'datetime' }) createdAt!: Date;
}

/** An end customer holds an app (many to many). Keysets and installations hang off this pair. */
@Entity('customer_app')
@Unique('uq_customer_app', ['endCustomerId', 'appId'])
@Index('idx_customer_app_app', ['appId', 'endCustomerId'])
export class CustomerApp implements PartnerOwned {
  @PrimaryColumn(id) id!: string;
  @Column(id) marketplaceId!: string;
  @Column(id) partnerCompanyId!: string;
  @Column(id) endCustomerId!: string;
  @Column(id) appId!: string;
  @Column({ type: 'datetime' }) createdAt!: Date;

  @ManyToOne(() => EndCustomer, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'end_customer_id' })
  endCustomer?: EndCustomer;

  @ManyToOne(() => App, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'app_id' })
  app?: App;
}

/** Publish and subscribe keys of one app, and a secret key stored only as its hash (T4). */
@Entity('keyset')
@Index('idx_keyset_app', ['appId', 'id'])
@Index('idx_keyset_partner', ['partnerCompanyId', 'id'])
@Unique('uq_keyset_publish_key', ['publishKey'])
@Unique('uq_keyset_subscribe_key', ['subscribeKey'])
@Unique('uq_keyset_secret_hash', ['secretHash'])
export class Keyset implements PartnerOwned {
  @PrimaryColumn(id) id!: string;
  @Column(id) marketplaceId!: string;
  @Column(id) partnerCompanyId!: string;
  @Column(id) appId!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 80 }) publishKey!: string;
  @Column({ type: 'varchar', length: 80 }) subscribeKey!: string;
  /** SHA-256 of the secret key, hex. */
  @Column({ type: 'varchar', length: 64 }) secretHash!: string;
  @Column({ type: 'varchar', length: 16 }) secretKeyPrefix!: string;
  @Column({ type: 'boolean' }) enabled!: boolean;
  @Column({ type: 'datetime' }) createdAt!: Date;
  @Column({ type: 'datetime' }) updatedAt!: Date;

  @ManyToOne(() => App, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'app_id' })
  app?: App;
}

/**
 * A keyset's one customer (T4). The primary key on the keyset makes a second assignment fail
 * in the database, however the requests race; the foreign key to the customer's app makes an
 * assignment to a customer without the keyset's app impossible.
 */
@Entity('keyset_assignment')
@Index('idx_keyset_assignment_customer', ['endCustomerId', 'appId'])
export class KeysetAssignment implements PartnerOwned {
  @PrimaryColumn(id) keysetId!: string;
  @Column(id) marketplaceId!: string;
  @Column(id) partnerCompanyId!: string;
  @Column(id) endCustomerId!: string;
  @Column(id) appId!: string;
  @Column({ type: 'datetime' }) assignedAt!: Date;

  @ManyToOne(() => Keyset, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'keyset_id' })
  keyset?: Keyset;

  @ManyToOne(() => CustomerApp, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn([
    { name: 'end_customer_id', referencedColumnName: 'endCustomerId' },
    { name: 'app_id', referencedColumnName: 'appId' },
  ])
  customerApp?: CustomerApp;
}

/** A customer's installation of the product behind one of its apps, at a RELEASED version (T8). */
@Entity('installation')
@Unique('uq_installation_customer_app', ['endCustomerId', 'appId'])
@Index('idx_installation_partner', ['partnerCompanyId', 'id'])
export class Installation implements PartnerOwned {
  @PrimaryColumn(id) id!: string;
  @Column(id) marketplaceId!: string;
  @Column(id) partnerCompanyId!: string;
  @Column(id) endCustomerId!: string;
  @Column(id) appId!: string;
  @Column(id) productId!: string;
  @Column(id) versionId!: string;
  @Column({ type: 'varchar', length: 64 }) version!: string;
  /** The validated configuration, as JSON text. */
  @Column({ type: 'text' }) configuration!: string;
  /** AES-256-GCM ciphertext of the credentials JSON, never returned. */
  @Column({ type: 'text', nullable: true }) credentialsCiphertext!: string | null;
  /** Which configured key encrypted the credentials, so keys can rotate. */
  @Column({ type: 'varchar', length: 40, nullable: true }) credentialsKeyId!: string | null;
  @Column({ type: 'datetime' }) createdAt!: Date;
  @Column({ type: 'datetime' }) updatedAt!: Date;

  @ManyToOne(() => CustomerApp, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn([
    { name: 'end_customer_id', referencedColumnName: 'endCustomerId' },
    { name: 'app_id', referencedColumnName: 'appId' },
  ])
  customerApp?: CustomerApp;
}

export type ActivityStatus = 'STARTED' | 'SUCCEEDED' | 'FAILED';

/** One report of an integration run (T9). */
@Entity('activity_event')
@Index('idx_activity_partner', ['partnerCompanyId', 'id'])
@Index('idx_activity_customer', ['endCustomerId', 'id'])
@Index('idx_activity_marketplace', ['marketplaceId', 'id'])
export class ActivityEvent implements PartnerOwned {
  @PrimaryColumn(id) id!: string;
  @Column(id) marketplaceId!: string;
  @Column(id) partnerCompanyId!: string;
  @Column(id) endCustomerId!: string;
  @Column(id) appId!: string;
  @Column(optionalId) keysetId!: string | null;
  @Column({ type: 'varchar', length: 12 }) status!: ActivityStatus;
  @Column({ type: 'int', nullable: true }) recordsProcessed!: number | null;
  @Column({ type: 'text', nullable: true }) message!: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) runId!: string | null;
  @Column({ type: 'datetime' }) occurredAt!: Date;
  @Column({ type: 'datetime' }) receivedAt!: Date;
}

/** The white-label look of a partner, or of the marketplace when its owner company sets it (T7). */
@Entity('theme')
@Unique('uq_theme_company', ['companyId'])
@Index('idx_theme_marketplace', ['marketplaceId', 'marketplaceDefault'])
export class Theme {
  @PrimaryColumn(id) id!: string;
  @Column(id) marketplaceId!: string;
  @Column(id) companyId!: string;
  @Column({ type: 'boolean' }) marketplaceDefault!: boolean;
  @Column({ type: 'varchar', length: 100 }) name!: string;
  @Column({ type: 'varchar', length: 500, nullable: true }) logoUrl!: string | null;
  @Column({ type: 'varchar', length: 7 }) primaryColor!: string;
  @Column({ type: 'varchar', length: 7 }) accentColor!: string;
  @Column({ type: 'datetime' }) updatedAt!: Date;
}

export const ENTITIES = [EndCustomer, App, CustomerApp, Keyset, KeysetAssignment, Installation, ActivityEvent, Theme, AuditEntry];

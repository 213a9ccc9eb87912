import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import type { AccessType, Role } from '@marketgraph/authz';
import { AuditEntry } from '@marketgraph/db';

const id = { type: 'varchar', length: 36 } as const;
const restrict = { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' } as const;

@Entity('marketplace')
export class Marketplace {
  @PrimaryColumn(id) id!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 63, unique: true }) slug!: string;
  /** Exactly one owner company per marketplace (I1). */
  @Column({ ...id, unique: true }) ownerCompanyId!: string;
  @Column({ type: 'datetime' }) createdAt!: Date;
}

@Entity('company')
@Unique('uq_company_name', ['marketplaceId', 'nameKey'])
export class Company {
  @PrimaryColumn(id) id!: string;
  @Column(id) marketplaceId!: string;
  @ManyToOne(() => Marketplace, restrict)
  @JoinColumn({ name: 'marketplace_id' })
  marketplace?: Marketplace;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  /** Lowercased name: names are unique per marketplace in any letter case (I2). */
  @Column({ type: 'varchar', length: 200 }) nameKey!: string;
  @Column({ type: 'simple-array' }) accessTypes!: AccessType[];
  @Column({ type: 'datetime' }) createdAt!: Date;
}

@Entity('user')
/** Staff list a marketplace's users by name: the name and ID keep that order one index range (X4). */
@Index('idx_user_name', ['name', 'id'])
export class User {
  @PrimaryColumn(id) id!: string;
  /** Stored lowercased: unique platform-wide in any letter case (I4). */
  @Column({ type: 'varchar', length: 254, unique: true }) email!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) passwordHash!: string | null;
  @Column({ type: 'boolean', default: false }) platformOperator!: boolean;
  @Column({ type: 'datetime', nullable: true }) disabledAt!: Date | null;
  @Column({ type: 'datetime' }) createdAt!: Date;
}

export type MembershipStatus = 'ACTIVE' | 'REVOKED';

@Entity('membership')
@Unique('uq_membership_user_company', ['userId', 'companyId'])
@Index('idx_membership_company', ['companyId', 'id'])
@Index('idx_membership_marketplace_user', ['marketplaceId', 'userId'])
export class Membership {
  @PrimaryColumn(id) id!: string;
  @Column(id) userId!: string;
  @ManyToOne(() => User, restrict)
  @JoinColumn({ name: 'user_id' })
  user?: User;
  @Column(id) companyId!: string;
  @ManyToOne(() => Company, restrict)
  @JoinColumn({ name: 'company_id' })
  company?: Company;
  @Column(id) marketplaceId!: string;
  @Column({ type: 'varchar', length: 10 }) status!: MembershipStatus;
  @Column({ type: 'datetime' }) createdAt!: Date;
  @Column({ type: 'datetime', nullable: true }) revokedAt!: Date | null;
}

/** One row per role of a membership, so that "admins of a company" is one indexed query (I8). */
@Entity('membership_role')
@Index('idx_membership_role_company', ['companyId', 'role'])
export class MembershipRole {
  @PrimaryColumn(id) membershipId!: string;
  @ManyToOne(() => Membership, restrict)
  @JoinColumn({ name: 'membership_id' })
  membership?: Membership;
  @PrimaryColumn({ type: 'varchar', length: 40 }) role!: Role;
  @Column(id) companyId!: string;
}

@Entity('invitation')
@Index('idx_invitation_company', ['companyId', 'id'])
export class Invitation {
  @PrimaryColumn(id) id!: string;
  @Column(id) marketplaceId!: string;
  @Column(id) companyId!: string;
  @ManyToOne(() => Company, restrict)
  @JoinColumn({ name: 'company_id' })
  company?: Company;
  @Column({ type: 'varchar', length: 254 }) email!: string;
  @Column({ type: 'simple-array' }) roles!: Role[];
  /** SHA-256 of the token; the token itself is shown once to the inviter. */
  @Column({ type: 'varchar', length: 64, unique: true }) tokenHash!: string;
  @Column(id) invitedBy!: string;
  @Column({ type: 'datetime' }) expiresAt!: Date;
  @Column({ type: 'datetime', nullable: true }) acceptedAt!: Date | null;
  @Column({ type: 'datetime', nullable: true }) revokedAt!: Date | null;
  @Column({ type: 'datetime' }) createdAt!: Date;
}

@Entity('api_key')
@Index('idx_api_key_company', ['companyId', 'id'])
export class ApiKey {
  @PrimaryColumn(id) id!: string;
  @Column(id) marketplaceId!: string;
  @Column(id) companyId!: string;
  @ManyToOne(() => Company, restrict)
  @JoinColumn({ name: 'company_id' })
  company?: Company;
  @Column({ type: 'varchar', length: 100 }) name!: string;
  @Column({ type: 'varchar', length: 16 }) prefix!: string;
  /** SHA-256 of the key: keys are long random strings, so a fast hash is enough to look them up. */
  @Column({ type: 'varchar', length: 64, unique: true }) secretHash!: string;
  @Column({ type: 'simple-array' }) roles!: Role[];
  @Column(id) createdBy!: string;
  @Column({ type: 'datetime', nullable: true }) lastUsedAt!: Date | null;
  @Column({ type: 'datetime', nullable: true }) revokedAt!: Date | null;
  @Column({ type: 'datetime' }) createdAt!: Date;
}

/** One refresh token of a login; rotating it replaces the row, reusing a replaced one ends the family. */
@Entity('refresh_session')
@Index('idx_refresh_session_family', ['familyId'])
export class RefreshSession {
  @PrimaryColumn(id) id!: string;
  @Column(id) userId!: string;
  @ManyToOne(() => User, restrict)
  @JoinColumn({ name: 'user_id' })
  user?: User;
  @Column(id) familyId!: string;
  @Column({ type: 'varchar', length: 64, unique: true }) tokenHash!: string;
  @Column({ type: 'datetime' }) expiresAt!: Date;
  @Column({ type: 'datetime', nullable: true }) rotatedAt!: Date | null;
  @Column({ type: 'datetime', nullable: true }) revokedAt!: Date | null;
  @Column({ type: 'datetime' }) createdAt!: Date;
}

/**
 * Password attempts of one throttle key (I11, I15): an account, or an account from one client
 * address. Keys are SHA-256 digests, so neither emails nor addresses are stored here; times are
 * epoch milliseconds, compared the same way in both databases.
 */
@Entity('password_throttle')
export class PasswordThrottle {
  @PrimaryColumn({ type: 'varchar', length: 64 }) throttleKey!: string;
  /** Attempts counted in the current window, including those still being checked. */
  @Column({ type: 'int' }) attempts!: number;
  @Column({ type: 'bigint' }) windowStartedMs!: string;
  @Column({ type: 'bigint' }) lastAttemptMs!: string;
  /** For an (account, address) key: the last successful sign-in from that address. */
  @Column({ type: 'bigint', nullable: true }) lastSuccessMs!: string | null;
}

/** A reseller company manages a customer company (I12). */
@Entity('reseller_customer')
@Index('idx_reseller_customer_customer', ['customerCompanyId'])
export class ResellerCustomer {
  @PrimaryColumn(id) resellerCompanyId!: string;
  @ManyToOne(() => Company, restrict)
  @JoinColumn({ name: 'reseller_company_id' })
  reseller?: Company;
  @PrimaryColumn(id) customerCompanyId!: string;
  @ManyToOne(() => Company, restrict)
  @JoinColumn({ name: 'customer_company_id' })
  customer?: Company;
  @Column(id) marketplaceId!: string;
  @Column({ type: 'datetime' }) createdAt!: Date;
}

export const ENTITIES = [
  Marketplace,
  Company,
  User,
  Membership,
  MembershipRole,
  Invitation,
  ApiKey,
  RefreshSession,
  PasswordThrottle,
  ResellerCustomer,
  AuditEntry,
];

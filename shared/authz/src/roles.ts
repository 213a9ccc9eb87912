export const ACCESS_TYPES = ['ACCOUNT', 'MARKETPLACE', 'DEVELOPER', 'RESELLER', 'REFERRAL'] as const;
export type AccessType = (typeof ACCESS_TYPES)[number];

export const ROLES = [
  'USER',
  'BILLING_ADMIN',
  'COMPANY_ADMIN',
  'MARKETPLACE_MANAGER',
  'PRODUCT_SUPPORT',
  'CUSTOMER_SUPPORT',
  'SALES_SUPPORT',
  'RESELLER_MANAGER',
  'REPORTS_MARKETPLACE_MANAGER',
  'DEVELOPER',
  'RESELLER',
  'REFERRAL',
] as const;
export type Role = (typeof ROLES)[number];

/** Which access type offers each role (I6). */
export const ROLE_ACCESS: Readonly<Record<Role, AccessType>> = {
  USER: 'ACCOUNT',
  BILLING_ADMIN: 'ACCOUNT',
  COMPANY_ADMIN: 'ACCOUNT',
  MARKETPLACE_MANAGER: 'MARKETPLACE',
  PRODUCT_SUPPORT: 'MARKETPLACE',
  CUSTOMER_SUPPORT: 'MARKETPLACE',
  SALES_SUPPORT: 'MARKETPLACE',
  RESELLER_MANAGER: 'MARKETPLACE',
  REPORTS_MARKETPLACE_MANAGER: 'MARKETPLACE',
  DEVELOPER: 'DEVELOPER',
  RESELLER: 'RESELLER',
  REFERRAL: 'REFERRAL',
};

/** Role pairs that may not be combined in one membership (I7). */
export const INCOMPATIBLE_ROLES: ReadonlyArray<readonly [Role, Role]> = [
  ['MARKETPLACE_MANAGER', 'REPORTS_MARKETPLACE_MANAGER'],
  ['RESELLER', 'REFERRAL'],
];

/** Access types that may not be combined on one company (I2). */
export const INCOMPATIBLE_ACCESS: ReadonlyArray<readonly [AccessType, AccessType]> = [['RESELLER', 'REFERRAL']];

/** Roles that marketplace staff hold in the owner company. */
export const STAFF_ROLES: readonly Role[] = ROLES.filter((r) => ROLE_ACCESS[r] === 'MARKETPLACE');

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isAccessType(value: string): value is AccessType {
  return (ACCESS_TYPES as readonly string[]).includes(value);
}

export interface RoleProblem {
  rule: 'I5' | 'I6' | 'I7';
  message: string;
}

/**
 * Adds the roles a grant implies (I5): USER always, BILLING_ADMIN with COMPANY_ADMIN.
 */
export function withImpliedRoles(roles: Iterable<Role>): Role[] {
  const set = new Set<Role>(roles);
  set.add('USER');
  if (set.has('COMPANY_ADMIN')) set.add('BILLING_ADMIN');
  return ROLES.filter((r) => set.has(r));
}

/** Checks a complete role set of one membership against the company's access types (I6, I7). */
export function roleSetProblems(roles: readonly Role[], accessTypes: readonly AccessType[]): RoleProblem[] {
  const problems: RoleProblem[] = [];
  for (const role of roles) {
    const needed = ROLE_ACCESS[role];
    if (!accessTypes.includes(needed)) {
      problems.push({
        rule: 'I6',
        message: `Role ${role} needs the company to have ${needed} access, which it does not have`,
      });
    }
  }
  for (const [a, b] of INCOMPATIBLE_ROLES) {
    if (roles.includes(a) && roles.includes(b)) {
      problems.push({ rule: 'I7', message: `Roles ${a} and ${b} cannot be combined in one membership` });
    }
  }
  return problems;
}

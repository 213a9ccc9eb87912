import type { Role } from '@marketgraph/authz';
import { PRIVILEGE_ORDER, accessChangeProblem, privilegeOf, type AccessChange, type Standing } from '../src/domain/access';

// The I14 decision on its own, without a database: the privilege order and who may change whom.

const standing = (over: Partial<Standing> = {}): Standing => ({
  userId: 'u',
  apiKey: false,
  platformOperator: false,
  roles: [],
  staffRoles: [],
  resells: false,
  ...over,
});
const member = (roles: Role[], staffRoles: Role[] = []): Standing => standing({ userId: 'target', roles: ['USER', ...roles], staffRoles });
const change = (over: Partial<AccessChange>): AccessChange => ({ kind: 'grant', roles: [], ownerCompany: false, target: null, self: false, ...over });

const OPERATOR = standing({ platformOperator: true });
const MANAGER = standing({ staffRoles: ['USER', 'MARKETPLACE_MANAGER'] });
const SUPPORT = standing({ staffRoles: ['USER', 'CUSTOMER_SUPPORT'] });
const ADMIN = standing({ roles: ['USER', 'BILLING_ADMIN', 'COMPANY_ADMIN'] });

describe('the privilege order', () => {
  it('I14: operator > MARKETPLACE_MANAGER > other staff > COMPANY_ADMIN > member > none', () => {
    expect(PRIVILEGE_ORDER).toEqual(['NONE', 'MEMBER', 'COMPANY_ADMIN', 'STAFF', 'MARKETPLACE_MANAGER', 'PLATFORM_OPERATOR']);
    expect([OPERATOR, MANAGER, SUPPORT, ADMIN, member([]), standing()].map(privilegeOf)).toEqual([
      'PLATFORM_OPERATOR',
      'MARKETPLACE_MANAGER',
      'STAFF',
      'COMPANY_ADMIN',
      'MEMBER',
      'NONE',
    ]);
    // A plain member of the owner company is not staff.
    expect(privilegeOf(standing({ roles: ['USER'], staffRoles: ['USER'] }))).toBe('MEMBER');
  });
});

describe('who may change whom', () => {
  it('I14: nobody grants itself a role, not even the operator', () => {
    for (const actor of [OPERATOR, MANAGER, ADMIN]) {
      expect(accessChangeProblem(actor, change({ kind: 'grant', roles: ['BILLING_ADMIN'], target: actor, self: true }))).toBe('Nobody grants a role to itself');
      expect(accessChangeProblem(actor, change({ kind: 'invite', roles: ['USER'], self: true }))).toBe('Nobody grants a role to itself');
    }
    // Stepping down is not an escalation.
    expect(accessChangeProblem(ADMIN, change({ kind: 'remove', roles: ['COMPANY_ADMIN'], target: ADMIN, self: true }))).toBeNull();
  });

  it('I14: staff roles and owner-company memberships are a MARKETPLACE_MANAGER\'s (or the operator\'s) alone', () => {
    const ownerMember = member([], ['USER']);
    for (const actor of [SUPPORT, standing({ roles: ['USER', 'COMPANY_ADMIN'], staffRoles: ['USER', 'COMPANY_ADMIN', 'SALES_SUPPORT'] })]) {
      expect(accessChangeProblem(actor, change({ kind: 'grant', roles: ['COMPANY_ADMIN'], ownerCompany: true, target: ownerMember }))).toMatch(/^Only a MARKETPLACE_MANAGER/);
      expect(accessChangeProblem(actor, change({ kind: 'revoke', roles: ['USER'], ownerCompany: true, target: ownerMember }))).toMatch(/^Only a MARKETPLACE_MANAGER/);
      expect(accessChangeProblem(actor, change({ kind: 'invite', roles: ['USER'], ownerCompany: true }))).toMatch(/^Only a MARKETPLACE_MANAGER/);
    }
    for (const actor of [MANAGER, OPERATOR]) {
      expect(accessChangeProblem(actor, change({ kind: 'grant', roles: ['SALES_SUPPORT'], ownerCompany: true, target: ownerMember }))).toBeNull();
      expect(accessChangeProblem(actor, change({ kind: 'remove', roles: ['MARKETPLACE_MANAGER'], ownerCompany: true, target: member([], ['USER', 'MARKETPLACE_MANAGER']) }))).toBeNull();
    }
    // Staff keep managing customer companies (I9).
    expect(accessChangeProblem(SUPPORT, change({ kind: 'grant', roles: ['COMPANY_ADMIN'], target: member([]) }))).toBeNull();
  });

  it('I14: nobody changes someone above itself; CUSTOMER_SUPPORT disables neither a manager, other staff nor the operator', () => {
    const staffInCustomer = member(['COMPANY_ADMIN'], ['USER', 'MARKETPLACE_MANAGER']);
    expect(accessChangeProblem(ADMIN, change({ kind: 'remove', roles: ['COMPANY_ADMIN'], target: staffInCustomer }))).toBe(
      'This member is more privileged than you (MARKETPLACE_MANAGER is above COMPANY_ADMIN)',
    );
    expect(accessChangeProblem(SUPPORT, change({ kind: 'disable', target: member([], ['USER', 'MARKETPLACE_MANAGER']) }))).toMatch(/more privileged/);
    expect(accessChangeProblem(SUPPORT, change({ kind: 'disable', target: member([], ['USER', 'SALES_SUPPORT']) }))).toMatch(/^Only a MARKETPLACE_MANAGER/);
    expect(accessChangeProblem(MANAGER, change({ kind: 'disable', target: standing({ userId: 'op', platformOperator: true }) }))).toMatch(/PLATFORM_OPERATOR is above/);
    expect(accessChangeProblem(SUPPORT, change({ kind: 'disable', target: member(['COMPANY_ADMIN']) }))).toBeNull();
    expect(accessChangeProblem(ADMIN, change({ kind: 'disable', target: member([]) }))).toBe('You do not manage the members of this company');
  });

  it('I14: an API key grants nothing beyond USER, and acts with the roles its creator still holds', () => {
    const key = standing({ userId: null, apiKey: true, roles: ['USER', 'COMPANY_ADMIN'] });
    expect(accessChangeProblem(key, change({ kind: 'grant', roles: ['BILLING_ADMIN'], target: member([]) }))).toBe('An API key cannot grant roles; a signed-in user must');
    expect(accessChangeProblem(key, change({ kind: 'invite', roles: ['USER'] }))).toBeNull();
    expect(accessChangeProblem(key, change({ kind: 'revoke', roles: ['USER'], target: member([]) }))).toBeNull();
    expect(accessChangeProblem(standing({ userId: null, apiKey: true }), change({ kind: 'revoke', roles: ['USER'], target: member([]) }))).toBe(
      'You do not manage the members of this company',
    );
  });

  it('I14: a reseller names the first admin of a customer it manages, and nothing more', () => {
    const reseller = standing({ resells: true });
    expect(accessChangeProblem(reseller, change({ kind: 'invite', roles: ['USER', 'BILLING_ADMIN', 'COMPANY_ADMIN'] }))).toBeNull();
    expect(accessChangeProblem(reseller, change({ kind: 'grant', roles: ['COMPANY_ADMIN'], target: member([]) }))).toBe('You do not manage the members of this company');
  });
});

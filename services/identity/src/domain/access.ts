import { ownerDecision, STAFF_ROLES, type OwnerRule } from '@marketgraph/authz';
import { refusal } from '@marketgraph/graphql';
import type { IdentityContext } from '../context';

export const ANY_STAFF = [...STAFF_ROLES];

/**
 * Guards a nested field that reveals more than the object it hangs on: anyone who can resolve
 * a company reference sees its name, only its members and staff see who works there.
 */
export function assertFieldAccess(ctx: IdentityContext, owner: { companyId: string; marketplaceId: string }, rule: OwnerRule, field: string): void {
  const decision = ownerDecision(ctx.actor, owner, rule);
  if (decision !== 'ALLOW') throw refusal(decision === 'NOT_FOUND' ? 'FORBIDDEN' : decision, field);
}

export function mayAccess(ctx: IdentityContext, owner: { companyId: string; marketplaceId: string }, rule: OwnerRule): boolean {
  return ownerDecision(ctx.actor, owner, rule) === 'ALLOW';
}

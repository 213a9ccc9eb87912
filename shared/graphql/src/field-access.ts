import { ownerDecision, type Actor, type Owner, type OwnerRule } from '@marketgraph/authz';
import { refusal } from './errors';

export function mayAccess(actor: Actor, owner: Owner, rule: OwnerRule): boolean {
  return ownerDecision(actor, owner, rule) === 'ALLOW';
}

/**
 * Guards a nested field that reveals more than the object it hangs on: anyone who can resolve
 * a company reference sees its name, only its members and staff see who works there. The
 * parent is already visible, so a refusal is FORBIDDEN rather than NOT_FOUND.
 */
export function assertFieldAccess(actor: Actor, owner: Owner | null, rule: OwnerRule, field: string): void {
  const decision = owner ? ownerDecision(actor, owner, rule) : 'FORBIDDEN';
  if (decision !== 'ALLOW') throw refusal(decision === 'NOT_FOUND' ? 'FORBIDDEN' : decision, field);
}

import { ownerDecision, type Actor, type Owner, type OwnerRule } from '@marketgraph/authz';

/**
 * Narrows a list row by row, for the lists whose rows belong to different owners (a user's
 * memberships). Fields themselves are authorized by the policy table, never here.
 */
export function mayAccess(actor: Actor, owner: Owner, rule: OwnerRule): boolean {
  return ownerDecision(actor, owner, rule) === 'ALLOW';
}

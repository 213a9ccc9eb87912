import { type Actor, type ActorKind, hasRoleIn, isPlatformOperator, isStaffOf, grantsOf } from './actor';
import { STAFF_ROLES, type Role } from './roles';

/** What a policy decided; the subgraph maps every refusal to a GraphQL error code. */
export type Decision = 'ALLOW' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

export interface PolicyContext {
  actor: Actor;
}

export type PolicyArgs = Readonly<Record<string, unknown>>;

/**
 * One declarative rule deciding who may call an operation or read a field (X1). `describe` is
 * what the policy snapshot shows, so that a change of who may call what is visible in review.
 * A nested field's policy also receives the object the field hangs on (`parent`): it decides
 * from the caller and that object, never from how the object was reached.
 */
export interface Policy<C extends PolicyContext = PolicyContext> {
  readonly describe: string;
  /**
   * Whether the policy can refuse a caller that reached the object the field hangs on (X13). Only
   * policies that show a field to every such caller say false (`asObject()`, the caller itself);
   * a field whose policy may refuse is nullable in the schema, so that its refusal nulls that
   * field alone and never the object around it. `test/refusals.test.ts` holds the schema to it.
   */
  readonly mayRefuse: boolean;
  /** Set only by `asObject()`: the field shows nothing beyond its object, so it needs no check of its own. */
  readonly inheritsObject?: true;
  /**
   * Set only by `asSessionOf()`: the actor the field and everything under it are answered as,
   * read from the object the field hangs on; null answers as the caller.
   */
  readonly actsAs?: (parent: unknown) => Actor | null;
  check(ctx: C, args: PolicyArgs, parent?: unknown): Decision | Promise<Decision>;
}

/** Where the data an operation touches lives: the company that owns it and its marketplace. */
export interface Owner {
  companyId: string;
  marketplaceId: string;
  /** The data belongs to the marketplace as a whole (its owner company stands for it). */
  marketplaceWide?: boolean;
}

export type Locate<C extends PolicyContext> = (ctx: C, args: PolicyArgs, parent?: unknown) => Owner | null | Promise<Owner | null>;

/** A value or the promise of one: what policies and their lookups return. */
export type MaybePromise<T> = T | Promise<T>;

export function isPromise<T>(value: MaybePromise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/**
 * `then` that stays synchronous for a plain value. Most checks decide from the actor and the
 * object at hand; answering them without a promise lets GraphQL complete an object's fields
 * synchronously, which is most of what a large page costs.
 */
export function thenMaybe<T, R>(value: MaybePromise<T>, next: (resolved: T) => MaybePromise<R>): MaybePromise<R> {
  return isPromise(value) ? value.then(next) : next(value);
}

const signedIn = (actor: Actor, kinds: readonly ActorKind[]): Decision =>
  actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : kinds.includes(actor.kind) ? 'ALLOW' : 'FORBIDDEN';

/**
 * Anyone, including an anonymous caller, but not an embed token: it sees only its own customer's
 * data (T6). Reserved for the storefront and login paths.
 */
export function open<C extends PolicyContext>(): Policy<C> {
  return { describe: 'anyone but an embed token', mayRefuse: true, check: ({ actor }) => (actor.kind === 'endCustomer' ? 'FORBIDDEN' : 'ALLOW') };
}

/**
 * An entity reference anyone may resolve, an embed token included, because its resolver narrows
 * the row to what each caller may see (C4, T6): the product and version behind an embed's app.
 */
export function openReference<C extends PolicyContext>(): Policy<C> {
  return { describe: 'anyone, embed tokens too; the reference resolver narrows', mayRefuse: false, check: () => 'ALLOW' };
}

/** Any signed-in caller of the given kinds; the domain service narrows what it sees. */
export function signedInAs<C extends PolicyContext>(...kinds: ActorKind[]): Policy<C> {
  return { describe: `signed in as ${kinds.join('|')}`, mayRefuse: true, check: ({ actor }) => signedIn(actor, kinds) };
}

export function platformOperator<C extends PolicyContext>(): Policy<C> {
  return {
    describe: 'platform operator',
    mayRefuse: true,
    check: ({ actor }) => (actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : isPlatformOperator(actor) ? 'ALLOW' : 'FORBIDDEN'),
  };
}

/** Holds one of the roles in at least one membership; the service scopes to those companies. */
export function holdsRole<C extends PolicyContext>(...roles: Role[]): Policy<C> {
  return {
    describe: `holds ${roles.join('|')} in some company`,
    mayRefuse: true,
    check: ({ actor }) => {
      const base = signedIn(actor, ['user', 'apiKey']);
      if (base !== 'ALLOW') return base;
      return isPlatformOperator(actor) || grantsOf(actor).some((g) => g.roles.some((r) => roles.includes(r)))
        ? 'ALLOW'
        : 'FORBIDDEN';
    },
  };
}

/** Marketplace staff (owner-company members) holding one of the roles, in any marketplace. */
export function staff<C extends PolicyContext>(...roles: Role[]): Policy<C> {
  return {
    describe: `marketplace staff ${roles.join('|')}`,
    mayRefuse: true,
    check: ({ actor }) => {
      const base = signedIn(actor, ['user', 'apiKey']);
      if (base !== 'ALLOW') return base;
      const ok =
        isPlatformOperator(actor) ||
        grantsOf(actor).some((g) => g.accessTypes.includes('MARKETPLACE') && g.roles.some((r) => roles.includes(r)));
      return ok ? 'ALLOW' : 'FORBIDDEN';
    },
  };
}

export interface OwnerRule {
  /** Roles in the owning company itself. */
  member?: Role[];
  /** Roles of marketplace staff of the owning company's marketplace. */
  staff?: Role[];
  /** Roles in a reseller company that manages the owning company (I12). */
  reseller?: Role[];
}

/**
 * Authorizes by the caller's roles in the company that owns the data. `locate` finds the owner
 * from the arguments; an owner the caller cannot see at all answers NOT_FOUND, so that
 * existence does not leak across tenants.
 */
export function owner<C extends PolicyContext>(what: string, locate: Locate<C>, rule: OwnerRule): Policy<C> {
  const parts = [
    rule.member?.length ? `${rule.member.join('|')} of the ${what} company` : null,
    rule.staff?.length ? `staff ${rule.staff.join('|')}` : null,
    rule.reseller?.length ? `${rule.reseller.join('|')} of a reseller managing it` : null,
  ].filter((p): p is string => p !== null);
  return {
    describe: parts.join(' or '),
    mayRefuse: true,
    check(ctx, args, parent) {
      const base = signedIn(ctx.actor, ['user', 'apiKey']);
      if (base !== 'ALLOW') return base;
      return thenMaybe(locate(ctx, args, parent), (found) => (found ? ownerDecision(ctx.actor, found, rule) : 'NOT_FOUND'));
    },
  };
}

export function ownerDecision(actor: Actor, found: Owner, rule: OwnerRule): Decision {
  if (isPlatformOperator(actor)) return 'ALLOW';
  const grants = grantsOf(actor);
  if (!grants.some((g) => g.marketplaceId === found.marketplaceId)) return 'NOT_FOUND';
  if (rule.member && hasRoleIn(actor, found.companyId, rule.member)) return 'ALLOW';
  if (rule.staff && isStaffOf(actor, found.marketplaceId, rule.staff)) return 'ALLOW';
  if (
    rule.reseller &&
    grants.some((g) => g.managedCompanyIds.includes(found.companyId) && g.roles.some((r) => rule.reseller?.includes(r)))
  ) {
    return 'ALLOW';
  }
  // A company the caller has no relation with at all must look absent (X3).
  const related =
    found.marketplaceWide === true ||
    grants.some((g) => g.companyId === found.companyId || g.managedCompanyIds.includes(found.companyId)) ||
    isStaffOf(actor, found.marketplaceId, STAFF_ROLES);
  return related ? 'FORBIDDEN' : 'NOT_FOUND';
}

/** The bearer of an embed token (T6), with the permissions it must carry. */
export function endCustomer<C extends PolicyContext>(permission: 'READ' | 'CONFIGURE' = 'READ'): Policy<C> {
  return {
    describe: `end customer with ${permission}`,
    mayRefuse: true,
    check: ({ actor }) => {
      if (actor.kind === 'anonymous') return 'UNAUTHENTICATED';
      if (actor.kind !== 'endCustomer') return 'FORBIDDEN';
      return actor.permissions.includes(permission) ? 'ALLOW' : 'FORBIDDEN';
    },
  };
}

const RANK: Record<Decision, number> = { ALLOW: 3, FORBIDDEN: 2, NOT_FOUND: 1, UNAUTHENTICATED: 0 };
const outranking = (decision: Decision, best: Decision): Decision => (RANK[decision] > RANK[best] ? decision : best);

/** Allows when any of the policies allows; otherwise answers the most specific refusal. */
export function anyOf<C extends PolicyContext>(...policies: Policy<C>[]): Policy<C> {
  return {
    describe: policies.map((p) => p.describe).join(' OR '),
    mayRefuse: policies.every((p) => p.mayRefuse),
    check(ctx, args, parent) {
      // FORBIDDEN outranks NOT_FOUND: a branch only forbids what the caller can already see.
      const from = (index: number, best: Decision): MaybePromise<Decision> => {
        for (let i = index; i < policies.length; i++) {
          const decision = (policies[i] as Policy<C>).check(ctx, args, parent);
          if (isPromise(decision)) return decision.then((d) => (d === 'ALLOW' ? d : from(i + 1, outranking(d, best))));
          if (decision === 'ALLOW') return decision;
          best = outranking(decision, best);
        }
        return best;
      };
      return from(0, 'UNAUTHENTICATED');
    },
  };
}

/**
 * Keys: `Query.field`, `Mutation.field`, `Entity.TypeName` for `_entities` references,
 * `Type.field` for a field of an object type, and `Type.*` for the plain scalar fields of a type
 * that have no entry of their own.
 */
export type PolicyTable<C extends PolicyContext = PolicyContext> = Readonly<Record<string, Policy<C>>>;

export function describePolicies(table: PolicyTable<never>): Record<string, string> {
  return Object.fromEntries(
    Object.keys(table)
      .sort()
      .map((key) => [key, (table[key] as Policy<never>).describe]),
  );
}

/** Reads a string argument by dotted path, such as `input.companyId`. */
export function argAt(args: PolicyArgs, path: string): string | null {
  let value: unknown = args;
  for (const key of path.split('.')) value = (value as Record<string, unknown> | null | undefined)?.[key];
  return typeof value === 'string' ? value : null;
}

/**
 * The scalar fields of an object that carry nothing beyond the object itself: whoever may see the
 * object (the field that returned it was authorized) sees them. Only for `Type.*` entries and
 * plain values; fields that return other objects, lists or secrets have entries of their own.
 */
export function asObject<C extends PolicyContext>(): Policy<C> {
  return { describe: 'whoever may see the object', mayRefuse: false, inheritsObject: true, check: () => 'ALLOW' };
}

/**
 * A nested field authorized by the caller's roles in the company that owns the object it hangs
 * on: `locate` reads the owner from that object (the parent), never from how it was reached.
 */
export function ofParent<C extends PolicyContext, P>(
  what: string,
  locate: (ctx: C, parent: P) => Owner | null | Promise<Owner | null>,
  rule: OwnerRule,
): Policy<C> {
  // `owner` names "the <what> company": the parent's own company reads as "the parent's company".
  return owner<C>(what === 'company' ? "parent's" : `parent's ${what}`, (ctx, _args, parent) => locate(ctx, parent as P), rule);
}

/**
 * The bearer of an embed token (T6), for a nested field of an object that belongs to its own end
 * customer: `owns` says, from the object (the parent), whether it is the token's customer's.
 */
export function embedOwn<C extends PolicyContext, P>(
  what: string,
  owns: (ctx: C, parent: P, endCustomerId: string) => boolean | Promise<boolean>,
  permission: 'READ' | 'CONFIGURE' = 'READ',
): Policy<C> {
  return {
    describe: `end customer with ${permission}, ${what}`,
    mayRefuse: true,
    check(ctx, _args, parent) {
      const { actor } = ctx;
      if (actor.kind === 'anonymous') return 'UNAUTHENTICATED';
      if (actor.kind !== 'endCustomer' || !actor.permissions.includes(permission)) return 'FORBIDDEN';
      return thenMaybe(owns(ctx, parent as P, actor.endCustomerId), (owned) => (owned ? 'ALLOW' : 'FORBIDDEN'));
    },
  };
}

/**
 * A field of a mutation payload that carries an object: judged by that object's own policy, on
 * the object itself, so that a payload shows nothing its caller could not read by ID.
 */
export function carried<C extends PolicyContext, P>(pick: (payload: P) => unknown, policy: Policy<C>): Policy<C> {
  return {
    describe: policy.describe,
    mayRefuse: policy.mayRefuse,
    check(ctx, args, parent) {
      const object = pick(parent as P);
      return object === null || object === undefined ? 'ALLOW' : policy.check(ctx, args, object);
    },
  };
}

/**
 * The user a mutation has just opened a session for (signing in, accepting an invitation): the
 * field is the caller's own outcome, and it and everything under it are answered as the session's
 * actor, read fresh when the session was issued, never as the caller that arrived signed out or
 * without the membership it just gained (I15). `session` picks that actor from the payload; a
 * payload without one answers as the caller.
 */
export function asSessionOf<C extends PolicyContext, P>(session: (payload: P) => Actor | null | undefined): Policy<C> {
  return {
    describe: "the session's own user, and under it what that user may see",
    mayRefuse: false,
    actsAs: (parent) => session(parent as P) ?? null,
    check: () => 'ALLOW',
  };
}

/** A policy whose list the domain narrows row by row; the snapshot says so. */
export function narrowed<C extends PolicyContext>(policy: Policy<C>, rows: string): Policy<C> {
  return { describe: `${policy.describe}; rows narrowed to ${rows}`, mayRefuse: policy.mayRefuse, check: (ctx, args, parent) => policy.check(ctx, args, parent) };
}

/**
 * An entity reference to an object that has no by-ID root field (X13: `node(id:)` refetches it
 * through `_entities`): the row is loaded by the reference's ID and judged by the object's own
 * policy, the one its fields answer to wherever it is reached. A row the caller may not read
 * answers NOT_FOUND, like one that does not exist (X3).
 */
export function asReference<C extends PolicyContext, R>(load: (ctx: C, id: string) => Promise<R | null>, policy: Policy<C>): Policy<C> {
  return {
    describe: `by ID: ${policy.describe}`,
    mayRefuse: true,
    async check(ctx, args) {
      const id = argAt(args, 'id');
      const row = id ? await load(ctx, id) : null;
      if (!row) return 'NOT_FOUND';
      const decision = await policy.check(ctx, {}, row);
      return decision === 'ALLOW' || decision === 'UNAUTHENTICATED' ? decision : 'NOT_FOUND';
    },
  };
}

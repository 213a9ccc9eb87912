import {
  argAt,
  endCustomer,
  open,
  owner,
  signedInAs,
  type Decision,
  type Owner,
  type Policy,
  type PolicyArgs,
  type PolicyTable,
} from '@marketgraph/authz';
import { companyOwner } from '@marketgraph/graphql';
import { App, EndCustomer, Installation, Keyset } from '../entities';
import type { TenancyContext } from '../context';
import { PARTNER_READ, PARTNER_WRITE, TROUBLESHOOTERS } from '../domain/access';

type Locate = (ctx: TenancyContext, args: PolicyArgs) => Promise<Owner | null> | Owner | null;

/** Owners are looked up without the tenant scope: the policy itself answers NOT_FOUND across tenants. */
const ownedRow =
  (entity: typeof EndCustomer | typeof App | typeof Keyset | typeof Installation, path: string): Locate =>
  async (ctx, args) => {
    const id = argAt(args, path);
    const row = id
      ? await ctx.db.manager.findOne(entity, { where: { id }, select: { id: true, partnerCompanyId: true, marketplaceId: true } })
      : null;
    return row ? { companyId: row.partnerCompanyId, marketplaceId: row.marketplaceId } : null;
  };

/** A company named by ID: tenancy keeps no companies, so identity places it; unknown to identity is NOT_FOUND (I1). */
const company =
  (path: string): Locate =>
  (ctx, args) =>
    companyOwner(ctx, argAt(args, path));

/** A customer by ID, else its partner by company ID (lookups by external ID). */
const customerOrPartner =
  (idPath: string, partnerPath: string): Locate =>
  (ctx, args) =>
    argAt(args, idPath) ? ownedRow(EndCustomer, idPath)(ctx, args) : company(partnerPath)(ctx, args);

/** The marketplace as a whole: only its staff hold roles for it. */
const marketplace =
  (path: string): Locate =>
  (_ctx, args) => {
    const marketplaceId = argAt(args, path);
    return marketplaceId ? { companyId: '', marketplaceId, marketplaceWide: true } : null;
  };

/** An embed token is judged by its own policy, everyone else by the partner's: refusals stay NOT_FOUND across tenants. */
function embedOr(forEmbed: Policy<TenancyContext>, forOthers: Policy<TenancyContext>): Policy<TenancyContext> {
  return {
    describe: `${forEmbed.describe} OR ${forOthers.describe}`,
    check: (ctx, args) => (ctx.actor.kind === 'endCustomer' ? forEmbed.check(ctx, args) : forOthers.check(ctx, args)),
  };
}

/** The first locator that names something decides. */
function firstOf(...locators: [string, Locate][]): Locate {
  return async (ctx, args) => {
    for (const [path, locate] of locators) if (argAt(args, path)) return locate(ctx, args);
    return null;
  };
}

/** Activity names a customer, a partner or a marketplace (T9). */
const activityScope: Policy<TenancyContext> = {
  describe: 'COMPANY_ADMIN|DEVELOPER of the partner, staff MARKETPLACE_MANAGER|CUSTOMER_SUPPORT',
  async check(ctx, args): Promise<Decision> {
    if (!argAt(args, 'filter.endCustomerId') && !argAt(args, 'filter.partnerCompanyId') && !argAt(args, 'filter.marketplaceId')) {
      return signedInAs<TenancyContext>('user', 'apiKey').check(ctx, args);
    }
    const checks = [
      argAt(args, 'filter.endCustomerId') ? owner('customer', ownedRow(EndCustomer, 'filter.endCustomerId'), PARTNER_READ) : null,
      argAt(args, 'filter.partnerCompanyId') ? owner('partner', company('filter.partnerCompanyId'), PARTNER_READ) : null,
      argAt(args, 'filter.marketplaceId') ? owner('marketplace', marketplace('filter.marketplaceId'), { staff: TROUBLESHOOTERS }) : null,
    ].filter((p): p is Policy<TenancyContext> => p !== null);
    // Every named scope must be allowed, so that a filter cannot widen what the caller sees.
    for (const policy of checks) {
      const decision = await policy.check(ctx, args);
      if (decision !== 'ALLOW') return decision;
    }
    return 'ALLOW';
  },
};

const partnerWrite = (what: string, locate: Locate): Policy<TenancyContext> => owner(what, locate, PARTNER_WRITE);
const partnerRead = (what: string, locate: Locate): Policy<TenancyContext> => owner(what, locate, PARTNER_READ);

/** Who may call each operation of the tenancy subgraph (X1). Anything missing here is refused. */
export const policies: PolicyTable<TenancyContext> = {
  'Query.endCustomer': partnerRead('customer', customerOrPartner('id', 'partnerCompanyId')),
  'Query.app': partnerRead('app', ownedRow(App, 'id')),
  'Query.keyset': partnerRead('keyset', ownedRow(Keyset, 'id')),
  'Query.embedSession': endCustomer('READ'),
  'Query.activity': embedOr(endCustomer('READ'), activityScope),
  'Query.partners': owner('marketplace', marketplace('marketplaceId'), {
    staff: ['MARKETPLACE_MANAGER', 'REPORTS_MARKETPLACE_MANAGER', 'CUSTOMER_SUPPORT'],
  }),
  'Query.tenancyAuditLog': owner(
    'partner or marketplace',
    firstOf(['companyId', company('companyId')], ['marketplaceId', marketplace('marketplaceId')]),
    { member: ['COMPANY_ADMIN'], staff: ['MARKETPLACE_MANAGER'] },
  ),

  'Mutation.createEndCustomer': partnerWrite('partner', company('input.partnerCompanyId')),
  'Mutation.updateEndCustomer': partnerWrite('customer', ownedRow(EndCustomer, 'input.endCustomerId')),
  'Mutation.createApp': partnerWrite('partner', company('input.partnerCompanyId')),
  'Mutation.assignApp': partnerWrite('app', ownedRow(App, 'input.appId')),
  'Mutation.unassignApp': partnerWrite('app', ownedRow(App, 'input.appId')),
  'Mutation.createKeyset': partnerWrite('app', ownedRow(App, 'input.appId')),
  'Mutation.assignKeyset': partnerWrite('keyset', ownedRow(Keyset, 'input.keysetId')),
  'Mutation.unassignKeyset': partnerWrite('keyset', ownedRow(Keyset, 'input.keysetId')),
  'Mutation.enableKeyset': partnerWrite('keyset', ownedRow(Keyset, 'input.keysetId')),
  'Mutation.disableKeyset': partnerWrite('keyset', ownedRow(Keyset, 'input.keysetId')),
  'Mutation.mintEmbedToken': partnerWrite('customer', customerOrPartner('input.endCustomerId', 'input.partnerCompanyId')),
  'Mutation.setTheme': owner('partner', company('input.companyId'), { member: ['COMPANY_ADMIN', 'DEVELOPER', 'MARKETPLACE_MANAGER'] }),
  'Mutation.installApp': embedOr(endCustomer('CONFIGURE'), partnerWrite('customer', ownedRow(EndCustomer, 'input.endCustomerId'))),
  'Mutation.configureInstallation': embedOr(endCustomer('CONFIGURE'), partnerWrite('installation', ownedRow(Installation, 'input.installationId'))),
  'Mutation.changeInstallationVersion': embedOr(
    endCustomer('CONFIGURE'),
    partnerWrite('installation', ownedRow(Installation, 'input.installationId')),
  ),
  // Integration runners authenticate with the keyset's secret key (checked by the service) or an API key.
  'Mutation.reportActivity': open(),

  // References: rows behind them are read through the tenant scope and the partner rule.
  'Entity.EndCustomer': signedInAs('user', 'apiKey'),
  'Entity.App': signedInAs('user', 'apiKey'),
  'Entity.Company': open(),
  'Entity.Product': open(),
  // Declared unresolvable here: catalog resolves versions; the gateway never asks tenancy.
  'Entity.ProductVersion': signedInAs('user', 'apiKey', 'endCustomer'),
};

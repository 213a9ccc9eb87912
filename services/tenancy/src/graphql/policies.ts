import { argAt, companyOwnerFromActor, open, owner, signedInAs, type PolicyTable } from '@marketgraph/authz';
import type { TenancyContext } from '../context';
import { PARTNER_WRITE } from '../domain/end-customers';

/** Who may call each operation of the tenancy subgraph (X1). Anything missing here is refused. */
export const policies: PolicyTable<TenancyContext> = {
  'Query.endCustomer': signedInAs('user', 'apiKey'),
  'Mutation.createEndCustomer': owner(
    'partner',
    (ctx, args) => companyOwnerFromActor(ctx.actor, argAt(args, 'input.partnerCompanyId')),
    PARTNER_WRITE,
  ),
  // References: rows behind them are read through the tenant scope and the partner rule.
  'Entity.EndCustomer': signedInAs('user', 'apiKey'),
  'Entity.Company': open(),
};

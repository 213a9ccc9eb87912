import { argAt, companyOwnerFromActor, open, owner, type PolicyTable } from '@marketgraph/authz';
import type { CatalogContext } from '../context';

/** Who may call each operation of the catalog subgraph (X1). Anything missing here is refused. */
export const policies: PolicyTable<CatalogContext> = {
  'Query.product': open(),
  'Mutation.createProduct': owner('vendor', (ctx, args) => companyOwnerFromActor(ctx.actor, argAt(args, 'input.vendorCompanyId')), {
    member: ['DEVELOPER'],
  }),
  // References: rows behind them are read through the tenant scope and visibility rules.
  'Entity.Product': open(),
  'Entity.Company': open(),
};

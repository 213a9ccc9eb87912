import { DateTimeScalar, badInput, paginate, payload, toConnection } from '@marketgraph/graphql';
import type { TenancyContext } from '../context';
import { createEndCustomer, endCustomerByExternalId, partnerCustomers, visibleEndCustomer } from '../domain/end-customers';
import type { Resolvers } from './generated';

export const resolvers: Resolvers<TenancyContext> = {
  DateTime: DateTimeScalar,
  Query: {
    endCustomer: (_parent, args, ctx) => {
      if (args.id) return visibleEndCustomer(ctx, args.id);
      if (args.partnerCompanyId && args.externalId) return endCustomerByExternalId(ctx, args.partnerCompanyId, args.externalId);
      throw badInput('id', 'Give id, or partnerCompanyId with externalId');
    },
  },
  Mutation: {
    createEndCustomer: (_parent, { input }, ctx) => payload(async () => ({ endCustomer: await createEndCustomer(ctx, input) })),
  },
  EndCustomer: {
    __resolveReference: (ref, ctx) => visibleEndCustomer(ctx, ref.id),
    partner: (customer) => ({ id: customer.partnerCompanyId }),
  },
  Company: {
    __resolveReference: (ref) => ({ id: ref.id }),
    endCustomers: (company, args, ctx) => {
      const qb = partnerCustomers(ctx, company.id);
      return qb ? paginate(qb, args) : toConnection([], 0, async () => 0);
    },
  },
};

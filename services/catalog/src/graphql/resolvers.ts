import { DateTimeScalar, paginate, payload } from '@marketgraph/graphql';
import type { CatalogContext } from '../context';
import { createProduct, vendorProducts, visibleProduct } from '../domain/products';
import type { Resolvers } from './generated';

export const resolvers: Resolvers<CatalogContext> = {
  DateTime: DateTimeScalar,
  Query: {
    product: (_parent, args, ctx) => visibleProduct(ctx, args.id),
  },
  Mutation: {
    createProduct: (_parent, { input }, ctx) => payload(async () => ({ product: await createProduct(ctx, input) })),
  },
  Product: {
    __resolveReference: (ref, ctx) => visibleProduct(ctx, ref.id),
    vendor: (product) => ({ id: product.vendorCompanyId }),
  },
  Company: {
    __resolveReference: (ref) => ({ id: ref.id }),
    products: (company, args, ctx) => paginate(vendorProducts(ctx, company.id), args),
  },
};

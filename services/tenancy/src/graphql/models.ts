import type { Connection } from '@marketgraph/graphql';
import type { EndCustomer } from '../entities';

/** A company as tenancy knows it: only its key. Identity resolves the rest. */
export interface CompanyRef {
  id: string;
}
export type EndCustomerConnectionModel = Connection<EndCustomer>;

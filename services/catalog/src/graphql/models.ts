import type { Connection } from '@marketgraph/graphql';
import type { Product } from '../entities';

/** A company as catalog knows it: only its key. Identity resolves the rest. */
export interface CompanyRef {
  id: string;
}
export type ProductConnectionModel = Connection<Product>;

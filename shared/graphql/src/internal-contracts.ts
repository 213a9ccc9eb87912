import type { AccessType } from '@marketgraph/authz';

/*
 * What one service's internal routes answer another. Both sides use these types, so a change
 * of the contract is a change on both.
 */

/**
 * identity `companies` (body `{ companyIds }`, at most 100): what another subgraph may learn of
 * the companies it references by ID, the known ones only. Which marketplace a company belongs to
 * is identity's fact; the other subgraphs ask for it, never infer it (I1, C7, C9).
 */
export interface CompanyFacts {
  id: string;
  marketplaceId: string;
  accessTypes: AccessType[];
}

/** identity `membership`: whether a user belongs to a company now, as an ACTIVE membership of an enabled user (C8, I10). */
export interface MembershipFacts {
  active: boolean;
}

/** catalog `product`: what tenancy needs of a product it links an app to (T3). */
export interface ProductFacts {
  id: string;
  vendorCompanyId: string;
  marketplaceId: string;
  state: 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'ARCHIVED';
}

/** catalog `product-version`: what tenancy needs of a version it installs and validates configuration against (T8). */
export interface ProductVersionFacts {
  id: string;
  productId: string;
  vendorCompanyId: string;
  marketplaceId: string;
  version: string;
  state: 'DRAFT' | 'RELEASED' | 'DEPRECATED';
  configSchema: unknown;
}

/**
 * catalog and tenancy `nodes` (body `NodesRequest`): which of the IDs the caller may read, and
 * the type of each, as that type's by-ID root field decides for the caller (X13). Identity, which
 * answers `node(id:)`, asks; unknown and refused IDs are left out alike.
 */
export interface NodeRef {
  id: string;
  typename: string;
}

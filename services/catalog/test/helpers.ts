import { newId } from '@marketgraph/db';
import { invite, ok, type GqlResponse, type MarketplaceFixture, type Person, type TestGraph } from '@marketgraph/testing';
import type { Product } from '../src/entities';

export interface UserErrorShape {
  field: string | null;
  code: string;
  message: string;
  rule: string | null;
}

export const ERRORS = 'userErrors { field code message rule }';

export const CREATE_PRODUCT = `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id state } ${ERRORS} } }`;
export const UPDATE_PRODUCT = `mutation($input: UpdateProductInput!) {
  updateProduct(input: $input) { product { id name tagline categories } revision { id state tagline } ${ERRORS} } }`;
export const SUBMIT = `mutation($id: ID!) { submitProduct(productId: $id) { product { id state } ${ERRORS} } }`;
export const APPROVE = `mutation($id: ID!) { approveProduct(productId: $id) { product { id state } ${ERRORS} } }`;
export const REJECT = `mutation($id: ID!, $reason: String!) { rejectProduct(productId: $id, reason: $reason) { product { id state rejectionReason } ${ERRORS} } }`;
export const ARCHIVE = `mutation($id: ID!) { archiveProduct(productId: $id) { product { id state } ${ERRORS} } }`;
export const CREATE_EDITION = `mutation($input: CreateEditionInput!) {
  createEdition(input: $input) { edition { id name price { amountMinor currency } billingPeriod allowsMultipleSubscriptions } ${ERRORS} } }`;
export const CREATE_VERSION = `mutation($input: CreateVersionInput!) { createVersion(input: $input) { version { id version state configSchema } ${ERRORS} } }`;
export const RELEASE = `mutation($id: ID!) { releaseVersion(versionId: $id) { version { id state } ${ERRORS} } }`;
export const DEPRECATE = `mutation($id: ID!) { deprecateVersion(versionId: $id) { version { id state } ${ERRORS} } }`;
export const SUBSCRIBE = `mutation($input: SubscribeInput!) {
  subscribe(input: $input) { subscription { id state channel company { id } buyerCompany { id } buyer { id } price { amountMinor currency } } ${ERRORS} } }`;
export const CANCEL = `mutation($id: ID!) { cancelSubscription(subscriptionId: $id) { subscription { id state cancelledAt } ${ERRORS} } }`;
export const ASSIGN = `mutation($input: AssignProductInput!) { assignProduct(input: $input) { assignment { id active } ${ERRORS} } }`;

export type Res = Pick<GqlResponse, 'errors'>;

export function codes(res: Res): (string | undefined)[] {
  return (res.errors ?? []).map((e) => e.extensions?.code);
}

/** The payload of the single mutation in a response. */
export function payloadOf<T = Record<string, unknown>>(res: GqlResponse): T & { userErrors: UserErrorShape[] } {
  if (!res.data) throw new Error(`no data: ${JSON.stringify(res.errors)}`);
  return Object.values(res.data)[0] as T & { userErrors: UserErrorShape[] };
}

/** What a call came to: OK, a user error code, or the GraphQL error code. */
export function outcome(res: GqlResponse): string {
  const code = codes(res)[0];
  if (code) return code;
  const errors = payloadOf(res).userErrors;
  return errors[0]?.code ?? 'OK';
}

export interface Staff {
  productSupport: Person;
  salesSupport: Person;
  reports: Person;
  resellerManager: Person;
}

/** Marketplace staff beyond the owner: one person per role in the owner company. */
export async function staffOf(graph: TestGraph, m: MarketplaceFixture): Promise<Staff> {
  const tag = m.slug.replace(/-market$/, '');
  const owner = m.companies.owner;
  const token = m.people.owner.token;
  return {
    productSupport: await invite(graph, token, owner, `support@${tag}.test`, ['PRODUCT_SUPPORT']),
    salesSupport: await invite(graph, token, owner, `sales@${tag}.test`, ['SALES_SUPPORT']),
    reports: await invite(graph, token, owner, `reports@${tag}.test`, ['REPORTS_MARKETPLACE_MANAGER']),
    resellerManager: await invite(graph, token, owner, `resellers@${tag}.test`, ['RESELLER_MANAGER']),
  };
}

/** Gives the reseller admin the RESELLER role and makes the customer company its customer (I12). */
export async function makeReseller(graph: TestGraph, m: MarketplaceFixture): Promise<void> {
  await ok(
    graph,
    `mutation($m: ID!) { grantRoles(input: { membershipId: $m, roles: [RESELLER] }) { membership { id } userErrors { message } } }`,
    { m: m.people.resellerAdmin.membershipId },
    m.people.owner.token,
  );
  await ok(
    graph,
    'mutation($r: ID!, $c: ID!) { addResellerCustomer(resellerCompanyId: $r, customerCompanyId: $c) { company { id } userErrors { message } } }',
    { r: m.companies.reseller, c: m.companies.customer },
    m.people.owner.token,
  );
}

export interface DraftOptions {
  name?: string;
  edition?: { priceMinor?: number; currency?: string; allowsMultipleSubscriptions?: boolean };
}

/** A draft product of the developer company with one edition. */
export async function draftProduct(graph: TestGraph, m: MarketplaceFixture, options: DraftOptions = {}): Promise<{ productId: string; editionId: string }> {
  const token = m.people.developer.token;
  const created = await ok<{ createProduct: { product: { id: string } } }>(
    graph,
    CREATE_PRODUCT,
    { input: { vendorCompanyId: m.companies.developer, name: options.name ?? `Product ${Math.random().toString(36).slice(2, 8)}` } },
    token,
  );
  const productId = created.createProduct.product.id;
  const edition = await ok<{ createEdition: { edition: { id: string } } }>(
    graph,
    CREATE_EDITION,
    {
      input: {
        productId,
        name: 'Standard',
        priceMinor: options.edition?.priceMinor ?? 1000,
        currency: options.edition?.currency ?? 'EUR',
        billingPeriod: 'MONTHLY',
        allowsMultipleSubscriptions: options.edition?.allowsMultipleSubscriptions ?? false,
      },
    },
    token,
  );
  return { productId, editionId: edition.createEdition.edition.id };
}

/** A published product of the developer company with one edition, approved by the owner. */
export async function publishedProduct(graph: TestGraph, m: MarketplaceFixture, options: DraftOptions = {}): Promise<{ productId: string; editionId: string }> {
  const draft = await draftProduct(graph, m, options);
  await ok(graph, SUBMIT, { id: draft.productId }, m.people.developer.token);
  await ok(graph, APPROVE, { id: draft.productId }, m.people.owner.token);
  return draft;
}

/** A published product's row, for tests that write many rows directly instead of through the graph. */
export function publishedProductRow(marketplaceId: string, vendorCompanyId: string, name: string, at: Date): Product {
  return {
    id: newId(),
    marketplaceId,
    vendorCompanyId,
    name,
    state: 'PUBLISHED',
    description: '',
    tagline: '',
    logoUrl: null,
    screenshots: '[]',
    categories: '[]',
    rejectionReason: null,
    createdAt: at,
    updatedAt: at,
    publishedAt: at,
  };
}

import { newId } from '@marketgraph/db';
import { ok, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { ProductVersion } from '../../catalog/src/entities';

export interface UserErrorShape {
  field: string | null;
  code: string;
  message: string;
  rule: string | null;
}

export type Res = { errors?: { extensions?: { code?: string } }[] };

export function codes(res: Res): (string | undefined)[] {
  return (res.errors ?? []).map((e) => e.extensions?.code);
}

/** The payload of the single mutation in a response. */
export function payloadOf<T = Record<string, unknown>>(data: Record<string, unknown> | null): T & { userErrors: UserErrorShape[] } {
  if (!data) throw new Error('no data');
  return Object.values(data)[0] as T & { userErrors: UserErrorShape[] };
}

const ERRORS = 'userErrors { field code message rule }';

export const CREATE_CUSTOMER = `mutation($input: CreateEndCustomerInput!) {
  createEndCustomer(input: $input) { endCustomer { id name externalId } ${ERRORS} } }`;
export const UPDATE_CUSTOMER = `mutation($input: UpdateEndCustomerInput!) {
  updateEndCustomer(input: $input) { endCustomer { id name externalId } ${ERRORS} } }`;
export const CREATE_APP = `mutation($input: CreateAppInput!) { createApp(input: $input) { app { id name } ${ERRORS} } }`;
export const ASSIGN_APP = `mutation($input: AppAssignmentInput!) { assignApp(input: $input) { app { id } ${ERRORS} } }`;
export const UNASSIGN_APP = `mutation($input: AppAssignmentInput!) { unassignApp(input: $input) { app { id } ${ERRORS} } }`;
export const CREATE_KEYSET = `mutation($input: CreateKeysetInput!) {
  createKeyset(input: $input) { keyset { id publishKey subscribeKey secretKeyPrefix enabled } secretKey ${ERRORS} } }`;
export const ASSIGN_KEYSET = `mutation($input: AssignKeysetInput!) {
  assignKeyset(input: $input) { keyset { id endCustomer { id } } ${ERRORS} } }`;
export const UNASSIGN_KEYSET = `mutation($input: KeysetInput!) { unassignKeyset(input: $input) { keyset { id } ${ERRORS} } }`;
export const ENABLE_KEYSET = `mutation($input: KeysetInput!) { enableKeyset(input: $input) { keyset { id enabled } ${ERRORS} } }`;
export const DISABLE_KEYSET = `mutation($input: KeysetInput!) { disableKeyset(input: $input) { keyset { id enabled } ${ERRORS} } }`;
export const MINT = `mutation($input: MintEmbedTokenInput!) {
  mintEmbedToken(input: $input) { token expiresAt permissions endCustomer { id } ${ERRORS} } }`;
export const SET_THEME = `mutation($input: SetThemeInput!) {
  setTheme(input: $input) { theme { name logoUrl primaryColor accentColor marketplaceDefault } ${ERRORS} } }`;
export const INSTALL = `mutation($input: InstallAppInput!) {
  installApp(input: $input) { installation { id version versionId configuration credentialsSet } ${ERRORS} } }`;
export const CONFIGURE = `mutation($input: ConfigureInstallationInput!) {
  configureInstallation(input: $input) { installation { id version configuration credentialsSet } ${ERRORS} } }`;
export const CHANGE_VERSION = `mutation($input: ChangeInstallationVersionInput!) {
  changeInstallationVersion(input: $input) { installation { id version versionId configuration } ${ERRORS} } }`;
export const REPORT = `mutation($input: ReportActivityInput!) {
  reportActivity(input: $input) { event { id status recordsProcessed keysetId } ${ERRORS} } }`;
export const CREATE_PRODUCT = `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { message } } }`;

export async function createCustomer(graph: TestGraph, token: string, partnerCompanyId: string, name: string, externalId: string): Promise<string> {
  const data = await ok<{ createEndCustomer: { endCustomer: { id: string } } }>(graph, CREATE_CUSTOMER, { input: { partnerCompanyId, name, externalId } }, token);
  return data.createEndCustomer.endCustomer.id;
}

export async function createApp(graph: TestGraph, token: string, partnerCompanyId: string, name: string, productId?: string): Promise<string> {
  const data = await ok<{ createApp: { app: { id: string } } }>(graph, CREATE_APP, { input: { partnerCompanyId, name, productId } }, token);
  return data.createApp.app.id;
}

export async function createKeyset(graph: TestGraph, token: string, appId: string, name: string): Promise<{ id: string; secretKey: string }> {
  const data = await ok<{ createKeyset: { keyset: { id: string }; secretKey: string } }>(graph, CREATE_KEYSET, { input: { appId, name } }, token);
  return { id: data.createKeyset.keyset.id, secretKey: data.createKeyset.secretKey };
}

export interface PartnerSetup {
  customerId: string;
  appId: string;
  keysetId: string;
  secretKey: string;
}

/** A customer of the fixture's developer company holding one app with one assigned, enabled keyset. */
export async function activeCustomer(graph: TestGraph, m: MarketplaceFixture, tag: string, productId?: string): Promise<PartnerSetup> {
  const token = m.people.developer.token;
  const partner = m.companies.developer;
  const customerId = await createCustomer(graph, token, partner, `Customer ${tag}`, `cust-${tag}`);
  const appId = await createApp(graph, token, partner, `App ${tag}`, productId);
  await ok(graph, ASSIGN_APP, { input: { endCustomerId: customerId, appId } }, token);
  const keyset = await createKeyset(graph, token, appId, `Keyset ${tag}`);
  await ok(graph, ASSIGN_KEYSET, { input: { keysetId: keyset.id, endCustomerId: customerId } }, token);
  return { customerId, appId, keysetId: keyset.id, secretKey: keyset.secretKey };
}

export async function mint(graph: TestGraph, token: string, endCustomerId: string, permissions: string[] = ['READ', 'CONFIGURE'], expiresInSeconds?: number): Promise<string> {
  const data = await ok<{ mintEmbedToken: { token: string } }>(graph, MINT, { input: { endCustomerId, permissions, expiresInSeconds } }, token);
  return data.mintEmbedToken.token;
}

export async function createProduct(graph: TestGraph, m: MarketplaceFixture, name: string): Promise<string> {
  const data = await ok<{ createProduct: { product: { id: string } } }>(
    graph,
    CREATE_PRODUCT,
    { input: { vendorCompanyId: m.companies.developer, name } },
    m.people.developer.token,
  );
  return data.createProduct.product.id;
}

/**
 * A version of a product with a configuration schema. Catalog owns versions; written straight
 * into catalog's database here, as its release workflow would leave it.
 */
export async function productVersion(
  graph: TestGraph,
  m: MarketplaceFixture,
  productId: string,
  version: string,
  configSchema: unknown,
  state: 'DRAFT' | 'RELEASED' | 'DEPRECATED' = 'RELEASED',
): Promise<string> {
  const id = newId();
  await graph.databases.catalog.manager.insert(ProductVersion, {
    id,
    marketplaceId: m.marketplaceId,
    productId,
    version,
    changelog: `Version ${version}`,
    configSchema: JSON.stringify(configSchema),
    state,
    createdAt: new Date(),
  });
  return id;
}

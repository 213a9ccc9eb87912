'use strict';

const ERR = 'userErrors { message }';
const CREATE_PRODUCT = `mutation($i: CreateProductInput!) { createProduct(input: $i) { product { id } ${ERR} } }`;
const UPDATE_PRODUCT = `mutation($i: UpdateProductInput!) { updateProduct(input: $i) { product { id } ${ERR} } }`;
const CREATE_EDITION = `mutation($i: CreateEditionInput!) { createEdition(input: $i) { edition { id } ${ERR} } }`;
const CREATE_VERSION = `mutation($i: CreateVersionInput!) { createVersion(input: $i) { version { id } ${ERR} } }`;
const RELEASE = `mutation($id: ID!) { releaseVersion(versionId: $id) { version { id } ${ERR} } }`;
const SUBMIT = `mutation($id: ID!) { submitProduct(productId: $id) { product { id } ${ERR} } }`;
const APPROVE = `mutation($id: ID!) { approveProduct(productId: $id) { product { id } ${ERR} } }`;
const REJECT = `mutation($id: ID!, $r: String!) { rejectProduct(productId: $id, reason: $r) { product { id } ${ERR} } }`;
const SUBSCRIBE = `mutation($i: SubscribeInput!) { subscribe(input: $i) { subscription { id } ${ERR} } }`;
const ASSIGN = `mutation($i: AssignProductInput!) { assignProduct(input: $i) { assignment { id } ${ERR} } }`;
const REQUEST = `mutation($i: RequestPurchaseInput!) { requestPurchase(input: $i) { purchaseRequest { id } ${ERR} } }`;
const CREATE_LEAD = `mutation($i: CreateLeadInput!) { createLead(input: $i) { lead { id } ${ERR} } }`;
const ASSIGN_LEAD = `mutation($id: ID!, $r: ID!) { assignLead(leadId: $id, resellerCompanyId: $r) { lead { id } ${ERR} } }`;
const CONVERT_LEAD = `mutation($id: ID!, $c: ID!) { convertLead(leadId: $id, customerCompanyId: $c) { lead { id } ${ERR} } }`;
const LOSE_LEAD = `mutation($id: ID!, $r: String!) { markLeadLost(leadId: $id, reason: $r) { lead { id } ${ERR} } }`;

const CRM_SCHEMA = {
  type: 'object',
  properties: {
    crmUrl: { type: 'string', minLength: 1, description: 'Base URL of the CRM' },
    syncIntervalMinutes: { type: 'integer', minimum: 5, maximum: 1440, default: 60 },
    apiToken: { type: 'string', description: 'Credential for the CRM API' },
  },
  required: ['crmUrl', 'apiToken'],
  additionalProperties: false,
};
const INVOICING_SCHEMA = {
  type: 'object',
  properties: { ledger: { type: 'string', enum: ['xero', 'quickbooks', 'datev'] }, currency: { type: 'string', minLength: 3, maxLength: 3 } },
  required: ['ledger'],
  additionalProperties: false,
};

/**
 * Demo catalog of the marketplace: published, in-review and draft products of Bright Apps with
 * editions and versions, subscriptions and app assignments at Northwind, a purchase request,
 * and leads of the referral and reseller partners. Returns what tenancy's demo builds on:
 * `products` (name -> product ID) and `versions` (product name -> semver -> ID of a RELEASED
 * version).
 */
async function seedCatalog({ api, password, companies }) {
  const [olivia, pete, sam, devon, carl, bea, ulf, rob] = await Promise.all(
    [
      'olivia@acme.example',
      'pete@acme.example',
      'sam@acme.example',
      'devon@brightapps.example',
      'carl@channelpartners.example',
      'bea@northwind.example',
      'ulf@northwind.example',
      'rob@referralfriends.example',
    ].map((email) => api.login(email, password)),
  );
  const products = {};
  const versions = {};
  const editions = {};

  async function product(name, content, productEditions) {
    const created = await api.request(CREATE_PRODUCT, { i: { vendorCompanyId: companies.brightApps, name, ...content } }, devon);
    const id = created.createProduct.product.id;
    products[name] = id;
    for (const edition of productEditions) {
      const e = await api.request(CREATE_EDITION, { i: { productId: id, ...edition } }, devon);
      editions[`${name} ${edition.name}`] = e.createEdition.edition.id;
    }
    return id;
  }
  async function version(productName, semver, changelog, configSchema, release) {
    const created = await api.request(CREATE_VERSION, { i: { productId: products[productName], version: semver, changelog, configSchema } }, devon);
    const id = created.createVersion.version.id;
    if (release) {
      await api.request(RELEASE, { id }, devon);
      versions[productName] = { ...versions[productName], [semver]: id };
    }
    return id;
  }

  // Bright CRM Sync: published on first review, two releases and a beta in the works.
  const crm = await product(
    'Bright CRM Sync',
    {
      tagline: 'Two-way sync between your CRM and the marketplace',
      description: 'Keeps contacts, deals and activities in sync, every hour or on demand.',
      logoUrl: 'https://brightapps.example/logos/crm-sync.png',
      screenshots: ['https://brightapps.example/shots/crm-sync-1.png'],
      categories: ['CRM', 'Integrations'],
    },
    [
      { name: 'Starter', priceMinor: 2900, currency: 'EUR', billingPeriod: 'MONTHLY' },
      { name: 'Business', priceMinor: 9900, currency: 'EUR', billingPeriod: 'MONTHLY', allowsMultipleSubscriptions: true },
    ],
  );
  await version('Bright CRM Sync', '1.0.0', 'First release: contacts and deals.', CRM_SCHEMA, true);
  await version('Bright CRM Sync', '1.1.0', 'Activities sync; configurable interval.', CRM_SCHEMA, true);
  await version('Bright CRM Sync', '2.0.0-beta.1', 'Webhooks instead of polling.', CRM_SCHEMA, false);
  await api.request(SUBMIT, { id: crm }, devon);
  await api.request(APPROVE, { id: crm }, olivia);
  // A pending revision: buyers keep the published tagline until a reviewer approves it.
  await api.request(UPDATE_PRODUCT, { i: { productId: crm, tagline: 'Real-time two-way CRM sync' } }, devon);

  // Bright Invoicing: rejected once with a reason, fixed, then approved.
  const invoicing = await product(
    'Bright Invoicing',
    { tagline: 'Invoices straight into your ledger', categories: ['Finance'] },
    [{ name: 'Annual', priceMinor: 49000, currency: 'EUR', billingPeriod: 'YEARLY' }],
  );
  await version('Bright Invoicing', '1.0.0', 'First release.', INVOICING_SCHEMA, true);
  await api.request(SUBMIT, { id: invoicing }, devon);
  await api.request(REJECT, { id: invoicing, r: 'Please add a description and say which ledgers are supported.' }, pete);
  await api.request(UPDATE_PRODUCT, { i: { productId: invoicing, description: 'Posts invoices to Xero, QuickBooks or DATEV.' } }, devon);
  await api.request(SUBMIT, { id: invoicing }, devon);
  await api.request(APPROVE, { id: invoicing }, pete);

  // Bright Analytics waits for review; Bright Forms is still a draft.
  await product('Bright Analytics', { tagline: 'Dashboards for your marketplace data', categories: ['Analytics'] }, [
    { name: 'Team', priceMinor: 1500, currency: 'USD', billingPeriod: 'MONTHLY' },
  ]);
  await api.request(SUBMIT, { id: products['Bright Analytics'] }, devon);
  await product('Bright Forms', { tagline: 'Forms that feed your CRM' }, [{ name: 'Lifetime', priceMinor: 19900, currency: 'USD', billingPeriod: 'ONE_TIME' }]);

  // Northwind buys CRM Sync itself and gets Invoicing through its reseller; Ulf asks for more.
  const crmSub = await api.request(SUBSCRIBE, { i: { editionId: editions['Bright CRM Sync Starter'], companyId: companies.northwind } }, bea);
  await api.request(SUBSCRIBE, { i: { editionId: editions['Bright Invoicing Annual'], companyId: companies.northwind } }, carl);
  const beaId = (await api.request('{ viewer { user { id } } }', {}, bea)).viewer.user.id;
  const ulfId = (await api.request('{ viewer { user { id } } }', {}, ulf)).viewer.user.id;
  for (const userId of [beaId, ulfId]) {
    await api.request(ASSIGN, { i: { subscriptionId: crmSub.subscribe.subscription.id, userId } }, bea);
  }
  await api.request(
    REQUEST,
    { i: { editionId: editions['Bright CRM Sync Business'], companyId: companies.northwind, note: 'The sales team needs deal sync too.' } },
    ulf,
  );

  // Leads: Rob refers prospects, Sam hands them to Channel Partners, Carl works them.
  const robMembership = (await api.request('{ viewer { memberships { id } } }', {}, rob)).viewer.memberships[0].id;
  await api.request(
    `mutation($m: ID!) { grantRoles(input: { membershipId: $m, roles: [REFERRAL] }) { membership { id } ${ERR} } }`,
    { m: robMembership },
    olivia,
  );
  const lead = async (token, companyId, prospectCompanyName, contactEmail, productId) =>
    (await api.request(CREATE_LEAD, { i: { companyId, prospectCompanyName, contactEmail, productId } }, token)).createLead.lead.id;
  const globex = await lead(rob, companies.referrals, 'Globex', 'hank@globex.example', crm);
  await lead(rob, companies.referrals, 'Initech', 'bill@initech.example', invoicing);
  await api.request(ASSIGN_LEAD, { id: globex, r: companies.channel }, sam);
  const expansion = await lead(carl, companies.channel, 'Northwind (new subsidiary)', 'bea@northwind.example', invoicing);
  await api.request(CONVERT_LEAD, { id: expansion, c: companies.northwind }, carl);
  const lost = await lead(carl, companies.channel, 'Umbrella', 'alice@umbrella.example', crm);
  await api.request(LOSE_LEAD, { id: lost, r: 'Went with an in-house tool' }, carl);

  return { products, versions };
}

module.exports = { seedCatalog };

'use strict';

const ERR = 'userErrors { message }';
const CREATE_CUSTOMER = `mutation($i: CreateEndCustomerInput!) { createEndCustomer(input: $i) { endCustomer { id } ${ERR} } }`;
const CREATE_APP = `mutation($i: CreateAppInput!) { createApp(input: $i) { app { id } ${ERR} } }`;
const ASSIGN_APP = `mutation($i: AppAssignmentInput!) { assignApp(input: $i) { app { id } ${ERR} } }`;
const CREATE_KEYSET = `mutation($i: CreateKeysetInput!) { createKeyset(input: $i) { keyset { id } secretKey ${ERR} } }`;
const ASSIGN_KEYSET = `mutation($i: AssignKeysetInput!) { assignKeyset(input: $i) { keyset { id } ${ERR} } }`;
const DISABLE_KEYSET = `mutation($i: KeysetInput!) { disableKeyset(input: $i) { keyset { id } ${ERR} } }`;
const SET_THEME = `mutation($i: SetThemeInput!) { setTheme(input: $i) { theme { name } ${ERR} } }`;
const MINT = `mutation($i: MintEmbedTokenInput!) { mintEmbedToken(input: $i) { token ${ERR} } }`;
const INSTALL = `mutation($i: InstallAppInput!) { installApp(input: $i) { installation { id } ${ERR} } }`;
const REPORT = `mutation($i: ReportActivityInput!) { reportActivity(input: $i) { event { id } ${ERR} } }`;

const minutesAgo = (minutes) => new Date(Date.now() - minutes * 60_000).toISOString();

/**
 * Demo tenants of the partner Bright Apps: end customers with apps and keysets, a switched-off
 * customer, white-label themes of the marketplace and the partner, installations of released
 * catalog versions made through embed tokens, and integration runs reported with keyset secrets.
 */
async function seedTenancy({ api, password, companies, catalog }) {
  const [olivia, dana, devon] = await Promise.all(
    ['olivia@acme.example', 'dana@brightapps.example', 'devon@brightapps.example'].map((email) => api.login(email, password)),
  );
  const partnerCompanyId = companies.brightApps;
  const products = catalog?.products ?? {};
  const versions = catalog?.versions ?? {};

  await api.request(SET_THEME, { i: { companyId: companies.acme, name: 'Acme Marketplace', logoUrl: 'https://acme.example/logo.svg', primaryColor: '#1f2937', accentColor: '#f59e0b' } }, olivia);
  await api.request(SET_THEME, { i: { companyId: partnerCompanyId, name: 'Bright Apps', logoUrl: 'https://brightapps.example/logo.svg', primaryColor: '#2563eb', accentColor: '#10b981' } }, dana);

  const customers = {};
  for (const [name, externalId] of [['Globex', 'globex-001'], ['Initech', 'initech-002'], ['Umbrella', 'umbrella-003'], ['Hooli', 'hooli-004']]) {
    customers[name] = (await api.request(CREATE_CUSTOMER, { i: { partnerCompanyId, name, externalId } }, devon)).createEndCustomer.endCustomer.id;
  }
  const apps = {};
  for (const [name, productName] of [['CRM Sync', 'Bright CRM Sync'], ['Invoicing', 'Bright Invoicing'], ['Status Board', null]]) {
    const productId = productName ? products[productName] : undefined;
    apps[name] = (await api.request(CREATE_APP, { i: { partnerCompanyId, name, productId } }, devon)).createApp.app.id;
  }

  // Who holds what: each customer gets its apps and one keyset per app.
  const holdings = { Globex: ['CRM Sync', 'Invoicing'], Initech: ['CRM Sync'], Umbrella: ['Status Board'], Hooli: ['CRM Sync'] };
  const keysets = {};
  for (const [customer, appNames] of Object.entries(holdings)) {
    for (const app of appNames) {
      await api.request(ASSIGN_APP, { i: { endCustomerId: customers[customer], appId: apps[app] } }, devon);
      const created = (await api.request(CREATE_KEYSET, { i: { appId: apps[app], name: `${customer} production` } }, devon)).createKeyset;
      await api.request(ASSIGN_KEYSET, { i: { keysetId: created.keyset.id, endCustomerId: customers[customer] } }, devon);
      keysets[`${customer} ${app}`] = { id: created.keyset.id, secretKey: created.secretKey };
    }
  }
  // A spare keyset waiting for a customer.
  await api.request(CREATE_KEYSET, { i: { appId: apps['CRM Sync'], name: 'Spare' } }, devon);

  // Customers install through the embedded UI, with tokens the partner mints for them.
  const embedFor = async (externalId) =>
    (await api.request(MINT, { i: { partnerCompanyId, externalId, permissions: ['READ', 'CONFIGURE'], expiresInSeconds: 600 } }, devon)).mintEmbedToken.token;
  const crmRelease = versions['Bright CRM Sync']?.['1.1.0'] ?? versions['Bright CRM Sync']?.['1.0.0'];
  if (crmRelease) {
    for (const [customer, externalId, crmUrl] of [['Globex', 'globex-001', 'https://globex.crm.example'], ['Initech', 'initech-002', 'https://crm.initech.example']]) {
      await api.request(
        INSTALL,
        { i: { appId: apps['CRM Sync'], versionId: crmRelease, configuration: { crmUrl, syncIntervalMinutes: 60 }, credentials: { apiToken: `demo-token-${customer.toLowerCase()}` } } },
        await embedFor(externalId),
      );
    }
  }
  const invoicingRelease = versions['Bright Invoicing']?.['1.0.0'];
  if (invoicingRelease) {
    await api.request(INSTALL, { i: { appId: apps.Invoicing, versionId: invoicingRelease, configuration: { ledger: 'xero', currency: 'EUR' } } }, await embedFor('globex-001'));
  }

  // Integration runs report with their keyset's secret key.
  const runs = [
    ['Globex CRM Sync', 'run-g1', 180, [['STARTED', null, null], ['SUCCEEDED', 1204, 'Contacts and deals synced']]],
    ['Globex CRM Sync', 'run-g2', 60, [['STARTED', null, null], ['SUCCEEDED', 87, 'Incremental sync']]],
    ['Globex Invoicing', 'run-g3', 45, [['STARTED', null, null], ['FAILED', 12, 'Ledger rejected invoice INV-1042: unknown tax code']]],
    ['Initech CRM Sync', 'run-i1', 30, [['STARTED', null, null], ['SUCCEEDED', 530, 'Contacts synced']]],
    ['Hooli CRM Sync', 'run-h1', 20, [['STARTED', null, null], ['FAILED', 0, 'CRM answered 401: token revoked']]],
  ];
  for (const [keyset, runId, ago, reports] of runs) {
    for (const [i, [status, recordsProcessed, message]] of reports.entries()) {
      await api.request(REPORT, { i: { secretKey: keysets[keyset].secretKey, runId, status, recordsProcessed, message, occurredAt: minutesAgo(ago - i * 2) } });
    }
  }

  // Hooli stopped paying: its only keyset is disabled, so it has no access any more.
  await api.request(DISABLE_KEYSET, { i: { keysetId: keysets['Hooli CRM Sync'].id } }, dana);
}

module.exports = { seedTenancy };

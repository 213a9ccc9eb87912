'use strict';
// The demo marketplace of `npm start`, created through the public graph as its users would.
const { client } = require('./client');
const { seedCatalog } = require('./catalog');
const { seedTenancy } = require('./tenancy');

const PASSWORD = 'demo-password-1';
const DEMO_LOGINS = {
  password: PASSWORD,
  users: [
    { email: 'olivia@acme.example', what: 'Acme (owner): COMPANY_ADMIN, MARKETPLACE_MANAGER' },
    { email: 'pete@acme.example', what: 'Acme (owner): PRODUCT_SUPPORT' },
    { email: 'rita@acme.example', what: 'Acme (owner): REPORTS_MARKETPLACE_MANAGER' },
    { email: 'sam@acme.example', what: 'Acme (owner): SALES_SUPPORT, RESELLER_MANAGER' },
    { email: 'cora@acme.example', what: 'Acme (owner): CUSTOMER_SUPPORT' },
    { email: 'dana@brightapps.example', what: 'Bright Apps (developer, partner): COMPANY_ADMIN, DEVELOPER' },
    { email: 'devon@brightapps.example', what: 'Bright Apps: DEVELOPER' },
    { email: 'carl@channelpartners.example', what: 'Channel Partners (reseller): COMPANY_ADMIN, RESELLER' },
    { email: 'rob@referralfriends.example', what: 'Referral Friends (referral): COMPANY_ADMIN, REFERRAL' },
    { email: 'bea@northwind.example', what: 'Northwind (customer): COMPANY_ADMIN' },
    { email: 'ulf@northwind.example', what: 'Northwind: USER' },
  ],
};

const COMPANY = 'mutation($i: CreateCompanyInput!) { createCompany(input: $i) { company { id } token userErrors { message } } }';
const INVITE = 'mutation($i: InviteUserInput!) { inviteUser(input: $i) { token userErrors { message } } }';
const ACCEPT = 'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken userErrors { message } } }';

/** Seeds once: returns false when the demo marketplace already exists. */
async function seed(url, operator) {
  const api = client(url);
  const operatorToken = await api.login(operator.email, operator.password);
  const existing = await api.request('{ marketplaces(first: 100) { edges { node { slug } } } }', {}, operatorToken);
  if (existing.marketplaces.edges.some((e) => e.node.slug === 'demo')) return false;

  // Every first admin is invited, and becomes a user by accepting the invitation.
  const accept = (token, name) => api.request(ACCEPT, { i: { token, name, password: PASSWORD } });
  const created = await api.request(
    `mutation($i: CreateMarketplaceInput!) { createMarketplace(input: $i) { marketplace { id ownerCompany { id } } token userErrors { message } } }`,
    { i: { name: 'Acme Marketplace', slug: 'demo', ownerCompanyName: 'Acme', ownerAdmin: { email: 'olivia@acme.example' } } },
    operatorToken,
  );
  await accept(created.createMarketplace.token, 'Olivia Owner');
  const marketplaceId = created.createMarketplace.marketplace.id;
  const acme = created.createMarketplace.marketplace.ownerCompany.id;
  const olivia = await api.login('olivia@acme.example', PASSWORD);

  const company = async (name, accessTypes, email, adminName) => {
    const { createCompany } = await api.request(COMPANY, { i: { marketplaceId, name, accessTypes, firstAdmin: { email } } }, olivia);
    await accept(createCompany.token, adminName);
    return createCompany.company.id;
  };
  const brightApps = await company('Bright Apps', ['DEVELOPER'], 'dana@brightapps.example', 'Dana Developer-Admin');
  const channel = await company('Channel Partners', ['RESELLER'], 'carl@channelpartners.example', 'Carl Channel');
  const northwind = await company('Northwind', [], 'bea@northwind.example', 'Bea Buyer');
  const referrals = await company('Referral Friends', ['REFERRAL'], 'rob@referralfriends.example', 'Rob Referral');

  const invite = async (adminToken, companyId, email, name, roles) => {
    const { inviteUser } = await api.request(INVITE, { i: { companyId, email, roles } }, adminToken);
    await accept(inviteUser.token, name);
  };
  await invite(olivia, acme, 'pete@acme.example', 'Pete Product-Support', ['PRODUCT_SUPPORT']);
  await invite(olivia, acme, 'rita@acme.example', 'Rita Reports', ['REPORTS_MARKETPLACE_MANAGER']);
  await invite(olivia, acme, 'sam@acme.example', 'Sam Sales', ['SALES_SUPPORT', 'RESELLER_MANAGER']);
  await invite(olivia, acme, 'cora@acme.example', 'Cora Customer-Support', ['CUSTOMER_SUPPORT']);
  const dana = await api.login('dana@brightapps.example', PASSWORD);
  // Olivia grants the first admins their company's roles: nobody grants a role to itself (I14).
  await api.request(
    `mutation($m: ID!) { grantRoles(input: { membershipId: $m, roles: [DEVELOPER] }) { membership { id } userErrors { message } } }`,
    { m: (await api.request('{ viewer { memberships { id } } }', {}, dana)).viewer.memberships[0].id },
    olivia,
  );
  await invite(dana, brightApps, 'devon@brightapps.example', 'Devon Developer', ['DEVELOPER']);
  const carl = await api.login('carl@channelpartners.example', PASSWORD);
  await api.request(
    `mutation($m: ID!) { grantRoles(input: { membershipId: $m, roles: [RESELLER] }) { membership { id } userErrors { message } } }`,
    { m: (await api.request('{ viewer { memberships { id } } }', {}, carl)).viewer.memberships[0].id },
    olivia,
  );
  await api.request(
    'mutation($r: ID!, $c: ID!) { addResellerCustomer(resellerCompanyId: $r, customerCompanyId: $c) { company { id } userErrors { message } } }',
    { r: channel, c: northwind },
    olivia,
  );
  const bea = await api.login('bea@northwind.example', PASSWORD);
  await invite(bea, northwind, 'ulf@northwind.example', 'Ulf User', []);

  const demo = { api, password: PASSWORD, marketplaceId, companies: { acme, brightApps, channel, northwind, referrals } };
  // Each subgraph's demo data builds on the ones before: tenancy installs catalog versions.
  demo.catalog = await seedCatalog(demo);
  await seedTenancy(demo);
  return true;
}

module.exports = { seed, DEMO_LOGINS };

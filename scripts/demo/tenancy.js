'use strict';

/** Demo end customers of the partner Bright Apps. */
async function seedTenancy({ api, password, companies }) {
  const dana = await api.login('dana@brightapps.example', password);
  const create = 'mutation($i: CreateEndCustomerInput!) { createEndCustomer(input: $i) { endCustomer { id } userErrors { message } } }';
  for (const [name, externalId] of [['Globex', 'globex-001'], ['Initech', 'initech-002'], ['Umbrella', 'umbrella-003']]) {
    await api.request(create, { i: { partnerCompanyId: companies.brightApps, name, externalId } }, dana);
  }
}

module.exports = { seedTenancy };

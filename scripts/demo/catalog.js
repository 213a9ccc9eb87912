'use strict';

/** Demo products of the marketplace. */
async function seedCatalog({ api, password, companies }) {
  const devon = await api.login('devon@brightapps.example', password);
  const create = 'mutation($i: CreateProductInput!) { createProduct(input: $i) { product { id } userErrors { message } } }';
  for (const name of ['Bright CRM Sync', 'Bright Invoicing', 'Bright Analytics']) {
    await api.request(create, { i: { vendorCompanyId: companies.brightApps, name } }, devon);
  }
}

module.exports = { seedCatalog };

'use strict';

/** Demo products of the marketplace; returns what tenancy's demo data builds on. */
async function seedCatalog({ api, password, companies }) {
  const devon = await api.login('devon@brightapps.example', password);
  const create = 'mutation($i: CreateProductInput!) { createProduct(input: $i) { product { id } userErrors { message } } }';
  const products = {};
  for (const name of ['Bright CRM Sync', 'Bright Invoicing', 'Bright Analytics']) {
    products[name] = (await api.request(create, { i: { vendorCompanyId: companies.brightApps, name } }, devon)).createProduct.product.id;
  }
  return { products };
}

module.exports = { seedCatalog };

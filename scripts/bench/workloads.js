'use strict';
// The named workloads W1-W6: each a realistic operation of a user of SPEC.md, sent as its
// frontend or partner dashboard would send it. Field names follow schema/*.graphql.
const crypto = require('node:crypto');
const mysql = require('mysql2/promise');
const { PASSWORD } = require('./seed');

/** How many distinct actors take turns in each workload (one per connection, round robin). */
const ACTORS = 8;

const VIEWER = `query Viewer {
  viewer {
    kind
    user { id email name }
    memberships { id roles permissions active company { id name accessTypes } }
  }
}`;

const STOREFRONT = `query Storefront($first: Int!) {
  storefront(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name tagline logoUrl categories vendor { id name } } }
  }
}`;

const DASHBOARD = `query PartnerDashboard($partner: ID!, $first: Int!) {
  company(id: $partner) {
    id
    name
    endCustomers(first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          name
          externalId
          active
          apps { edges { node { id name product { id name state vendor { id name } } } } }
          keysets { edges { node { id name enabled publishKey } } }
        }
      }
    }
  }
}`;

const CREATE_CUSTOMER = `mutation CreateEndCustomer($input: CreateEndCustomerInput!) {
  createEndCustomer(input: $input) { endCustomer { id externalId } userErrors { field code message } }
}`;
const ASSIGN_APP = `mutation AssignApp($input: AppAssignmentInput!) {
  assignApp(input: $input) { endCustomer { id } app { id } userErrors { field code message } }
}`;
const ASSIGN_KEYSET = `mutation AssignKeyset($input: AssignKeysetInput!) {
  assignKeyset(input: $input) { keyset { id enabled endCustomer { id } } userErrors { field code message } }
}`;

const REPORT = `query MarketplaceReport($marketplaceId: ID!) {
  marketplaceReport(marketplaceId: $marketplaceId) {
    productsByState { state count }
    sales { productId productName month subscriptions cancelled revenue { amountMinor currency } }
    leadsFunnel { reseller { id name } total open converted lost }
  }
  partners(marketplaceId: $marketplaceId, first: 50) {
    totalCount
    edges { node { company { id name } endCustomerCount appCount keysetCount enabledKeysetCount } }
  }
}`;

const EMBED = `query EmbedView {
  embedSession {
    permissions
    theme { name logoUrl primaryColor accentColor }
    endCustomer {
      id
      name
      installations { edges { node { id version configuration credentialsSet app { id name } } } }
      activity(first: 20) { totalCount edges { node { id status recordsProcessed message occurredAt app { name } } } }
    }
  }
}`;

/** Sends one GraphQL request; returns data or throws with the errors. */
async function gql(url, query, variables, headers = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const json = await res.json();
  if (json.errors?.length) throw new Error(`${JSON.stringify(json.errors)} for ${query.slice(0, 60)}`);
  for (const value of Object.values(json.data ?? {})) {
    if (value?.userErrors?.length) throw new Error(`userErrors ${JSON.stringify(value.userErrors)}`);
  }
  return json.data;
}

const bearer = (token) => ({ authorization: `Bearer ${token}` });

/** True when a response carries no error: a 200, no GraphQL errors, no userErrors, the caller's own data. */
function isClean(status, body, expect) {
  if (status !== 200) return false;
  if (expect && !body.includes(expect)) return false;
  if (body.includes('"errors"')) return false;
  if (body.includes('"userErrors":[') && !/"userErrors":\[\]/.test(body)) return false;
  return true;
}

/**
 * Reads the IDs the workloads need from the seeded databases and obtains credentials the way
 * users do: logins and embed tokens through the graph.
 * @param {{ server: object, prefix: string, gatewayUrl: string }} options
 */
async function prepare({ server, prefix, gatewayUrl }) {
  const db = await mysql.createConnection(server);
  try {
    const [[market]] = await db.query(`SELECT id, slug FROM \`${prefix}identity\`.marketplace WHERE slug = 'bench-m0'`);
    const partners = [];
    for (let p = 0; p < ACTORS; p++) {
      const [[company]] = await db.query(`SELECT id FROM \`${prefix}identity\`.company WHERE marketplace_id = ? AND name = ?`, [market.id, `Partner 0-${p}`]);
      const [apps] = await db.query(`SELECT id FROM \`${prefix}tenancy\`.app WHERE partner_company_id = ? ORDER BY name`, [company.id]);
      const [customers] = await db.query(`SELECT id FROM \`${prefix}tenancy\`.end_customer WHERE partner_company_id = ? AND external_id = ?`, [company.id, `ext-${p}-0`]);
      partners.push({ id: company.id, email: `u0.p${p}.m0@bench.example`, appId: apps[0].id, customerId: customers[0].id });
    }
    const login = async (email) => {
      const data = await gql(gatewayUrl, 'mutation($input: LoginInput!) { login(input: $input) { accessToken userErrors { message } } }', { input: { email, password: PASSWORD } });
      return data.login.accessToken;
    };
    const ownerToken = await login('owner@m0.bench.example');
    for (const partner of partners) partner.token = await login(partner.email);
    for (const partner of partners) {
      const data = await gql(
        gatewayUrl,
        'mutation($input: MintEmbedTokenInput!) { mintEmbedToken(input: $input) { token userErrors { message } } }',
        { input: { endCustomerId: partner.customerId, expiresInSeconds: 86_400 } },
        bearer(partner.token),
      );
      partner.embedToken = data.mintEmbedToken.token;
    }
    return { marketplaceId: market.id, slug: market.slug, ownerToken, partners };
  } finally {
    await db.end();
  }
}

/**
 * A workload: a list of steps, each a request built for an actor slot. Single-step workloads
 * send the same request on a connection; W4 chains three requests per iteration. `expect`,
 * when given, must appear in the answer: an answer meant for another actor is an error.
 * @typedef {{ name: string, title: string, steps: ((ctx: any) => { body: string, headers: Record<string, string>, expect?: string })[], writes?: boolean, heavy?: boolean }} Workload
 */

/** @param {any} env  the prepared actors and IDs */
function workloads(env, { dashboardSize = 50 } = {}) {
  const body = (query, variables = {}) => JSON.stringify({ query, variables });
  const partner = (slot) => env.partners[slot % env.partners.length];
  /** @type {Workload[]} */
  const list = [
    {
      name: 'W1',
      title: 'viewer with memberships and permissions',
      steps: [(c) => ({ body: body(VIEWER), headers: bearer(partner(c.slot).token), expect: partner(c.slot).email })],
    },
    {
      name: 'W2',
      title: 'anonymous storefront, 50 published products with vendor names',
      steps: [() => ({ body: body(STOREFRONT, { first: 50 }), headers: { 'x-marketplace': env.slug } })],
    },
    {
      name: 'W3',
      title: `partner dashboard: ${dashboardSize} end customers, apps, keysets, products, vendors`,
      steps: [
        (c) => ({
          body: body(DASHBOARD, { partner: partner(c.slot).id, first: dashboardSize }),
          headers: bearer(partner(c.slot).token),
          expect: `"id":"${partner(c.slot).id}"`,
        }),
      ],
    },
    {
      name: 'W4',
      title: 'writes: create an end customer, assign an app, assign a keyset (3 requests)',
      writes: true,
      steps: [
        (c) => {
          c.external = `w4-${crypto.randomBytes(9).toString('base64url')}`;
          return {
            body: body(CREATE_CUSTOMER, { input: { partnerCompanyId: partner(c.slot).id, name: `W4 ${c.external}`, externalId: c.external } }),
            headers: bearer(partner(c.slot).token),
          };
        },
        (c) => ({ body: body(ASSIGN_APP, { input: { endCustomerId: c.customerId, appId: partner(c.slot).appId } }), headers: bearer(partner(c.slot).token) }),
        (c) => ({ body: body(ASSIGN_KEYSET, { input: { endCustomerId: c.customerId, keysetId: c.takeKeyset(partner(c.slot)) } }), headers: bearer(partner(c.slot).token) }),
      ],
      // The created customer's ID, read from the first answer for the next two requests.
      onResponse: (step, text, c) => {
        if (step === 0) c.customerId = /"endCustomer":\{"id":"([^"]+)"/.exec(text)?.[1] ?? 'missing';
      },
    },
    {
      name: 'W5',
      title: 'marketplace report (catalog aggregates, tenancy partners, identity names)',
      heavy: true,
      steps: [() => ({ body: body(REPORT, { marketplaceId: env.marketplaceId }), headers: bearer(env.ownerToken) })],
    },
    {
      name: 'W6',
      title: "embed token: one customer's installations and activity",
      steps: [(c) => ({ body: body(EMBED), headers: bearer(partner(c.slot).embedToken), expect: `"id":"${partner(c.slot).customerId}"` })],
    },
  ];
  return list;
}

module.exports = { prepare, workloads, isClean, gql, ACTORS, VIEWER, STOREFRONT, DASHBOARD, REPORT, EMBED };

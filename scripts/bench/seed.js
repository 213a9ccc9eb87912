'use strict';
// The benchmark's data set, written straight into each subgraph's database with multi-row
// INSERTs. Tables and columns come from the services' own TypeORM entities (their metadata),
// the schema from their own migrations, so the data set follows the entities as they change.
//
// Per marketplace (scale N makes N marketplaces, each of this size):
//   1 owner company, 200 partner companies (DEVELOPER; 20 also RESELLER), 5,000 users with
//   5,200 memberships, 2,000 products with 4,000 editions and 6,000 versions, 5,000
//   subscriptions, 1,000 leads, 1,000 apps, 10,000 end customers holding 20,000 apps,
//   30,000 keysets all assigned, 10,000 installations, 100,000 activity events.
const path = require('node:path');
const crypto = require('node:crypto');
const mysql = require('mysql2/promise');

const root = path.resolve(__dirname, '..', '..');
const SHAPE = {
  partners: 200,
  usersPerPartner: 25,
  productsPerPartner: 10,
  appsPerPartner: 5,
  customersPerPartner: 50,
  activityPerCustomer: 10,
  subscriptionsPerPartner: 25,
  leadsPerPartner: 5,
};
const CHUNK = 2000;
const PASSWORD = 'bench-password-1';
const MONTH_MS = 30 * 86_400_000;

/** @param {string} service */
function serviceModules(service) {
  const dist = path.join(root, 'services', service, 'dist');
  return { database: require(path.join(dist, 'database.js')), entities: require(path.join(dist, 'entities', 'index.js')) };
}

/** Time-ordered UUIDs, as the services make them; loaded late, since `npm run bench` builds first. */
let makeId = null;
function newId() {
  makeId ??= require(path.join(root, 'shared', 'db', 'dist', 'index.js')).newId;
  return makeId();
}

/** @param {Date} d */
function sqlDate(d) {
  return d.toISOString().slice(0, 23).replace('T', ' ');
}

/** @param {unknown} v */
function sqlValue(v) {
  if (v === null || v === undefined) return 'NULL';
  if (v instanceof Date) return `'${sqlDate(v)}'`;
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (Array.isArray(v)) return mysql.escape(v.join(','));
  return mysql.escape(v);
}

/**
 * Inserts rows of one entity in chunks of multi-row INSERTs, columns from the entity metadata.
 * @param {import('typeorm').QueryRunner} runner
 * @param {Function} entity
 * @param {Record<string, unknown>[]} rows
 */
async function insertAll(runner, entity, rows) {
  const meta = runner.connection.getMetadata(entity);
  const seen = new Set();
  const columns = meta.columns.filter((c) => c.propertyName in (rows[0] ?? {}) && !seen.has(c.databaseName) && seen.add(c.databaseName));
  if (rows.length === 0) return;
  const names = columns.map((c) => `\`${c.databaseName}\``).join(', ');
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = rows
      .slice(i, i + CHUNK)
      .map((row) => `(${columns.map((c) => sqlValue(row[c.propertyName])).join(', ')})`)
      .join(',\n');
    await runner.query(`INSERT INTO \`${meta.tableName}\` (${names}) VALUES ${values}`);
  }
}

/**
 * @param {{ host: string, port: number, user: string, password: string }} server
 * @param {string} prefix
 */
function dbConfig(server, prefix, service) {
  return { type: 'mysql', ...server, database: `${prefix}${service}` };
}

/** Random key material: unguessable and unique, as the services make them. */
function key(prefix) {
  return `${prefix}-${crypto.randomBytes(18).toString('base64url')}`;
}

/** @param {number} n @param {number} seed */
function pick(n, seed) {
  return ((seed * 2654435761) >>> 0) % n;
}

/**
 * Builds the rows of one marketplace for all three services; IDs cross services the way
 * federation references do (company IDs in catalog and tenancy, product IDs in tenancy).
 * @param {number} m
 * @param {string} passwordHash
 */
function marketplaceRows(m, passwordHash) {
  const now = Date.now();
  const at = (ageMs) => new Date(now - ageMs);
  const identity = { marketplace: [], company: [], user: [], membership: [], membershipRole: [], resellerCustomer: [] };
  const catalog = { product: [], edition: [], version: [], subscription: [], lead: [] };
  const tenancy = { endCustomer: [], app: [], customerApp: [], keyset: [], keysetAssignment: [], installation: [], activity: [], theme: [] };
  const marketplaceId = newId();
  const ownerId = newId();
  identity.marketplace.push({ id: marketplaceId, name: `Bench Market ${m}`, slug: `bench-m${m}`, ownerCompanyId: ownerId, createdAt: at(12 * MONTH_MS) });
  identity.company.push({ id: ownerId, marketplaceId, name: `Bench Owner ${m}`, nameKey: `bench owner ${m}`, accessTypes: ['ACCOUNT', 'MARKETPLACE'], createdAt: at(12 * MONTH_MS) });
  const addUser = (email, name) => {
    const id = newId();
    identity.user.push({ id, email, name, passwordHash, platformOperator: false, disabledAt: null, createdAt: at(6 * MONTH_MS) });
    return id;
  };
  const addMembership = (userId, companyId, roles) => {
    const id = newId();
    identity.membership.push({ id, userId, companyId, marketplaceId, status: 'ACTIVE', createdAt: at(6 * MONTH_MS), revokedAt: null });
    for (const role of roles) identity.membershipRole.push({ membershipId: id, role, companyId });
    return id;
  };
  const ownerAdmin = addUser(`owner@m${m}.bench.example`, `Owner ${m}`);
  addMembership(ownerAdmin, ownerId, ['USER', 'BILLING_ADMIN', 'COMPANY_ADMIN', 'MARKETPLACE_MANAGER']);
  const partners = [];
  for (let p = 0; p < SHAPE.partners; p++) {
    const id = newId();
    const reseller = p < 20;
    identity.company.push({
      id,
      marketplaceId,
      name: `Partner ${m}-${p}`,
      nameKey: `partner ${m}-${p}`,
      accessTypes: reseller ? ['ACCOUNT', 'DEVELOPER', 'RESELLER'] : ['ACCOUNT', 'DEVELOPER'],
      createdAt: at(11 * MONTH_MS - p * 60_000),
    });
    partners.push({ id, users: [], products: [], apps: [] });
  }
  partners.forEach((partner, p) => {
    for (let u = 0; u < SHAPE.usersPerPartner; u++) {
      const userId = addUser(`u${u}.p${p}.m${m}@bench.example`, `User ${u} of ${p}`);
      const roles = u === 0 ? ['USER', 'BILLING_ADMIN', 'COMPANY_ADMIN', 'DEVELOPER'] : u < 5 ? ['USER', 'DEVELOPER'] : ['USER'];
      if (u === 0 && p < 20) roles.push('RESELLER');
      addMembership(userId, partner.id, roles);
      partner.users.push(userId);
    }
    // The admin also works in the next partner: viewers with more than one membership.
    addMembership(partner.users[0], partners[(p + 1) % partners.length].id, ['USER']);
    if (p < 20) identity.resellerCustomer.push({ resellerCompanyId: partner.id, customerCompanyId: partners[(p + 100) % partners.length].id, marketplaceId, createdAt: at(MONTH_MS) });
  });
  const schema = JSON.stringify({ type: 'object', properties: { region: { type: 'string' }, batchSize: { type: 'integer' } } });
  const states = ['PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'DRAFT', 'IN_REVIEW', 'ARCHIVED'];
  const editions = [];
  partners.forEach((partner, p) => {
    for (let k = 0; k < SHAPE.productsPerPartner; k++) {
      const id = newId();
      const state = states[k];
      const created = at(10 * MONTH_MS - (p * SHAPE.productsPerPartner + k) * 60_000);
      catalog.product.push({
        id,
        marketplaceId,
        vendorCompanyId: partner.id,
        name: `Product ${m}-${p}-${k}`,
        state,
        description: `Connects partner ${p}'s systems, product ${k}.`,
        tagline: `Integration ${k} by partner ${p}`,
        logoUrl: `https://cdn.bench.example/p${p}/k${k}.png`,
        screenshots: '[]',
        categories: JSON.stringify([['crm', 'erp', 'billing', 'analytics'][k % 4]]),
        rejectionReason: null,
        createdAt: created,
        updatedAt: created,
        publishedAt: state === 'PUBLISHED' || state === 'ARCHIVED' ? created : null,
      });
      const versions = [];
      ['1.0.0', '1.1.0', '2.0.0-beta.1'].forEach((version, v) => {
        const vid = newId();
        versions.push(vid);
        catalog.version.push({
          id: vid,
          marketplaceId,
          productId: id,
          version,
          changelog: `Release ${version}`,
          configSchema: schema,
          state: v < 2 ? 'RELEASED' : 'DRAFT',
          createdAt: created,
          releasedAt: v < 2 ? created : null,
        });
      });
      ['Standard', 'Enterprise'].forEach((name, e) => {
        const eid = newId();
        const edition = { id: eid, marketplaceId, productId: id, name, priceMinor: (k + 1) * 1000 * (e + 1), currency: e === 0 ? 'EUR' : 'USD', billingPeriod: e === 0 ? 'MONTHLY' : 'YEARLY', allowsMultipleSubscriptions: false, createdAt: created };
        catalog.edition.push(edition);
        if (state === 'PUBLISHED') editions.push({ edition, vendor: partner.id });
      });
      partner.products.push({ id, released: versions[1], published: state === 'PUBLISHED' });
    }
  });
  partners.forEach((partner, p) => {
    for (let s = 0; s < SHAPE.subscriptionsPerPartner; s++) {
      const { edition, vendor } = editions[(p * 37 + s * 13) % editions.length];
      const cancelled = s % 10 === 9;
      const created = at(((p + s) % 12) * MONTH_MS + s * 3_600_000);
      catalog.subscription.push({
        id: newId(),
        marketplaceId,
        companyId: partner.id,
        productId: edition.productId,
        vendorCompanyId: vendor,
        editionId: edition.id,
        state: cancelled ? 'CANCELLED' : 'ACTIVE',
        priceMinor: edition.priceMinor,
        currency: edition.currency,
        billingPeriod: edition.billingPeriod,
        channel: 'DIRECT',
        buyerKind: 'user',
        buyerId: partner.users[0],
        buyerCompanyId: partner.id,
        exclusiveKey: cancelled ? null : `${partner.id}:${edition.id}`,
        createdAt: created,
        cancelledAt: cancelled ? at(1000) : null,
        cancelledBy: cancelled ? partner.users[0] : null,
      });
    }
    for (let l = 0; l < SHAPE.leadsPerPartner; l++) {
      const leadState = ['NEW', 'ASSIGNED', 'ASSIGNED', 'CONVERTED', 'LOST'][l];
      const created = at(l * MONTH_MS);
      catalog.lead.push({
        id: newId(),
        marketplaceId,
        sourceCompanyId: partner.id,
        createdBy: partner.users[0],
        prospectCompanyName: `Prospect ${p}-${l}`,
        contactEmail: `buyer${l}@prospect${p}.example`,
        productId: partner.products[0].id,
        state: leadState,
        assignedCompanyId: leadState === 'NEW' ? null : partners[pick(20, p + l)].id,
        customerCompanyId: leadState === 'CONVERTED' ? partners[(p + 1) % partners.length].id : null,
        lostReason: leadState === 'LOST' ? 'No budget' : null,
        createdAt: created,
        updatedAt: created,
      });
    }
  });
  const statuses = ['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED', 'STARTED', 'FAILED'];
  partners.forEach((partner, p) => {
    const base = { marketplaceId, partnerCompanyId: partner.id };
    tenancy.theme.push({ id: newId(), marketplaceId, companyId: partner.id, marketplaceDefault: false, name: `Partner ${p} theme`, logoUrl: null, primaryColor: '#112233', accentColor: '#445566', updatedAt: at(MONTH_MS) });
    for (let a = 0; a < SHAPE.appsPerPartner; a++) {
      const product = partner.products[a];
      const app = { id: newId(), ...base, name: `App ${a}`, nameKey: `app ${a}`, productId: product.id, createdAt: at(9 * MONTH_MS) };
      tenancy.app.push(app);
      partner.apps.push({ app, product });
    }
    for (let c = 0; c < SHAPE.customersPerPartner; c++) {
      const customerId = newId();
      tenancy.endCustomer.push({ id: customerId, ...base, name: `Customer ${p}-${c}`, nameKey: `customer ${p}-${c}`, externalId: `ext-${p}-${c}`, externalIdKey: `ext-${p}-${c}`, createdAt: at(8 * MONTH_MS - c * 60_000) });
      const held = [partner.apps[c % SHAPE.appsPerPartner], partner.apps[(c + 1) % SHAPE.appsPerPartner]];
      held.forEach(({ app }, h) => {
        tenancy.customerApp.push({ id: newId(), ...base, endCustomerId: customerId, appId: app.id, createdAt: at(7 * MONTH_MS) });
        // Three keysets per customer: two of its first app, one of its second.
        for (let k = 0; k < (h === 0 ? 2 : 1); k++) {
          const keysetId = newId();
          const secret = key('sec-c');
          tenancy.keyset.push({
            id: keysetId,
            ...base,
            appId: app.id,
            name: `Keyset ${c}-${h}-${k}`,
            publishKey: key('pub-c'),
            subscribeKey: key('sub-c'),
            secretHash: crypto.createHash('sha256').update(secret).digest('hex'),
            secretKeyPrefix: secret.slice(0, 12),
            enabled: !(c % 20 === 19 && k === 1),
            createdAt: at(7 * MONTH_MS),
            updatedAt: at(7 * MONTH_MS),
          });
          tenancy.keysetAssignment.push({ keysetId, ...base, endCustomerId: customerId, appId: app.id, assignedAt: at(7 * MONTH_MS) });
        }
      });
      const first = held[0];
      tenancy.installation.push({
        id: newId(),
        ...base,
        endCustomerId: customerId,
        appId: first.app.id,
        productId: first.product.id,
        versionId: first.product.released,
        version: '1.1.0',
        configuration: JSON.stringify({ region: 'eu', batchSize: 100 }),
        credentialsCiphertext: null,
        credentialsKeyId: null,
        createdAt: at(6 * MONTH_MS),
        updatedAt: at(6 * MONTH_MS),
      });
      for (let e = 0; e < SHAPE.activityPerCustomer; e++) {
        const occurred = at(e * 3_600_000 + c * 1000);
        tenancy.activity.push({
          id: newId(),
          ...base,
          endCustomerId: customerId,
          appId: held[e % 2].app.id,
          keysetId: null,
          status: statuses[e % statuses.length],
          recordsProcessed: e * 10,
          message: e % 5 === 4 ? 'Upstream timed out' : null,
          runId: `run-${c}-${e}`,
          occurredAt: occurred,
          receivedAt: occurred,
        });
      }
    }
  });
  return { identity, catalog, tenancy };
}

const TABLES = {
  identity: [
    ['marketplace', 'Marketplace'],
    ['company', 'Company'],
    ['user', 'User'],
    ['membership', 'Membership'],
    ['membershipRole', 'MembershipRole'],
    ['resellerCustomer', 'ResellerCustomer'],
  ],
  catalog: [
    ['product', 'Product'],
    ['version', 'ProductVersion'],
    ['edition', 'Edition'],
    ['subscription', 'Subscription'],
    ['lead', 'Lead'],
  ],
  tenancy: [
    ['endCustomer', 'EndCustomer'],
    ['app', 'App'],
    ['customerApp', 'CustomerApp'],
    ['keyset', 'Keyset'],
    ['keysetAssignment', 'KeysetAssignment'],
    ['installation', 'Installation'],
    ['activity', 'ActivityEvent'],
    ['theme', 'Theme'],
  ],
};

/**
 * Opens (creates and migrates) the three databases of `prefix`.
 * @returns {Promise<Record<string, import('typeorm').DataSource & { close(): Promise<void> }>>}
 */
async function openDatabases(server, prefix) {
  const opened = {};
  for (const service of ['identity', 'catalog', 'tenancy']) {
    const { database } = serviceModules(service);
    const db = database.createDatabase(dbConfig(server, prefix, service));
    await db.open();
    opened[service] = db;
  }
  return opened;
}

/** True when `prefix` already holds a seeded data set of this scale. */
async function seededScale(server, prefix) {
  const admin = await mysql.createConnection(server);
  try {
    const [rows] = await admin.query(`SELECT COUNT(*) AS n FROM \`${prefix}identity\`.\`marketplace\` WHERE slug LIKE 'bench-m%'`);
    const [done] = await admin.query(`SELECT COUNT(*) AS n FROM \`${prefix}tenancy\`.\`theme\``);
    return Number(done[0].n) > 0 ? Number(rows[0].n) : 0;
  } catch {
    return 0;
  } finally {
    await admin.end();
  }
}

/**
 * Drops and recreates the three `prefix` databases and writes `scale` marketplaces.
 * @param {{ server: { host: string, port: number, user: string, password: string }, prefix: string, scale: number, force?: boolean, progress?: (msg: string) => void }} options
 */
async function seed({ server, prefix, scale, force = false, progress = () => {} }) {
  if (!force && (await seededScale(server, prefix)) === scale) {
    progress(`data set of scale ${scale} already in ${prefix}*`);
    return { reused: true, seconds: 0 };
  }
  const started = Date.now();
  const admin = await mysql.createConnection(server);
  for (const service of ['identity', 'catalog', 'tenancy']) await admin.query(`DROP DATABASE IF EXISTS \`${prefix}${service}\``);
  await admin.end();
  const dbs = await openDatabases(server, prefix);
  const { hash } = require(require.resolve('@node-rs/argon2', { paths: [path.join(root, 'services', 'identity')] }));
  const passwordHash = await hash(PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const runners = {};
  for (const service of Object.keys(dbs)) {
    const runner = dbs[service].dataSource.createQueryRunner();
    await runner.connect();
    await runner.query('SET foreign_key_checks = 0');
    await runner.query('SET unique_checks = 0');
    runners[service] = runner;
  }
  const counts = {};
  for (let m = 0; m < scale; m++) {
    const rows = marketplaceRows(m, passwordHash);
    for (const service of ['identity', 'catalog', 'tenancy']) {
      const { entities } = serviceModules(service);
      const runner = runners[service];
      await runner.startTransaction();
      for (const [set, entity] of TABLES[service]) {
        await insertAll(runner, entities[entity], rows[service][set]);
        counts[entity] = (counts[entity] ?? 0) + rows[service][set].length;
      }
      await runner.commitTransaction();
    }
    progress(`seeded marketplace ${m + 1}/${scale} (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  for (const service of Object.keys(dbs)) {
    await runners[service].query('ANALYZE TABLE ' + TABLES[service].map(([, e]) => `\`${runners[service].connection.getMetadata(serviceModules(service).entities[e]).tableName}\``).join(', '));
    await runners[service].release();
    await dbs[service].close();
  }
  return { reused: false, seconds: (Date.now() - started) / 1000, counts };
}

/**
 * Free keysets of an app for the write workload (W4), which assigns one per iteration.
 * @param {import('typeorm').QueryRunner} runner
 * @param {{ id: string, marketplaceId: string, partnerCompanyId: string }} app
 * @param {number} n
 * @returns {Promise<string[]>}
 */
async function freeKeysets(runner, app, n) {
  const { entities } = serviceModules('tenancy');
  const now = new Date();
  const rows = [];
  for (let i = 0; i < n; i++) {
    const secret = key('sec-c');
    rows.push({
      id: newId(),
      marketplaceId: app.marketplaceId,
      partnerCompanyId: app.partnerCompanyId,
      appId: app.id,
      name: `w4-${i}`,
      publishKey: key('pub-c'),
      subscribeKey: key('sub-c'),
      secretHash: crypto.createHash('sha256').update(secret).digest('hex'),
      secretKeyPrefix: secret.slice(0, 12),
      enabled: true,
      createdAt: now,
      updatedAt: now,
    });
  }
  await insertAll(runner, entities.Keyset, rows);
  return rows.map((r) => r.id);
}

/** Removes what W4 wrote (its customers, their apps and keysets, unused W4 keysets), so runs stay alike. */
async function removeWrites(runner) {
  await runner.query("DELETE ka FROM keyset_assignment ka JOIN end_customer ec ON ec.id = ka.end_customer_id WHERE ec.external_id_key LIKE 'w4-%'");
  await runner.query("DELETE ca FROM customer_app ca JOIN end_customer ec ON ec.id = ca.end_customer_id WHERE ec.external_id_key LIKE 'w4-%'");
  await runner.query("DELETE FROM end_customer WHERE external_id_key LIKE 'w4-%'");
  await runner.query("DELETE k FROM keyset k LEFT JOIN keyset_assignment ka ON ka.keyset_id = k.id WHERE ka.keyset_id IS NULL AND k.name LIKE 'w4-%'");
}

module.exports = { seed, seededScale, freeKeysets, removeWrites, PASSWORD, SHAPE, serviceModules, dbConfig };

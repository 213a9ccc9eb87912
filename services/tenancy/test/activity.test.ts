import type { UserActor } from '@marketgraph/authz';
import { AuditEntry, newId } from '@marketgraph/db';
import { invite, marketplaceFixture, ok, startGraph, type MarketplaceFixture, type Person, type TestGraph } from '@marketgraph/testing';
import { ActivityEvent, App, CustomerApp, EndCustomer, Keyset, KeysetAssignment } from '../src/entities';
import { CREATE_CUSTOMER, DISABLE_KEYSET, REPORT, activeCustomer, codes, createKeyset, mint, payloadOf, type PartnerSetup } from './helpers';
import { ASSIGN_KEYSET } from './helpers';

let graph: TestGraph;
let m: MarketplaceFixture;
let other: MarketplaceFixture;
let support: Person;
let reports: Person;
beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'g');
  other = await marketplaceFixture(graph, 'h');
  support = await invite(graph, m.people.owner.token, m.companies.owner, 'support@g.test', ['CUSTOMER_SUPPORT']);
  reports = await invite(graph, m.people.owner.token, m.companies.owner, 'reports@g.test', ['REPORTS_MARKETPLACE_MANAGER']);
});
afterAll(() => graph?.stop());

const ACTIVITY = `query($filter: ActivityFilter, $first: Int, $after: String) {
  activity(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { status message recordsProcessed endCustomer { id } app { id } } }
  }
}`;

type ActivityData = { activity: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { status: string; message: string; endCustomer: { id: string } } }[] } };

async function apiKey(graph: TestGraph, token: string, companyId: string, roles: string[]): Promise<string> {
  const data = await ok<{ createApiKey: { key: string } }>(
    graph,
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key userErrors { message } } }',
    { input: { companyId, name: `runner ${roles.join(' ')}`, roles } },
    token,
  );
  return data.createApiKey.key;
}

describe('activity', () => {
  let a: PartnerSetup;
  let b: PartnerSetup;
  beforeAll(async () => {
    a = await activeCustomer(graph, m, 'act-a');
    b = await activeCustomer(graph, m, 'act-b');
  });

  it('T9: integration runs report with a keyset secret key, or with an API key of the partner', async () => {
    const bySecret = await graph.gql(REPORT, { input: { secretKey: a.secretKey, status: 'STARTED', runId: 'run-1', message: 'sync started' } });
    // The runner reads back its own report; its secret opens neither the customer nor the app (T9, X1).
    expect(payloadOf(bySecret.data)).toMatchObject({ event: { status: 'STARTED', keysetId: a.keysetId }, userErrors: [] });
    const key = await apiKey(graph, m.people.developer.token, m.companies.developer, ['DEVELOPER']);
    const byKey = await graph.gql(REPORT, { input: { keysetId: a.keysetId, status: 'SUCCEEDED', recordsProcessed: 120, runId: 'run-1', message: 'done' } }, { headers: { authorization: `ApiKey ${key}` } });
    expect(payloadOf(byKey.data)).toMatchObject({ event: { status: 'SUCCEEDED', recordsProcessed: 120 }, userErrors: [] });
    await graph.gql(REPORT, { input: { secretKey: b.secretKey, status: 'FAILED', message: 'token expired' } });

    const wrongSecret = await graph.gql(REPORT, { input: { secretKey: 'sec-c-not-a-real-secret', status: 'STARTED' } });
    expect(codes(wrongSecret)).toEqual(['UNAUTHENTICATED']);
    const foreignKey = await apiKey(graph, other.people.developer.token, other.companies.developer, ['DEVELOPER']);
    const foreign = await graph.gql(REPORT, { input: { keysetId: a.keysetId, status: 'STARTED' } }, { headers: { authorization: `ApiKey ${foreignKey}` } });
    expect(payloadOf(foreign.data).userErrors).toMatchObject([{ field: 'keysetId', code: 'NOT_FOUND' }]);
    const negative = await graph.gql(REPORT, { input: { secretKey: a.secretKey, status: 'SUCCEEDED', recordsProcessed: -1 } });
    expect(payloadOf(negative.data).userErrors).toMatchObject([{ field: 'recordsProcessed', code: 'INVALID' }]);
  });

  it('T5: activity for a disabled keyset is refused at once and nothing is stored', async () => {
    const c = await activeCustomer(graph, m, 'act-disabled');
    await ok(graph, DISABLE_KEYSET, { input: { keysetId: c.keysetId } }, m.people.developer.token);
    const res = await graph.gql(REPORT, { input: { secretKey: c.secretKey, status: 'STARTED' } });
    expect(payloadOf(res.data).userErrors).toMatchObject([{ code: 'RULE_VIOLATION', rule: 'T5' }]);
    expect(await graph.databases.tenancy.manager.count(ActivityEvent, { where: { keysetId: c.keysetId } })).toBe(0);
  });

  it('T9: partners see their customers\' activity newest first, filtered and paginated', async () => {
    const token = m.people.developer.token;
    const all = await ok<ActivityData>(graph, ACTIVITY, { filter: { partnerCompanyId: m.companies.developer } }, token);
    expect(all.activity.edges.map((e) => e.node.message)).toEqual(['token expired', 'done', 'sync started']);
    const page1 = await ok<ActivityData>(graph, ACTIVITY, { filter: { partnerCompanyId: m.companies.developer }, first: 2 }, token);
    expect(page1.activity.pageInfo.hasNextPage).toBe(true);
    const page2 = await ok<ActivityData>(graph, ACTIVITY, { filter: { partnerCompanyId: m.companies.developer }, first: 2, after: page1.activity.pageInfo.endCursor }, token);
    expect(page2.activity.edges.map((e) => e.node.message)).toEqual(['sync started']);
    const byCustomer = await ok<ActivityData>(graph, ACTIVITY, { filter: { endCustomerId: a.customerId } }, token);
    expect(byCustomer.activity.totalCount).toBe(2);
    const failed = await ok<ActivityData>(graph, ACTIVITY, { filter: { partnerCompanyId: m.companies.developer, status: 'FAILED' } }, token);
    expect(failed.activity.edges.map((e) => e.node.endCustomer.id)).toEqual([b.customerId]);
    const byApp = await ok<ActivityData>(graph, ACTIVITY, { filter: { partnerCompanyId: m.companies.developer, appId: b.appId } }, token);
    expect(byApp.activity.totalCount).toBe(1);
    const future = await ok<ActivityData>(graph, ACTIVITY, { filter: { partnerCompanyId: m.companies.developer, from: new Date(Date.now() + 60_000).toISOString() } }, token);
    expect(future.activity.totalCount).toBe(0);
    const past = await ok<ActivityData>(graph, ACTIVITY, { filter: { partnerCompanyId: m.companies.developer, to: new Date(Date.now() + 60_000).toISOString() } }, token);
    expect(past.activity.totalCount).toBe(3);
    const latest = await ok<{ company: { endCustomers: { edges: { node: { id: string; lastActivity: { message: string } | null } }[] } } }>(
      graph,
      'query($id: ID!) { company(id: $id) { endCustomers { edges { node { id lastActivity { message } } } } } }',
      { id: m.companies.developer },
      token,
    );
    const last = Object.fromEntries(latest.company.endCustomers.edges.map((e) => [e.node.id, e.node.lastActivity?.message ?? null]));
    expect([last[a.customerId], last[b.customerId]]).toEqual(['done', 'token expired']);
  });

  it('T9: marketplace staff see the whole marketplace; outsiders and other marketplaces see nothing', async () => {
    for (const token of [m.people.owner.token, support.token]) {
      const res = await ok<ActivityData>(graph, ACTIVITY, { filter: { marketplaceId: m.marketplaceId } }, token);
      expect(res.activity.totalCount).toBe(3);
    }
    expect(codes(await graph.gql(ACTIVITY, { filter: { marketplaceId: m.marketplaceId } }, { token: other.people.owner.token }))).toEqual(['NOT_FOUND']);
    expect(codes(await graph.gql(ACTIVITY, { filter: { partnerCompanyId: m.companies.developer } }, { token: m.people.customerAdmin.token }))).toEqual(['NOT_FOUND']);
    expect(codes(await graph.gql(ACTIVITY, { filter: { endCustomerId: a.customerId } }, { token: other.people.developer.token }))).toEqual(['NOT_FOUND']);
    // A filter cannot widen what a partner sees.
    expect(codes(await graph.gql(ACTIVITY, { filter: { partnerCompanyId: m.companies.developer, marketplaceId: m.marketplaceId } }, { token: m.people.developer.token }))).toEqual(['FORBIDDEN']);
  });

  it('T9: an end customer sees only its own activity', async () => {
    const embed = await mint(graph, m.people.developer.token, a.customerId, ['READ']);
    const own = await ok<ActivityData>(graph, ACTIVITY, {}, embed);
    expect(own.activity.edges.map((e) => e.node.endCustomer.id)).toEqual([a.customerId, a.customerId]);
    const nested = await graph.gql('{ embedSession { endCustomer { activity(filter: { status: SUCCEEDED }) { totalCount } } } }', {}, { token: embed });
    expect(nested.data).toEqual({ embedSession: { endCustomer: { activity: { totalCount: 1 } } } });
    expect(codes(await graph.gql(ACTIVITY, { filter: { endCustomerId: b.customerId } }, { token: embed }))).toEqual(['FORBIDDEN']);
  });
});

describe('partners report', () => {
  const PARTNERS = `query($id: ID!, $first: Int) { partners(marketplaceId: $id, first: $first) {
    totalCount edges { node { company { id name } endCustomerCount appCount keysetCount enabledKeysetCount } }
  } }`;

  it('C10: end customers and keysets by partner, for MARKETPLACE_MANAGER and REPORTS_MARKETPLACE_MANAGER, changing nothing', async () => {
    const token = m.people.developer.token;
    const extra = await createKeyset(graph, token, (await activeCustomer(graph, m, 'c10')).appId, 'Spare');
    await ok(graph, DISABLE_KEYSET, { input: { keysetId: extra.id } }, token);
    const counts = {
      endCustomerCount: await graph.databases.tenancy.manager.count(EndCustomer, { where: { partnerCompanyId: m.companies.developer } }),
      appCount: await graph.databases.tenancy.manager.count(App, { where: { partnerCompanyId: m.companies.developer } }),
      keysetCount: await graph.databases.tenancy.manager.count(Keyset, { where: { partnerCompanyId: m.companies.developer } }),
      enabledKeysetCount: await graph.databases.tenancy.manager.count(Keyset, { where: { partnerCompanyId: m.companies.developer, enabled: true } }),
    };
    expect(counts.keysetCount - counts.enabledKeysetCount).toBeGreaterThanOrEqual(1);
    for (const reader of [m.people.owner, reports, support]) {
      const res = await ok<{ partners: { totalCount: number; edges: { node: Record<string, unknown> }[] } }>(graph, PARTNERS, { id: m.marketplaceId }, reader.token);
      expect(res.partners.totalCount).toBe(1);
      expect(res.partners.edges[0]?.node).toEqual({ company: { id: m.companies.developer, name: 'g Devs' }, ...counts });
    }
    // Reading the report is all REPORTS_MARKETPLACE_MANAGER can do here.
    const write = await graph.gql(CREATE_CUSTOMER, { input: { partnerCompanyId: m.companies.developer, name: 'By reports', externalId: 'by-reports' } }, { token: reports.token });
    expect(codes(write)).toEqual(['FORBIDDEN']);
    expect(codes(await graph.gql(PARTNERS, { id: m.marketplaceId }, { token: m.people.devAdmin.token }))).toEqual(['FORBIDDEN']);
    expect(codes(await graph.gql(PARTNERS, { id: m.marketplaceId }, { token: other.people.owner.token }))).toEqual(['NOT_FOUND']);
  });
});

describe('costs and audit', () => {
  it('X8: a page of 5 or 50 customers with their apps, keysets and installations costs the same number of statements', async () => {
    const partner = other.companies.developer;
    const marketplaceId = other.marketplaceId;
    const manager = graph.databases.tenancy.manager;
    const now = new Date();
    for (let i = 0; i < 50; i++) {
      const customer = { id: newId(), marketplaceId, partnerCompanyId: partner, name: `Bulk ${i}`, nameKey: `bulk ${i}`, externalId: `bulk-${i}`, externalIdKey: `bulk-${i}`, createdAt: now };
      const app = { id: newId(), marketplaceId, partnerCompanyId: partner, name: `Bulk app ${i}`, nameKey: `bulk app ${i}`, productId: null, createdAt: now };
      await manager.insert(EndCustomer, customer);
      await manager.insert(App, app);
      await manager.insert(CustomerApp, { id: newId(), marketplaceId, partnerCompanyId: partner, endCustomerId: customer.id, appId: app.id, createdAt: now });
      const keyset = {
        id: newId(), marketplaceId, partnerCompanyId: partner, appId: app.id, name: 'k', publishKey: `pub-${i}-${now.getTime()}`, subscribeKey: `sub-${i}-${now.getTime()}`,
        secretHash: newId().replace(/-/g, '') + String(i).padStart(32, '0'), secretKeyPrefix: 'sec-c-x', enabled: true, createdAt: now, updatedAt: now,
      };
      await manager.insert(Keyset, keyset);
      await manager.insert(KeysetAssignment, { keysetId: keyset.id, marketplaceId, partnerCompanyId: partner, endCustomerId: customer.id, appId: app.id, assignedAt: now });
    }
    const actor: UserActor = {
      kind: 'user',
      userId: other.people.developer.userId,
      email: 'dev@h.test',
      platformOperator: false,
      grants: [{ membershipId: other.people.developer.membershipId, companyId: partner, marketplaceId, accessTypes: ['ACCOUNT', 'DEVELOPER'], roles: ['USER', 'DEVELOPER'], managedCompanyIds: [] }],
    };
    const query = `query($r: [_Any!]!, $first: Int) { _entities(representations: $r) { ... on Company {
      endCustomers(first: $first) { totalCount edges { node { id name active
        apps { edges { node { id name keysets { totalCount } endCustomers { totalCount } } } }
        keysets { edges { node { id publishKey enabled app { id name } endCustomer { id } } } }
        installations { totalCount }
        lastActivity { status app { name } }
        activity(first: 3) { totalCount edges { node { status } } }
      } } }
    } } }`;
    const cost = async (first: number): Promise<number> => {
      const res = await graph.subgraph<{ _entities: { endCustomers: { edges: unknown[] } }[] }>('tenancy', query, { r: [{ __typename: 'Company', id: partner }], first }, actor);
      expect(res.errors).toBeUndefined();
      expect(res.data?._entities[0]?.endCustomers.edges).toHaveLength(first);
      return Number(res.headers.get('x-sql-statements'));
    };
    const five = await cost(5);
    const fifty = await cost(50);
    expect(fifty).toBe(five);
    expect(five).toBeLessThan(15);
  });

  it('X5: every tenancy mutation writes its audit record in its own transaction; admins and staff read it', async () => {
    const token = m.people.developer.token;
    const before = await graph.databases.tenancy.manager.count(AuditEntry);
    const created = await graph.gql(CREATE_CUSTOMER, { input: { partnerCompanyId: m.companies.developer, name: 'Audited', externalId: 'audited-1' } }, { token });
    expect(payloadOf(created.data).userErrors).toEqual([]);
    const refused = await graph.gql(CREATE_CUSTOMER, { input: { partnerCompanyId: m.companies.developer, name: 'Audited', externalId: 'audited-2' } }, { token });
    expect(payloadOf(refused.data).userErrors).toMatchObject([{ code: 'CONFLICT' }]);
    expect(await graph.databases.tenancy.manager.count(AuditEntry)).toBe(before + 1);
    const LOG = `query($c: ID, $m: ID) { tenancyAuditLog(companyId: $c, marketplaceId: $m, first: 1) { edges { node { action actorKind actorId targetType companyId requestId } } } }`;
    const byAdmin = await ok<{ tenancyAuditLog: { edges: { node: Record<string, unknown> }[] } }>(graph, LOG, { c: m.companies.developer }, m.people.devAdmin.token);
    expect(byAdmin.tenancyAuditLog.edges[0]?.node).toMatchObject({
      action: 'end_customer.created',
      actorKind: 'user',
      actorId: m.people.developer.userId,
      targetType: 'EndCustomer',
      companyId: m.companies.developer,
      requestId: expect.any(String),
    });
    const byStaff = await ok<{ tenancyAuditLog: { edges: unknown[] } }>(graph, LOG, { m: m.marketplaceId }, m.people.owner.token);
    expect(byStaff.tenancyAuditLog.edges).toHaveLength(1);
    expect(codes(await graph.gql(LOG, { c: m.companies.developer }, { token }))).toEqual(['FORBIDDEN']);
    expect(codes(await graph.gql(LOG, { m: m.marketplaceId }, { token: other.people.owner.token }))).toEqual(['NOT_FOUND']);
    // Reports by secret key are audited as the keyset.
    const c = await activeCustomer(graph, m, 'audit-run');
    await graph.gql(REPORT, { input: { secretKey: c.secretKey, status: 'STARTED' } });
    const rows = await graph.databases.tenancy.manager.find(AuditEntry, { where: { action: 'activity.reported', actorId: c.keysetId } });
    expect(rows.map((r) => r.actorKind)).toEqual(['KEYSET']);
  });
});

it('T4: a keyset moves to another customer only after it is unassigned', async () => {
  const token = m.people.developer.token;
  const first = await activeCustomer(graph, m, 'move-a');
  const second = await activeCustomer(graph, m, 'move-b');
  const spare = await createKeyset(graph, token, first.appId, 'Moving');
  await ok(graph, ASSIGN_KEYSET, { input: { keysetId: spare.id, endCustomerId: first.customerId } }, token);
  const taken = await graph.gql(ASSIGN_KEYSET, { input: { keysetId: spare.id, endCustomerId: second.customerId } }, { token });
  expect(payloadOf(taken.data).userErrors).toMatchObject([{ code: 'CONFLICT', rule: 'T4' }]);
});

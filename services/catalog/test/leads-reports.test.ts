import { createCompany, marketplaceFixture, ok, person, startGraph, type MarketplaceFixture, type Person, type TestGraph } from '@marketgraph/testing';
import { APPROVE, ARCHIVE, CANCEL, SUBSCRIBE, codes, draftProduct, makeReseller, outcome, payloadOf, publishedProduct, staffOf, type Staff } from './helpers';

let graph: TestGraph;
let m: MarketplaceFixture;
let other: MarketplaceFixture;
let staff: Staff;
let referrer: Person;
let referralCompany: string;
let secondReseller: Person;
let secondResellerCompany: string;

const GRANT = `mutation($m: ID!, $roles: [Role!]!) { grantRoles(input: { membershipId: $m, roles: $roles }) { membership { id } userErrors { message } } }`;

beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'lead');
  other = await marketplaceFixture(graph, 'otherlead');
  staff = await staffOf(graph, m);
  await makeReseller(graph, m);
  referralCompany = await createCompany(graph, m.people.owner.token, m.marketplaceId, 'lead Referrals', ['REFERRAL'], 'ref@lead.test');
  referrer = await person(graph, 'ref@lead.test', referralCompany);
  await ok(graph, GRANT, { m: referrer.membershipId, roles: ['REFERRAL'] }, m.people.owner.token);
  secondResellerCompany = await createCompany(graph, m.people.owner.token, m.marketplaceId, 'lead Resells Too', ['RESELLER'], 'reseller2@lead.test');
  secondReseller = await person(graph, 'reseller2@lead.test', secondResellerCompany);
  await ok(graph, GRANT, { m: secondReseller.membershipId, roles: ['RESELLER'] }, m.people.owner.token);
});
afterAll(() => graph?.stop());

const LEAD = 'lead { id state source { id } assignedTo { id } customerCompany { id } lostReason }';
const CREATE_LEAD = `mutation($input: CreateLeadInput!) { createLead(input: $input) { ${LEAD} userErrors { field code message rule } } }`;
const ASSIGN_LEAD = `mutation($id: ID!, $r: ID!) { assignLead(leadId: $id, resellerCompanyId: $r) { ${LEAD} userErrors { code message rule } } }`;
const CONVERT = `mutation($id: ID!, $c: ID!) { convertLead(leadId: $id, customerCompanyId: $c) { ${LEAD} userErrors { field code message rule } } }`;
const LOST = `mutation($id: ID!) { markLeadLost(leadId: $id, reason: "Chose a competitor") { ${LEAD} userErrors { code message rule } } }`;
type LeadShape = { id: string; state: string; assignedTo: { id: string } | null; customerCompany: { id: string } | null };

async function referralLead(name: string): Promise<string> {
  const res = await ok<{ createLead: { lead: LeadShape } }>(
    graph,
    CREATE_LEAD,
    { input: { companyId: referralCompany, prospectCompanyName: name, contactEmail: `buyer@${name.toLowerCase().replace(/\W/g, '')}.test` } },
    referrer.token,
  );
  return res.createLead.lead.id;
}

const visibleLeadIds = async (token: string) =>
  (await ok<{ leads: { edges: { node: { id: string } }[] } }>(graph, '{ leads(first: 100) { edges { node { id } } } }', {}, token)).leads.edges.map((e) => e.node.id);

describe('C9 leads', () => {
  it('C9: REFERRAL and RESELLER members create leads; others cannot', async () => {
    const { productId } = await publishedProduct(graph, m);
    const input = { companyId: referralCompany, prospectCompanyName: 'Globex', contactEmail: 'ceo@globex.test', productId };
    const created = payloadOf<{ lead: LeadShape }>(await graph.gql(CREATE_LEAD, { input }, { token: referrer.token }));
    expect(created.lead).toMatchObject({ state: 'NEW', assignedTo: null });
    // A reseller's own lead is its own to work.
    const own = payloadOf<{ lead: LeadShape }>(
      await graph.gql(CREATE_LEAD, { input: { ...input, companyId: m.companies.reseller } }, { token: m.people.resellerAdmin.token }),
    );
    expect(own.lead).toMatchObject({ state: 'ASSIGNED', assignedTo: { id: m.companies.reseller } });
    expect(outcome(await graph.gql(CREATE_LEAD, { input: { ...input, companyId: m.companies.customer } }, { token: m.people.customerAdmin.token }))).toBe('FORBIDDEN');
    expect(outcome(await graph.gql(CREATE_LEAD, { input }, { token: m.people.resellerAdmin.token }))).toBe('NOT_FOUND');
    const bad = payloadOf(await graph.gql(CREATE_LEAD, { input: { ...input, contactEmail: 'not-an-email' } }, { token: referrer.token }));
    expect(bad.userErrors[0]).toMatchObject({ code: 'INVALID', field: 'contactEmail' });
    const draft = await draftProduct(graph, m);
    const hidden = payloadOf(await graph.gql(CREATE_LEAD, { input: { ...input, productId: draft.productId } }, { token: referrer.token }));
    expect(hidden.userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'productId' });
  });

  it('C9: a RESELLER_MANAGER assigns, the assigned RESELLER converts a lead to a company it manages or marks it lost', async () => {
    const leadId = await referralLead('Initech');
    expect(outcome(await graph.gql(ASSIGN_LEAD, { id: leadId, r: m.companies.reseller }, { token: referrer.token }))).toBe('FORBIDDEN');
    expect(outcome(await graph.gql(ASSIGN_LEAD, { id: leadId, r: m.companies.reseller }, { token: staff.reports.token }))).toBe('FORBIDDEN');
    expect(outcome(await graph.gql(ASSIGN_LEAD, { id: leadId, r: m.companies.reseller }, { token: staff.resellerManager.token }))).toBe('OK');
    // Another reseller: the lead is not its business.
    expect(outcome(await graph.gql(CONVERT, { id: leadId, c: m.companies.customer }, { token: secondReseller.token }))).toBe('NOT_FOUND');
    expect(outcome(await graph.gql(LOST, { id: leadId }, { token: secondReseller.token }))).toBe('NOT_FOUND');
    // The converted customer must be one the reseller manages (I12).
    const unmanaged = payloadOf(await graph.gql(CONVERT, { id: leadId, c: m.companies.developer }, { token: m.people.resellerAdmin.token }));
    expect(unmanaged.userErrors[0]).toMatchObject({ code: 'RULE_VIOLATION', field: 'customerCompanyId', rule: 'C9' });
    const converted = payloadOf<{ lead: LeadShape }>(await graph.gql(CONVERT, { id: leadId, c: m.companies.customer }, { token: m.people.resellerAdmin.token }));
    expect(converted.lead).toMatchObject({ state: 'CONVERTED', customerCompany: { id: m.companies.customer } });
    const lostAfter = payloadOf(await graph.gql(LOST, { id: leadId }, { token: m.people.resellerAdmin.token }));
    expect(lostAfter.userErrors[0]).toMatchObject({ code: 'ILLEGAL_TRANSITION', message: expect.stringContaining('CONVERTED') });

    const another = await referralLead('Hooli');
    await ok(graph, ASSIGN_LEAD, { id: another, r: secondResellerCompany }, staff.resellerManager.token);
    expect(outcome(await graph.gql(LOST, { id: another }, { token: m.people.resellerAdmin.token }))).toBe('NOT_FOUND');
    const lost = payloadOf<{ lead: LeadShape & { lostReason: string } }>(await graph.gql(LOST, { id: another }, { token: secondReseller.token }));
    expect(lost.lead).toMatchObject({ state: 'LOST', lostReason: 'Chose a competitor' });
  });

  it('C9: nobody outside the lead\'s companies sees it, except marketplace staff', async () => {
    const leadId = await referralLead('Umbrella');
    await ok(graph, ASSIGN_LEAD, { id: leadId, r: secondResellerCompany }, staff.resellerManager.token);
    expect(await visibleLeadIds(referrer.token)).toContain(leadId);
    expect(await visibleLeadIds(secondReseller.token)).toContain(leadId);
    expect(await visibleLeadIds(staff.resellerManager.token)).toContain(leadId);
    expect(await visibleLeadIds(staff.reports.token)).toContain(leadId);
    expect(await visibleLeadIds(m.people.resellerAdmin.token)).not.toContain(leadId);
    expect(await visibleLeadIds(m.people.customerAdmin.token)).toEqual([]);
    expect(await visibleLeadIds(m.people.developer.token)).toEqual([]);
    expect(await visibleLeadIds(other.people.owner.token)).toEqual([]);
    const direct = await graph.gql<{ lead: { id: string } | null }>('query($id: ID!) { lead(id: $id) { id } }', { id: leadId }, { token: m.people.customerAdmin.token });
    expect(direct.data?.lead).toBeNull();
  });
});

describe('C10 reports', () => {
  const REPORT = `query($id: ID!) { marketplaceReport(marketplaceId: $id) {
    productsByState { state count }
    sales { productId productName month subscriptions cancelled revenue { amountMinor currency } }
    leadsFunnel { reseller { id } total open converted lost } } }`;
  type Report = {
    marketplaceReport: {
      productsByState: { state: string; count: number }[];
      sales: { productId: string; month: string; subscriptions: number; cancelled: number; revenue: { amountMinor: number; currency: string } }[];
      leadsFunnel: { reseller: { id: string } | null; total: number; open: number; converted: number; lost: number }[];
    };
  };

  it('C10: marketplace reports aggregate products by state, sales by product and month, and the leads funnel', async () => {
    const sold = await publishedProduct(graph, m, { name: 'Reported App', edition: { priceMinor: 2500, currency: 'EUR', allowsMultipleSubscriptions: true } });
    for (const token of [m.people.customerAdmin.token, staff.salesSupport.token, m.people.resellerAdmin.token]) {
      await ok(graph, SUBSCRIBE, { input: { editionId: sold.editionId, companyId: m.companies.customer } }, token);
    }
    const cancelled = payloadOf<{ subscription: { id: string } }>(
      await graph.gql(SUBSCRIBE, { input: { editionId: sold.editionId, companyId: m.companies.customer } }, { token: m.people.customerAdmin.token }),
    );
    await ok(graph, CANCEL, { id: cancelled.subscription.id }, m.people.customerAdmin.token);
    const archived = await publishedProduct(graph, m);
    await ok(graph, ARCHIVE, { id: archived.productId }, m.people.owner.token);

    const report = await ok<Report>(graph, REPORT, { id: m.marketplaceId }, staff.reports.token);
    const month = new Date().toISOString().slice(0, 7);
    expect(report.marketplaceReport.sales.find((r) => r.productId === sold.productId)).toEqual({
      productId: sold.productId,
      productName: 'Reported App',
      month,
      subscriptions: 4,
      cancelled: 1,
      revenue: { amountMinor: 10_000, currency: 'EUR' },
    });
    const states = Object.fromEntries(report.marketplaceReport.productsByState.map((r) => [r.state, r.count]));
    expect(states['ARCHIVED']).toBeGreaterThanOrEqual(1);
    expect(states['PUBLISHED']).toBeGreaterThanOrEqual(1);
    const total = report.marketplaceReport.productsByState.reduce((n, r) => n + r.count, 0);
    const all = await ok<{ products: { totalCount: number } }>(graph, 'query($id: ID!) { products(marketplaceId: $id) { totalCount } }', { id: m.marketplaceId }, m.people.owner.token);
    expect(total).toBe(all.products.totalCount);
    for (const row of report.marketplaceReport.leadsFunnel) expect(row.open + row.converted + row.lost).toBe(row.total);
    const own = report.marketplaceReport.leadsFunnel.find((r) => r.reseller?.id === m.companies.reseller);
    expect(own?.converted).toBeGreaterThanOrEqual(1);

    const asManager = await ok<Report>(graph, REPORT, { id: m.marketplaceId }, m.people.owner.token);
    expect(asManager).toEqual(report);
  });

  it('C10: the reports reader reads and changes nothing; buyers and other marketplaces read nothing', async () => {
    const { productId } = await draftProduct(graph, m);
    const { reports } = staff;
    const mutations: [string, Record<string, unknown>][] = [
      [APPROVE, { id: productId }],
      [ARCHIVE, { id: productId }],
      [ASSIGN_LEAD, { id: await referralLead('Stark'), r: m.companies.reseller }],
      [SUBSCRIBE, { input: { editionId: (await publishedProduct(graph, m)).editionId, companyId: m.companies.customer } }],
    ];
    for (const [mutation, variables] of mutations) expect(outcome(await graph.gql(mutation, variables, { token: reports.token }))).toBe('FORBIDDEN');
    for (const token of [m.people.customerAdmin.token, m.people.devAdmin.token, staff.salesSupport.token]) {
      const res = await graph.gql(REPORT, { id: m.marketplaceId }, { token });
      expect(res.data).toBeNull();
      expect(codes(res)[0]).toMatch(/FORBIDDEN|NOT_FOUND/);
    }
    expect(codes(await graph.gql(REPORT, { id: m.marketplaceId }, { token: other.people.owner.token }))).toEqual(['NOT_FOUND']);
  });

  it('C10: a vendor\'s DEVELOPER and COMPANY_ADMIN see the sales of their own products only', async () => {
    const { productId, editionId } = await publishedProduct(graph, m, { edition: { priceMinor: 700, currency: 'USD' } });
    await ok(graph, SUBSCRIBE, { input: { editionId, companyId: m.companies.customer } }, m.people.customerAdmin.token);
    const SALES = 'query($v: ID!) { vendorSales(vendorCompanyId: $v) { productId subscriptions revenue { amountMinor currency } } }';
    for (const token of [m.people.developer.token, m.people.devAdmin.token]) {
      const res = await ok<{ vendorSales: { productId: string; revenue: { amountMinor: number; currency: string } }[] }>(graph, SALES, { v: m.companies.developer }, token);
      expect(res.vendorSales.find((r) => r.productId === productId)).toEqual({ productId, subscriptions: 1, revenue: { amountMinor: 700, currency: 'USD' } });
    }
    expect(outcome(await graph.gql(SALES, { v: m.companies.developer }, { token: m.people.customerAdmin.token }))).toBe('NOT_FOUND');
    expect(outcome(await graph.gql(SALES, { v: m.companies.customer }, { token: m.people.customerUser.token }))).toBe('FORBIDDEN');
    const ownerSales = await ok<{ vendorSales: unknown[] }>(graph, SALES, { v: m.companies.developer }, staff.reports.token);
    expect(ownerSales.vendorSales.length).toBeGreaterThan(0);
  });
});

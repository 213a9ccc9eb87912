import { marketplaceFixture, startGraph, type GqlResponse, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { CREATE_EDITION, CREATE_VERSION, draftProduct } from '../services/catalog/test/helpers';
import { CREATE_APP, CREATE_CUSTOMER } from '../services/tenancy/test/helpers';

let graph: TestGraph;
let m: MarketplaceFixture;
beforeAll(async () => {
  graph = await startGraph({ gateway: { limits: { ratePerMinute: 1_000_000 } } });
  m = await marketplaceFixture(graph, 'dup');
}, 120_000);
afterAll(() => graph?.stop());

const AT_ONCE = 20;

interface Outcome {
  code: string;
  field?: string | null;
  rule?: string | null;
}

/** What each answer came to: OK, the first userError, or the GraphQL error code. */
function outcomes(responses: GqlResponse[]): Outcome[] {
  return responses.map((res) => {
    const code = res.errors?.[0]?.extensions?.code;
    if (code) return { code };
    const payload = Object.values(res.data ?? {})[0] as { userErrors: { code: string; field: string | null; rule: string | null }[] };
    const first = payload.userErrors[0];
    return first ? { code: first.code, field: first.field, rule: first.rule } : { code: 'OK' };
  });
}

/** The same create sent AT_ONCE times at once: exactly one wins, every other one is told which field collided. */
async function expectOneWinner(send: () => Promise<GqlResponse>, conflict: Outcome): Promise<void> {
  const results = outcomes(await Promise.all(Array.from({ length: AT_ONCE }, send)));
  expect(results.filter((r) => r.code === 'OK')).toHaveLength(1);
  expect(results.filter((r) => r.code !== 'OK')).toEqual(Array.from({ length: AT_ONCE - 1 }, () => conflict));
}

it('X7: every unique key of every subgraph says which input field a collision concerns', () => {
  for (const db of Object.values(graph.databases)) {
    expect(db.declaredUniqueKeys()).toEqual(db.allUniqueKeys());
  }
});

it('X3: concurrent duplicate editions and versions answer CONFLICT naming the field, never a 500', async () => {
  const token = m.people.developer.token;
  const { productId } = await draftProduct(graph, m);
  await expectOneWinner(
    () => graph.gql(CREATE_EDITION, { input: { productId, name: 'Twin', priceMinor: 100, currency: 'EUR', billingPeriod: 'MONTHLY' } }, { token }),
    { code: 'CONFLICT', field: 'name', rule: 'C6' },
  );
  await expectOneWinner(() => graph.gql(CREATE_VERSION, { input: { productId, version: '1.0.0', changelog: 'First', configSchema: { type: 'object' } } }, { token }), {
    code: 'CONFLICT',
    field: 'version',
    rule: 'C5',
  });
});

it('X3: concurrent duplicate end customers and apps answer CONFLICT naming the field, never a 500', async () => {
  const token = m.people.developer.token;
  const partnerCompanyId = m.companies.developer;
  let n = 0;
  await expectOneWinner(() => graph.gql(CREATE_CUSTOMER, { input: { partnerCompanyId, name: 'Same Name', externalId: `ext-${++n}` } }, { token }), {
    code: 'CONFLICT',
    field: 'name',
    rule: 'T2',
  });
  await expectOneWinner(() => graph.gql(CREATE_CUSTOMER, { input: { partnerCompanyId, name: `Name ${++n}`, externalId: 'SAME-ext' } }, { token }), {
    code: 'CONFLICT',
    field: 'externalId',
    rule: 'T2',
  });
  await expectOneWinner(() => graph.gql(CREATE_APP, { input: { partnerCompanyId, name: 'Same App' } }, { token }), {
    code: 'CONFLICT',
    field: 'name',
    rule: 'T3',
  });
});

it('X3: concurrent companies whose first admin is one new email in two letter cases never answer a 500: each is created or told which field collided', async () => {
  let n = 0;
  const send = (): Promise<GqlResponse> =>
    graph.gql(
      'mutation($input: CreateCompanyInput!) { createCompany(input: $input) { company { id } userErrors { field code message rule } } }',
      {
        input: {
          marketplaceId: m.marketplaceId,
          name: `Racing Co ${++n}`,
          accessTypes: [],
          // The first admin is invited (I15): the race is on the invitations and the company names.
          firstAdmin: { email: n % 2 ? 'same.admin@racing.test' : 'Same.Admin@Racing.test' },
        },
      },
      { token: m.people.owner.token },
    );
  const results = outcomes(await Promise.all(Array.from({ length: AT_ONCE }, send)));
  expect(results.filter((r) => r.code !== 'OK' && !(r.code === 'CONFLICT' && r.field))).toEqual([]);
});

import { invite, marketplaceFixture, startGraph, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { GRANT, REVOKE, codes, payloadOf } from './helpers';

let graph: TestGraph;
let m: MarketplaceFixture;

beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph);
});
afterAll(() => graph?.stop());

const REVOKE_MEMBERSHIP = `mutation($id: ID!) { revokeMembership(membershipId: $id) { membership { active } userErrors { code rule message } } }`;
const DISABLE = `mutation($id: ID!) { disableUser(userId: $id) { user { disabled } userErrors { code rule message } } }`;

async function activeAdmins(companyId: string): Promise<number> {
  const rows = await graph.databases.identity.dataSource.query(
    `SELECT COUNT(*) AS n FROM membership_role r JOIN membership m ON m.id = r.membership_id JOIN \`user\` u ON u.id = m.user_id
      WHERE r.company_id = ? AND r.role = 'COMPANY_ADMIN' AND m.status = 'ACTIVE' AND u.disabled_at IS NULL`,
    [companyId],
  );
  return Number(rows[0].n);
}

describe('the last admin', () => {
  it('I8: the last COMPANY_ADMIN cannot lose the role, its membership, or its account', async () => {
    const admin = m.people.customerAdmin;
    const demote = await graph.gql(REVOKE, { input: { membershipId: admin.membershipId, roles: ['COMPANY_ADMIN', 'BILLING_ADMIN'] } }, { token: admin.token });
    expect(payloadOf(demote.data).userErrors).toEqual([
      { field: null, code: 'RULE_VIOLATION', rule: 'I8', message: `Removing COMPANY_ADMIN would leave m Customer without an active COMPANY_ADMIN` },
    ]);
    const revoke = await graph.gql(REVOKE_MEMBERSHIP, { id: admin.membershipId }, { token: m.people.owner.token });
    expect(payloadOf(revoke.data).userErrors).toMatchObject([{ code: 'RULE_VIOLATION', rule: 'I8' }]);
    const disable = await graph.gql(DISABLE, { id: admin.userId }, { token: m.people.owner.token });
    expect(payloadOf(disable.data).userErrors).toMatchObject([{ code: 'RULE_VIOLATION', rule: 'I8' }]);
    expect(await activeAdmins(m.companies.customer)).toBe(1);
  });

  it('I8: with a second admin, one may step down', async () => {
    const second = await invite(graph, m.people.customerAdmin.token, m.companies.customer, 'second@m.test', ['COMPANY_ADMIN']);
    const res = await graph.gql(REVOKE, { input: { membershipId: second.membershipId, roles: ['COMPANY_ADMIN'] } }, { token: second.token });
    expect(payloadOf<{ membership: { roles: string[] } }>(res.data).membership.roles).toEqual(['USER', 'BILLING_ADMIN']);
  });

  it('I8: two admins demoting each other at the same moment leave exactly one admin', async () => {
    for (let round = 0; round < 4; round++) {
      const company = m.companies.developer;
      const x = await invite(graph, m.people.devAdmin.token, company, `x${round}@m.test`, ['COMPANY_ADMIN']);
      const y = await invite(graph, m.people.devAdmin.token, company, `y${round}@m.test`, ['COMPANY_ADMIN']);
      // Leave x and y as the only admins.
      const original = await graph.gql(REVOKE_MEMBERSHIP, { id: m.people.devAdmin.membershipId }, { token: x.token });
      if (round === 0) expect(payloadOf(original.data).userErrors).toEqual([]);
      expect(await activeAdmins(company)).toBe(2);
      const [a, b] = await Promise.all([
        graph.gql(REVOKE, { input: { membershipId: y.membershipId, roles: ['COMPANY_ADMIN', 'BILLING_ADMIN'] } }, { token: x.token }),
        graph.gql(REVOKE, { input: { membershipId: x.membershipId, roles: ['COMPANY_ADMIN', 'BILLING_ADMIN'] } }, { token: y.token }),
      ]);
      const outcomes = [a, b].map((r) => (codes(r)[0] ?? payloadOf(r.data).userErrors[0]?.rule ?? 'ok'));
      // The loser finds itself demoted (I14, or FORBIDDEN when the gateway read it after the
      // winner committed) and the other the last admin (I8): refused either way.
      expect(outcomes.filter((o) => o === 'ok')).toHaveLength(1);
      expect(outcomes.find((o) => o !== 'ok')).toMatch(/^(I8|I14|FORBIDDEN)$/);
      expect(await activeAdmins(company)).toBe(1);
      // Hand the company back to a fresh admin for the next round.
      const survivor = outcomes[0] === 'ok' ? x : y;
      const next = await invite(graph, survivor.token, company, `z${round}@m.test`, ['COMPANY_ADMIN']);
      await graph.gql(REVOKE_MEMBERSHIP, { id: survivor.membershipId }, { token: next.token });
      m.people.devAdmin = next;
    }
  });

  it('I8: an admin disabled while another admin is demoted concurrently still leaves one admin', async () => {
    const company = m.companies.reseller;
    const p = await invite(graph, m.people.resellerAdmin.token, company, 'p@m.test', ['COMPANY_ADMIN']);
    const [disable, demote] = await Promise.all([
      graph.gql(DISABLE, { id: m.people.resellerAdmin.userId }, { token: m.people.owner.token }),
      graph.gql(REVOKE, { input: { membershipId: p.membershipId, roles: ['COMPANY_ADMIN', 'BILLING_ADMIN'] } }, { token: p.token }),
    ]);
    const succeeded = [disable, demote].filter((r) => payloadOf(r.data).userErrors.length === 0);
    expect(succeeded).toHaveLength(1);
    expect(await activeAdmins(company)).toBe(1);
  });
});

describe('staff limits', () => {
  it('I8: granting back COMPANY_ADMIN is possible for staff, who manage members of any company', async () => {
    const support = await invite(graph, m.people.owner.token, m.companies.owner, 'support@m.test', ['CUSTOMER_SUPPORT']);
    const res = await graph.gql(GRANT, { input: { membershipId: m.people.customerUser.membershipId, roles: ['COMPANY_ADMIN'] } }, { token: support.token });
    expect(payloadOf(res.data).userErrors).toEqual([]);
    expect(await activeAdmins(m.companies.customer)).toBe(2);
  });

  it('I8: a plain member cannot change roles', async () => {
    const res = await graph.gql(GRANT, { input: { membershipId: m.people.customerUser.membershipId, roles: ['BILLING_ADMIN'] } }, { token: m.people.developer.token });
    expect(codes(res)).toEqual(['NOT_FOUND']);
  });
});

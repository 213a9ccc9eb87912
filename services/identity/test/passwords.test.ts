import { createHash } from 'node:crypto';
import { invite, marketplaceFixture, startGraph, PASSWORD, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { gqlFrom, payloadOf } from './helpers';

let graph: TestGraph;
let m: MarketplaceFixture;

beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph);
});
afterAll(() => graph?.stop());

const LOGIN = `mutation($input: LoginInput!) {
  login(input: $input) { accessToken retryAfterSeconds userErrors { field code message rule } }
}`;

interface LoginAnswer {
  accessToken: string | null;
  retryAfterSeconds: number | null;
  userErrors: { field: string | null; code: string; message: string; rule: string | null }[];
}

async function loginFrom(address: string, email: string, password: string): Promise<LoginAnswer> {
  const res = await gqlFrom(graph, address, LOGIN, { input: { email, password } });
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return payloadOf<LoginAnswer>(res.data);
}

const outcome = (a: LoginAnswer) => (a.accessToken ? 'SIGNED_IN' : (a.userErrors[0]?.code ?? 'NONE'));

async function failedLoginsAudited(): Promise<number> {
  const rows = await graph.databases.identity.dataSource.query("SELECT COUNT(*) AS n FROM audit_entry WHERE action = 'user.login_failed'");
  return Number(rows[0].n);
}

/** Moves a throttle window back in time, as if its attempts had happened `ms` earlier. */
async function age(key: string, ms: number): Promise<void> {
  const digest = createHash('sha256').update(key).digest('hex');
  await graph.databases.identity.dataSource.query(
    'UPDATE password_throttle SET window_started_ms = window_started_ms - ?, last_attempt_ms = last_attempt_ms - ? WHERE throttle_key = ?',
    [ms, ms, digest],
  );
}

describe('the password throttle', () => {
  it('I11, I15: of 30 parallel wrong passwords only 5 are checked, for a registered and for an unknown email alike', async () => {
    await invite(graph, m.people.customerAdmin.token, m.companies.customer, 'parallel@m.test', []);
    for (const email of ['parallel@m.test', 'nobody-here@m.test']) {
      const before = await failedLoginsAudited();
      const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => loginFrom('127.0.0.21', email, `wrong-password-${i}`)));
      const counts = answers.reduce<Record<string, number>>((acc, a) => ({ ...acc, [outcome(a)]: (acc[outcome(a)] ?? 0) + 1 }), {});
      expect(counts).toEqual({ INVALID: 5, THROTTLED: 25 });
      // Checked means a password was verified and the failure recorded: 5, not 30.
      expect((await failedLoginsAudited()) - before).toBe(5);
      const throttled = answers.filter((a) => outcome(a) === 'THROTTLED');
      for (const a of throttled) {
        expect(a.userErrors).toEqual([{ field: null, code: 'THROTTLED', rule: 'I11', message: expect.stringMatching(/^Too many sign-in attempts for this account; try again in \d+ seconds?$/) }]);
        expect(a.retryAfterSeconds).toBeGreaterThan(0);
        expect(a.retryAfterSeconds).toBeLessThanOrEqual(30);
      }
    }
  });

  it('I11, I15: several login fields in one document each count as an attempt', async () => {
    await invite(graph, m.people.customerAdmin.token, m.companies.customer, 'aliases@m.test', []);
    const fields = Array.from({ length: 12 }, (_, i) => `g${i}: login(input: { email: "aliases@m.test", password: "guess-number-${i}" }) { accessToken retryAfterSeconds userErrors { code } }`);
    fields.push(`right: login(input: { email: "aliases@m.test", password: "${PASSWORD}" }) { accessToken retryAfterSeconds userErrors { code } }`);
    const res = await gqlFrom<Record<string, LoginAnswer>>(graph, '127.0.0.22', `mutation { ${fields.join('\n')} }`);
    const answers = Object.values(res.data ?? {});
    expect(answers.filter((a) => outcome(a) === 'INVALID')).toHaveLength(5);
    expect(answers.filter((a) => outcome(a) === 'THROTTLED')).toHaveLength(8);
    // The right password, guessed after the allowance, is not even checked.
    expect(res.data?.['right']?.accessToken).toBeNull();
  });

  it('I11: delays grow per account and address: after the free attempts, one more every 30 s, then 1 min, then 2 min', async () => {
    await invite(graph, m.people.customerAdmin.token, m.companies.customer, 'slow@m.test', []);
    const from = '127.0.0.23';
    for (let i = 0; i < 5; i++) expect(outcome(await loginFrom(from, 'slow@m.test', `wrong-${i}-password`))).toBe('INVALID');
    const sixth = await loginFrom(from, 'slow@m.test', 'wrong-6-password');
    expect(outcome(sixth)).toBe('THROTTLED');
    await age(`address\nslow@m.test\n${from}`, 31_000);
    expect(outcome(await loginFrom(from, 'slow@m.test', 'wrong-6-password'))).toBe('INVALID');
    const seventh = await loginFrom(from, 'slow@m.test', 'wrong-7-password');
    expect(outcome(seventh)).toBe('THROTTLED');
    expect(seventh.retryAfterSeconds).toBeGreaterThan(29);
    expect(seventh.retryAfterSeconds).toBeLessThanOrEqual(60);
    await age(`address\nslow@m.test\n${from}`, 60_000);
    // The right password after waiting signs in and empties this address's counter.
    expect(outcome(await loginFrom(from, 'slow@m.test', PASSWORD))).toBe('SIGNED_IN');
    expect(outcome(await loginFrom(from, 'slow@m.test', 'wrong-8-password'))).toBe('INVALID');
  });

  it('I15: a third party failing many times from its address does not lock the owner out of its own', async () => {
    await invite(graph, m.people.customerAdmin.token, m.companies.customer, 'owner-of-account@m.test', []);
    expect(outcome(await loginFrom('127.0.0.31', 'owner-of-account@m.test', PASSWORD))).toBe('SIGNED_IN');
    const attacker = await Promise.all(Array.from({ length: 12 }, (_, i) => loginFrom('127.0.0.66', 'owner-of-account@m.test', `attacker-${i}-guess`)));
    expect(attacker.filter((a) => outcome(a) === 'INVALID')).toHaveLength(5);
    expect(attacker.filter((a) => outcome(a) === 'THROTTLED')).toHaveLength(7);
    // The owner, from its usual address and from one it never used, still signs in at once.
    expect(outcome(await loginFrom('127.0.0.31', 'owner-of-account@m.test', PASSWORD))).toBe('SIGNED_IN');
    expect(outcome(await loginFrom('127.0.0.32', 'owner-of-account@m.test', PASSWORD))).toBe('SIGNED_IN');
  });

  it('I15: guesses spread over many addresses are slowed account-wide, and the owner still signs in from its usual address', async () => {
    await invite(graph, m.people.customerAdmin.token, m.companies.customer, 'spread@m.test', []);
    expect(outcome(await loginFrom('127.0.0.41', 'spread@m.test', PASSWORD))).toBe('SIGNED_IN');
    const guesses = await Promise.all(Array.from({ length: 20 }, (_, i) => loginFrom(`127.0.1.${i + 1}`, 'spread@m.test', `spread-guess-${i}`)));
    expect(guesses.every((a) => outcome(a) === 'INVALID')).toBe(true);
    // As if all 20 had come this very moment: the 21st address must wait, but only seconds.
    await age('account\nspread@m.test', -60_000);
    const next = await loginFrom('127.0.1.99', 'spread@m.test', 'spread-guess-21');
    expect(outcome(next)).toBe('THROTTLED');
    expect(next.retryAfterSeconds).toBeLessThanOrEqual(61);
    expect(outcome(await loginFrom('127.0.0.41', 'spread@m.test', PASSWORD))).toBe('SIGNED_IN');
    // From a new address the owner is slowed too, never locked out for long.
    const elsewhere = await loginFrom('127.0.0.42', 'spread@m.test', PASSWORD);
    expect(outcome(elsewhere)).toBe('THROTTLED');
    expect(elsewhere.retryAfterSeconds).toBeLessThanOrEqual(61);
  });
});

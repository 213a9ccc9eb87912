import { ROLES } from '@marketgraph/authz';
import { OPERATOR, startGraph, type TestGraph } from '@marketgraph/testing';

// `npm start` seeds this demo through the gateway, as a newcomer's first look at the product (plain JavaScript).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { seed, DEMO_LOGINS } = require('../scripts/demo/seed.js') as {
  seed(url: string, operator: { email: string; password: string }): Promise<boolean>;
  DEMO_LOGINS: { password: string; users: { email: string; what: string }[] };
};

let graph: TestGraph;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(() => graph?.stop());

interface Viewer {
  viewer: { memberships: { roles: string[]; company: { name: string } }[] };
}

it('I13: the demo seeds once through the graph, and every persona its banner lists signs in holding the roles it names', async () => {
  expect(await seed(graph.url, OPERATOR)).toBe(true);
  const shown = new Set<string>();
  for (const { email, what } of DEMO_LOGINS.users) {
    // "Acme (owner): COMPANY_ADMIN, MARKETPLACE_MANAGER" names the company and the roles held there.
    const [, company, roles] = /^([^(:]+?)(?: \([^)]*\))?: (.+)$/.exec(what) ?? [];
    const token = await graph.login(email, DEMO_LOGINS.password);
    const res = await graph.gql<Viewer>('{ viewer { memberships { roles company { name } } } }', {}, { token });
    const membership = res.data?.viewer.memberships.find((m) => m.company.name === company);
    expect([email, membership?.roles]).toEqual([email, expect.arrayContaining((roles ?? '').split(', '))]);
    for (const role of membership?.roles ?? []) shown.add(role);
  }
  // Every role of the product has a persona to try it with.
  expect([...ROLES].filter((role) => !shown.has(role))).toEqual([]);
  expect(await seed(graph.url, OPERATOR)).toBe(false);
});

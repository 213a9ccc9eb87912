import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SQL_COUNT_HEADER } from '@marketgraph/graphql';
import { invite, marketplaceFixture, ok, startGraph, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import type { UserActor } from '@marketgraph/authz';

let graph: TestGraph;
let m: MarketplaceFixture;

beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph);
});
afterAll(() => graph?.stop());

const codes = (res: { errors?: { extensions?: { code?: string } }[] }) => (res.errors ?? []).map((e) => e.extensions?.code);

describe('trusted gateway', () => {
  const operator: UserActor = { kind: 'user', userId: 'x', email: 'x@x.test', platformOperator: true, grants: [] };

  it('X2: a subgraph reached directly answers nothing but an authentication error', async () => {
    for (const service of ['identity', 'catalog', 'tenancy'] as const) {
      const res = await graph.subgraph(service, '{ __typename }', {}, null);
      expect(res.status).toBe(401);
      expect(res.data).toBeNull();
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('X2: a forged or misaddressed actor context is refused; composition tooling may read _service', async () => {
    const forged = await fetch(graph.subgraphUrls.identity, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-actor-context': 'eyJhbGciOiJIUzI1NiJ9.eyJhY3QiOnsia2luZCI6InVzZXIifX0.forged' },
      body: JSON.stringify({ query: '{ marketplaces { totalCount } }' }),
    });
    expect(forged.status).toBe(401);
    // A context signed for catalog does not open identity.
    const signedForCatalog = await graph.subgraph('catalog', '{ __typename }', {}, operator);
    expect(signedForCatalog.status).toBe(200);
    const { signActorContext } = await import('@marketgraph/authz');
    const { TEST_KEYS } = await import('@marketgraph/testing');
    const token = await signActorContext({ actor: operator, requestId: 'r' }, 'catalog', TEST_KEYS.actorContext);
    const misaddressed = await fetch(graph.subgraphUrls.identity, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-actor-context': token },
      body: JSON.stringify({ query: '{ marketplaces { totalCount } }' }),
    });
    expect(misaddressed.status).toBe(401);
    const sdl = await graph.subgraph<{ _service: { sdl: string } }>('identity', '{ _service { sdl } }', {}, null);
    expect(sdl.data?._service.sdl).toContain('type Company');
  });
});

describe('errors', () => {
  it('X3: expected failures are userErrors; other tenants\' data is NOT_FOUND; bad input names the field', async () => {
    const missing = await graph.gql('query($id: ID!) { company(id: $id) { name } }', { id: '01890000-0000-7000-8000-000000000000' }, { token: m.people.owner.token });
    expect(codes(missing)).toEqual(['NOT_FOUND']);
    const page = await graph.gql('query($m: ID!) { companies(marketplaceId: $m, first: 101) { totalCount } }', { m: m.marketplaceId }, { token: m.people.owner.token });
    expect(page.errors?.[0]).toMatchObject({ message: 'first must be between 0 and 100', extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });

  it('X3: in production no stack trace, SQL or internal message reaches the client', async () => {
    const prod = await startGraph({ gateway: { production: true } });
    try {
      const fixture = await marketplaceFixture(prod, 'p');
      // Break the database under the running service: the next query fails inside the subgraph.
      await prod.databases.identity.dataSource.query('RENAME TABLE audit_entry TO audit_entry_gone').catch(() =>
        prod.databases.identity.dataSource.query('ALTER TABLE audit_entry RENAME TO audit_entry_gone'),
      );
      const res = await prod.gql('query($c: ID!) { auditLog(companyId: $c) { totalCount } }', { c: fixture.companies.customer }, { token: fixture.people.customerAdmin.token });
      expect(codes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
      const text = JSON.stringify(res.errors);
      expect(text).not.toMatch(/audit_entry|SELECT|stack|at \w+ \(/i);
      expect(res.errors?.[0]?.message).toBe('Internal server error');

      const introspection = await prod.gql('{ __schema { types { name } } }');
      expect(codes(introspection)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      const typo = await prod.gql('{ viewr { kind } }');
      expect(typo.errors?.[0]?.message).not.toContain('Did you mean');
      const dev = await graph.gql('{ viewr { kind } }');
      expect(dev.errors?.[0]?.message).toContain('Did you mean');
    } finally {
      await prod.stop();
    }
  });
  it("X3: a subgraph's refusal with an HTTP error status reaches the client without the subgraph's address or answer", async () => {
    // A subgraph that refuses with 401 and a GraphQL body, as one does for an actor context it cannot verify.
    const refusing = http.createServer((req, res) => {
      req.resume();
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'A valid actor context from the gateway is required', extensions: { code: 'UNAUTHENTICATED' } }] }));
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    const port = (refusing.address() as AddressInfo).port;
    const gateway = await graph.startGateway({ subgraphs: { ...graph.subgraphUrls, catalog: `http://127.0.0.1:${port}/graphql` } });
    try {
      const res = await gateway.gql('query($p: ID!) { product(id: $p) { name } }', { p: '01890000-0000-7000-8000-000000000000' }, { token: m.people.owner.token });
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
      const text = JSON.stringify(res.errors);
      expect(text).not.toContain(String(port));
      expect(text).not.toContain('127.0.0.1');
      expect(res.errors?.[0]?.extensions).not.toHaveProperty('response');
    } finally {
      await gateway.close();
      await new Promise((resolve) => refusing.close(resolve));
    }
  });
});

describe('pagination', () => {
  it('X4: lists are cursor connections in a stable order, with totalCount, at most 100 a page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    const query = `query($m: ID!, $after: String) { companies(marketplaceId: $m, first: 2, after: $after) {
      totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
    for (;;) {
      const data: { companies: { totalCount: number; edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } = await ok(
        graph,
        query,
        { m: m.marketplaceId, after },
        m.people.owner.token,
      );
      expect(data.companies.totalCount).toBe(4);
      expect(data.companies.pageInfo.endCursor).toBe(data.companies.edges.at(-1)?.cursor ?? null);
      seen.push(...data.companies.edges.map((e) => e.node.id));
      if (!data.companies.pageInfo.hasNextPage) break;
      after = data.companies.pageInfo.endCursor;
    }
    expect(seen).toEqual([m.companies.owner, m.companies.developer, m.companies.customer, m.companies.reseller]);
    const bad = await graph.gql(query, { m: m.marketplaceId, after: 'garbage' }, { token: m.people.owner.token });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('audit', () => {
  it('X5: every mutation writes an audit record with actor, marketplace, company, action, target and the gateway\'s request ID, never one the client chose', async () => {
    const forged = `req-${Date.now()}`;
    const res = await graph.gql(
      'mutation($i: RenameCompanyInput!) { renameCompany(input: $i) { company { name } userErrors { code } } }',
      { i: { companyId: m.companies.customer, name: 'Customer Renamed' } },
      { token: m.people.customerAdmin.token, headers: { 'x-request-id': forged } },
    );
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    // The client's own ID is kept as its correlation ID and echoed, not taken as the request's.
    expect(res.headers.get('x-correlation-id')).toBe(forged);
    const audit = await ok<{ auditLog: { edges: { node: Record<string, unknown> }[] } }>(
      graph,
      'query($c: ID!) { auditLog(companyId: $c, first: 1) { edges { node { action actorKind actorId targetType targetId companyId marketplaceId requestId details } } } }',
      { c: m.companies.customer },
      m.people.customerAdmin.token,
    );
    expect(audit.auditLog.edges[0]?.node).toEqual({
      action: 'company.renamed',
      actorKind: 'user',
      actorId: m.people.customerAdmin.userId,
      targetType: 'Company',
      targetId: m.companies.customer,
      companyId: m.companies.customer,
      marketplaceId: m.marketplaceId,
      requestId,
      details: JSON.stringify({ from: 'm Customer', to: 'Customer Renamed' }),
    });
  });

  it('X5: a refused mutation leaves no audit record; admins read only what they administer', async () => {
    const count = async () => Number((await graph.databases.identity.dataSource.query('SELECT COUNT(*) AS n FROM audit_entry'))[0].n);
    const before = await count();
    const refused = await graph.gql(
      'mutation($i: RenameCompanyInput!) { renameCompany(input: $i) { userErrors { code } } }',
      { i: { companyId: m.companies.customer, name: 'm Devs' } },
      { token: m.people.customerAdmin.token },
    );
    expect((refused.data?.['renameCompany'] as { userErrors: { code: string }[] }).userErrors).toEqual([{ code: 'CONFLICT' }]);
    expect(await count()).toBe(before);
    const foreign = await graph.gql('query($c: ID!) { auditLog(companyId: $c) { totalCount } }', { c: m.companies.developer }, { token: m.people.customerAdmin.token });
    expect(codes(foreign)).toEqual(['NOT_FOUND']);
    const staff = await graph.gql<{ auditLog: { totalCount: number } }>('query($mk: ID!) { auditLog(marketplaceId: $mk) { totalCount } }', { mk: m.marketplaceId }, { token: m.people.owner.token });
    expect(staff.data?.auditLog.totalCount).toBeGreaterThan(5);
    const user = await graph.gql('query($c: ID!) { auditLog(companyId: $c) { totalCount } }', { c: m.companies.customer }, { token: m.people.customerUser.token });
    expect(codes(user)).toEqual(['FORBIDDEN']);
  });
});

describe('limits', () => {
  it('X6: depth, alias and cost limits, a body size limit, and a per-actor rate limit', async () => {
    const limited = await startGraph({ gateway: { limits: { maxDepth: 5, maxAliases: 3, ratePerMinute: 8, bodyLimitBytes: 5_000 } } });
    try {
      const deep = await limited.gql('{ viewer { memberships { company { marketplace { ownerCompany { marketplace { id } } } } } } }');
      expect(codes(deep)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(deep.errors?.[0]?.message).toMatch(/depth/i);
      const aliases = await limited.gql('{ a: viewer { kind } b: viewer { kind } c: viewer { kind } d: viewer { kind } }');
      expect(aliases.errors?.[0]?.message).toMatch(/aliases/i);
      const big = await limited.gql(`{ viewer { kind } } # ${'x'.repeat(6_000)}`);
      expect(big.status).toBe(413);
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) statuses.push((await limited.gql('{ __typename }')).status);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
      const limitedRes = await limited.gql('{ __typename }');
      expect(codes(limitedRes)).toEqual(['RATE_LIMITED']);
    } finally {
      await limited.stop();
    }
    const costly = await graph.gql(
      `query($m: ID!) { companies(marketplaceId: $m, first: 100) { edges { node { members(first: 100) { edges { node { user { memberships { company { name members { totalCount } } } } } } } } } } }`,
      { m: m.marketplaceId },
      { token: m.people.owner.token },
    );
    expect(costly.errors?.[0]?.message).toMatch(/cost/i);
  });
});

describe('batching', () => {
  it('X8: a page of members costs the same number of SQL statements for 3 or 15 members', async () => {
    const company = m.companies.customer;
    const query = 'query($id: ID!) { company(id: $id) { members(first: 50) { edges { node { roles permissions user { email name } company { name } } } } } }';
    const actor = (await graph.gql<{ viewer: { user: { id: string } } }>('{ viewer { user { id } } }', {}, { token: m.people.owner.token })).data;
    expect(actor).not.toBeNull();
    const owner: UserActor = { kind: 'user', userId: m.people.owner.userId, email: 'owner@m.test', platformOperator: true, grants: [] };
    const statements = async (): Promise<number> => {
      const res = await graph.subgraph('identity', query, { id: company }, owner);
      expect(res.errors).toBeUndefined();
      return Number(res.headers.get(SQL_COUNT_HEADER));
    };
    const few = await statements();
    for (let i = 0; i < 12; i++) await invite(graph, m.people.customerAdmin.token, company, `bulk${i}@m.test`, i % 2 ? ['BILLING_ADMIN'] : []);
    const many = await statements();
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });
});

describe('faults', () => {
  it('X9: a subgraph that is down yields partial data with errors for its fields, and the gateway keeps serving', async () => {
    const own = await startGraph();
    try {
      const f = await marketplaceFixture(own, 'f');
      await own.stopSubgraph('catalog');
      const res = await own.gql<{ viewer: { user: { email: string } }; product: unknown }>(
        'query($p: ID!) { viewer { user { email } } product(id: $p) { name } }',
        { p: '01890000-0000-7000-8000-000000000000' },
        { token: f.people.devAdmin.token },
      );
      expect(res.status).toBe(200);
      expect(res.data).toEqual({ viewer: { user: { email: 'devadmin@f.test' } }, product: null });
      // Unavailable, not broken: a client may retry it.
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
      // Fields another subgraph contributes to an entity are nullable: the rest of the object stays.
      const nested = await own.gql<{ viewer: { memberships: { company: { name: string; products: unknown; endCustomers: { totalCount: number } } }[] } }>(
        '{ viewer { memberships { company { name products { totalCount } endCustomers { totalCount } } } } }',
        {},
        { token: f.people.devAdmin.token },
      );
      expect(nested.data?.viewer.memberships).toEqual([{ company: { name: 'f Devs', products: null, endCustomers: { totalCount: 0 } } }]);
      expect(nested.errors?.length).toBeGreaterThan(0);
      const after = await own.gql('{ viewer { user { email } } }', {}, { token: f.people.devAdmin.token });
      expect(after.errors).toBeUndefined();
    } finally {
      await own.stop();
    }
  });

  it('X9: a database that drops every connection is survived without a restart', async () => {
    const identity = graph.databases.identity;
    const [{ db }] = (await identity.dataSource.query('SELECT DATABASE() AS db')) as { db: string }[];
    if (identity.isMysql) {
      const victims = (await identity.dataSource.query('SELECT id FROM information_schema.processlist WHERE db = ? AND id <> CONNECTION_ID()', [db])) as { id: number }[];
      for (const { id } of victims) await identity.dataSource.query(`KILL ${Number(id)}`).catch(() => undefined);
      await identity.dataSource.query('KILL CONNECTION_ID()').catch(() => undefined);
    }
    const res = await graph.gql<{ viewer: { user: { email: string } } }>('{ viewer { user { email } } }', {}, { token: m.people.owner.token });
    expect(res.data?.viewer.user.email).toBe('owner@m.test');
  });
});

describe('health', () => {
  it('X9 X14: every service reports its liveness and readiness, and the gateway whether its subgraphs are ready', async () => {
    for (const url of Object.values(graph.subgraphUrls)) {
      for (const probe of ['/health', '/ready']) {
        const res = await fetch(url.replace(/\/graphql$/, probe));
        expect([probe, res.status]).toEqual([probe, 200]);
        expect(await res.json()).toMatchObject({ status: 'ok' });
      }
    }
    expect((await fetch(graph.url.replace(/\/graphql$/, '/health'))).status).toBe(200);
    const ready = await fetch(graph.url.replace(/\/graphql$/, '/ready'));
    expect(await ready.json()).toEqual({ status: 'ok', subgraphs: { identity: 'ok', catalog: 'ok', tenancy: 'ok' } });
  });
});

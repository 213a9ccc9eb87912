import fs from 'node:fs';
import { buildSchema, execute, graphql, isNonNullType, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { anyOf, asObject, ofParent, open, type Actor, type Decision, type Policy, type PolicyTable } from '@marketgraph/authz';
import { baseContext, nonNullRefusableFields, refusableFieldsOf, secureSchema } from '@marketgraph/graphql';
import { invite, marketplaceFixture, ok, startGraph, type GqlResponse, type MarketplaceFixture, type Person, type TestGraph } from '@marketgraph/testing';
import { Product } from '../services/catalog/src/entities';
import { typeDefs as identityTypeDefs } from '../services/identity/src/server';
import { policies as identityPolicies } from '../services/identity/src/graphql/policies';
import { typeDefs as catalogTypeDefs } from '../services/catalog/src/server';
import { policies as catalogPolicies } from '../services/catalog/src/graphql/policies';
import { typeDefs as tenancyTypeDefs } from '../services/tenancy/src/server';
import { policies as tenancyPolicies } from '../services/tenancy/src/graphql/policies';

// The composition script is plain JavaScript, shared with `npm run compose`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SUPERGRAPH_PATH } = require('../scripts/compose.js') as { SUPERGRAPH_PATH: string };

const subgraphs = [
  { name: 'identity', typeDefs: identityTypeDefs, policies: identityPolicies as PolicyTable<never> },
  { name: 'catalog', typeDefs: catalogTypeDefs, policies: catalogPolicies as PolicyTable<never> },
  { name: 'tenancy', typeDefs: tenancyTypeDefs, policies: tenancyPolicies as PolicyTable<never> },
];

/** The checked-in supergraph, as the gateway serves it (its join directives are defined in it). */
function supergraph(): GraphQLSchema {
  return buildSchema(fs.readFileSync(SUPERGRAPH_PATH, 'utf8'), { assumeValidSDL: true });
}

function nonNullIn(schema: GraphQLSchema, key: string): boolean {
  const [typeName, name] = key.split('.') as [string, string];
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type of the supergraph`);
  const field = type.getFields()[name];
  if (!field) throw new Error(`${key} is not in the supergraph`);
  return isNonNullType(field.type);
}

/** Every kind of caller a policy may meet, for the policies that say they never refuse. */
const CALLERS: Actor[] = [
  { kind: 'anonymous', marketplaceId: null },
  { kind: 'anonymous', marketplaceId: 'm1' },
  { kind: 'endCustomer', endCustomerId: 'e1', partnerCompanyId: 'c1', marketplaceId: 'm1', permissions: ['READ', 'CONFIGURE'], tokenId: 't1' },
  {
    kind: 'apiKey',
    apiKeyId: 'k1',
    grants: [{ membershipId: 'ms2', companyId: 'c2', marketplaceId: 'm2', accessTypes: [], roles: ['USER'], managedCompanyIds: [] }],
  },
  { kind: 'user', userId: 'u1', email: 'u@x.test', platformOperator: false, grants: [] },
];

describe.each(subgraphs)('$name: fields that authorization may refuse', ({ typeDefs, policies }) => {
  it('X13: every field whose policy may refuse is nullable in the subgraph schema, lists included', () => {
    expect(refusableFieldsOf(typeDefs, policies).length).toBeGreaterThan(3);
    expect(nonNullRefusableFields(typeDefs, policies)).toEqual([]);
  });

  it('X13: and in the composed supergraph, so that one refusal never nulls the object it hangs on', () => {
    const schema = supergraph();
    expect(refusableFieldsOf(typeDefs, policies).filter((key) => nonNullIn(schema, key))).toEqual([]);
  });

  it('X13: a policy that says it never refuses allows every kind of caller, whatever the object', async () => {
    const never = Object.entries(policies).filter(([key, policy]) => !key.startsWith('Query.') && !key.startsWith('Mutation.') && !(policy as Policy<never>).mayRefuse);
    expect(never.length).toBeGreaterThan(3);
    const refused: string[] = [];
    for (const [key, policy] of never) {
      for (const actor of CALLERS) {
        const ctx = baseContext(actor, 'r') as never;
        if ((await (policy as Policy<never>).check(ctx, {}, {})) !== 'ALLOW') refused.push(`${key} as ${actor.kind}`);
      }
    }
    expect(refused).toEqual([]);
  });
});

describe('the refusal of a nested field', () => {
  const sdl = parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])
    type Query { thing: Thing }
    type Thing { id: ID!, people: [String!], secret: String }
  `);
  const thing = { id: 't1', people: ['ann'], secret: 's', companyId: 'c1', marketplaceId: 'm1' };
  const byParent = ofParent<never, typeof thing>('company', (_ctx, t) => ({ companyId: t.companyId, marketplaceId: t.marketplaceId }), { member: ['COMPANY_ADMIN'] });
  const policies = { 'Query.thing': open(), 'Thing.*': asObject(), 'Thing.people': byParent, 'Thing.secret': byParent } as PolicyTable<never>;
  const grant = (companyId: string, roles: ['USER'] | ['COMPANY_ADMIN']) => ({ membershipId: 'ms', companyId, marketplaceId: 'm1', accessTypes: [], roles, managedCompanyIds: [] });
  const as = (companyId: string, roles: ['USER'] | ['COMPANY_ADMIN']) =>
    baseContext({ kind: 'user', userId: 'u', email: 'u@x.test', platformOperator: false, grants: [grant(companyId, roles)] }, 'r');

  it('X13: a subgraph whose schema makes a refusable field non-null does not start', () => {
    const strict = parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])
      type Query { thing: Thing }
      type Thing { id: ID!, people: [String!]!, secret: String }
    `);
    expect(() => secureSchema(strict, {}, policies)).toThrow('Fields that a policy may refuse must be nullable: Thing.people');
  });

  it('X3, X13: is null with one error at its path: FORBIDDEN to a member, NOT_FOUND to another tenant, never an empty list', async () => {
    const schema = secureSchema(sdl, { Query: { thing: () => thing } }, policies);
    const member = await graphql({ schema, source: '{ thing { id people secret } }', contextValue: as('c1', ['USER']) });
    expect(JSON.parse(JSON.stringify(member))).toEqual({
      data: { thing: { id: 't1', people: null, secret: null } },
      errors: [
        { message: 'Not allowed to read Thing.people', locations: [{ line: 1, column: 14 }], path: ['thing', 'people'], extensions: { code: 'FORBIDDEN' } },
        { message: 'Not allowed to read Thing.secret', locations: [{ line: 1, column: 21 }], path: ['thing', 'secret'], extensions: { code: 'FORBIDDEN' } },
      ],
    });
    const stranger = await graphql({ schema, source: '{ thing { id people } }', contextValue: as('c2', ['COMPANY_ADMIN']) });
    expect(JSON.parse(JSON.stringify(stranger))).toEqual({
      data: { thing: { id: 't1', people: null } },
      errors: [{ message: 'The requested resource was not found', locations: [{ line: 1, column: 14 }], path: ['thing', 'people'], extensions: { code: 'NOT_FOUND' } }],
    });
  });

  it('X1, X3: a reference refused at once errs at its own place in _entities; the others of the batch resolve', async () => {
    const entities = parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])
      type Query { thing: Thing }
      type Thing @key(fields: "id") { id: ID!, name: String }
    `);
    const onlyT1: Policy<never> = { describe: 't1 only', mayRefuse: true, check: (_ctx, args) => (args['id'] === 't1' ? 'ALLOW' : 'NOT_FOUND') };
    const schema = secureSchema(
      entities,
      { Thing: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, name: `name of ${ref.id}` }) } } as never,
      { 'Query.thing': open(), 'Entity.Thing': onlyT1, 'Thing.*': asObject() } as PolicyTable<never>,
    );
    const res = await graphql({
      schema,
      source: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Thing { id name } } }',
      variableValues: { r: [{ __typename: 'Thing', id: 't1' }, { __typename: 'Thing', id: 't2' }, { __typename: 'Thing', id: 't1' }] },
      contextValue: as('c1', ['USER']),
    });
    expect(res.data).toEqual({ _entities: [{ id: 't1', name: 'name of t1' }, null, { id: 't1', name: 'name of t1' }] });
    expect(res.errors?.map((e) => [e.path, e.extensions['code']])).toEqual([[['_entities', 1], 'NOT_FOUND']]);
  });

  it('X1, X13: a policy that decides from the caller and the object keeps the field synchronous; one that looks up decides the same, later', async () => {
    const source = parse('{ thing { id people secret } }');
    const sync = secureSchema(sdl, { Query: { thing: () => thing } }, policies);
    // No promise anywhere: graphql-js answers at once, allowed or refused.
    for (const contextValue of [as('c1', ['COMPANY_ADMIN']), as('c1', ['USER']), as('c2', ['COMPANY_ADMIN'])]) {
      expect(execute({ schema: sync, document: source, contextValue })).not.toBeInstanceOf(Promise);
    }
    expect(execute({ schema: sync, document: source, contextValue: as('c1', ['COMPANY_ADMIN']) })).toEqual({ data: { thing: { id: 't1', people: ['ann'], secret: 's' } } });
    // The same owner found through a lookup, and either branch of anyOf first: the same answers.
    const lookedUp = ofParent<never, typeof thing>('company', async (_ctx, t) => ({ companyId: t.companyId, marketplaceId: t.marketplaceId }), { member: ['COMPANY_ADMIN'] });
    const never: Policy<never> = { describe: 'nobody', mayRefuse: true, check: () => 'NOT_FOUND' };
    for (const policy of [lookedUp, anyOf(never, lookedUp), anyOf(lookedUp, never), anyOf(never, byParent)]) {
      const schema = secureSchema(sdl, { Query: { thing: () => thing } }, { ...policies, 'Thing.people': policy, 'Thing.secret': policy } as PolicyTable<never>);
      const answers = [];
      for (const contextValue of [as('c1', ['COMPANY_ADMIN']), as('c1', ['USER']), as('c2', ['COMPANY_ADMIN'])]) {
        answers.push(JSON.parse(JSON.stringify(await execute({ schema, document: source, contextValue }))) as unknown);
      }
      const expected = [];
      for (const contextValue of [as('c1', ['COMPANY_ADMIN']), as('c1', ['USER']), as('c2', ['COMPANY_ADMIN'])]) {
        expected.push(JSON.parse(JSON.stringify(execute({ schema: sync, document: source, contextValue }))) as unknown);
      }
      expect(answers).toEqual(expected);
    }
    // anyOf ranks refusals alike whichever branch had to look something up.
    const decide = (decision: Decision, later: boolean): Policy<never> => ({ describe: decision, mayRefuse: true, check: () => (later ? Promise.resolve(decision) : decision) });
    const ctx = as('c1', ['USER']) as never;
    for (const later of [[false, true], [true, false], [true, true]]) {
      expect(await anyOf(decide('FORBIDDEN', later[0] ?? false), decide('NOT_FOUND', later[1] ?? false)).check(ctx, {})).toBe('FORBIDDEN');
      expect(await anyOf(decide('NOT_FOUND', later[0] ?? false), decide('FORBIDDEN', later[1] ?? false)).check(ctx, {})).toBe('FORBIDDEN');
      expect(await anyOf(decide('NOT_FOUND', later[0] ?? false), decide('ALLOW', later[1] ?? false)).check(ctx, {})).toBe('ALLOW');
      expect(await anyOf(decide('UNAUTHENTICATED', later[0] ?? false), decide('UNAUTHENTICATED', later[1] ?? false)).check(ctx, {})).toBe('UNAUTHENTICATED');
    }
    expect(anyOf(decide('NOT_FOUND', false), decide('ALLOW', false)).check(ctx, {})).toBe('ALLOW');
  });
});

describe('through the gateway', () => {
  let graph: TestGraph;
  let m: MarketplaceFixture;
  let seller: Person;
  let rival: Person;
  let productId: string;

  beforeAll(async () => {
    graph = await startGraph();
    m = await marketplaceFixture(graph, 'rf');
    seller = await invite(graph, m.people.resellerAdmin.token, m.companies.reseller, 'seller@rf.test', ['RESELLER']);
    rival = await invite(graph, m.people.owner.token, m.companies.owner, 'plain@rf.test', []);
    const created = await ok<{ createProduct: { product: { id: string } } }>(
      graph,
      'mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { message } } }',
      { input: { vendorCompanyId: m.companies.developer, name: 'Refusal Probe' } },
      m.people.developer.token,
    );
    productId = created.createProduct.product.id;
    await graph.databases.catalog.manager.update(Product, { id: productId }, { state: 'PUBLISHED', publishedAt: new Date() });
    await ok(
      graph,
      'mutation($input: CreateAppInput!) { createApp(input: $input) { app { id } userErrors { message } } }',
      { input: { partnerCompanyId: m.companies.developer, name: 'Probe Connector', productId } },
      m.people.developer.token,
    );
  });
  afterAll(() => graph?.stop());

  const CREATE = `mutation($input: CreateCompanyInput!) {
    createCompany(input: $input) { company { id name resellers { name } } token userErrors { field code message rule } }
  }`;

  it('X13: a reseller creating a company gets the company back, with only the field it may not read null and one error there', async () => {
    const input = { marketplaceId: m.marketplaceId, name: 'rf Resold', accessTypes: [], firstAdmin: { email: 'first@resold.test' }, resellerCompanyId: m.companies.reseller };
    const res = await graph.gql<{ createCompany: { company: { id: string; name: string; resellers: unknown } | null; token: string | null; userErrors: unknown[] } }>(
      CREATE,
      { input },
      { token: seller.token },
    );
    const created = res.data?.createCompany;
    expect(created).toEqual({ company: { id: expect.any(String), name: 'rf Resold', resellers: null }, token: expect.stringMatching(/^inv_/), userErrors: [] });
    // The reseller's authority is what it held when the request began: it did not yet manage the company.
    expect(res.errors).toEqual([
      { message: 'The requested resource was not found', path: ['createCompany', 'company', 'resellers'], extensions: { code: 'NOT_FOUND', serviceName: 'identity' } },
    ]);
    const companyId = created?.company?.id as string;
    // The company exists, managed by the reseller: nothing is to be retried.
    const managed = await ok<{ company: { name: string; resellers: { id: string }[] } }>(graph, 'query($id: ID!) { company(id: $id) { name resellers { id } } }', { id: companyId }, seller.token);
    expect(managed.company).toEqual({ name: 'rf Resold', resellers: [{ id: m.companies.reseller }] });
    const retry = await graph.gql<{ createCompany: { userErrors: { code: string }[] } }>(CREATE, { input }, { token: seller.token });
    expect(retry.data?.createCompany.userErrors.map((e) => e.code)).toEqual(['CONFLICT']);
  });

  /** One refused field of a company from each subgraph: its people, its subscriptions, its end customers. */
  const FIELDS = [
    ['identity', 'invitations'],
    ['catalog', 'subscriptions'],
    ['tenancy', 'endCustomers'],
  ] as const;
  const selection = FIELDS.map(([, field]) => `${field} { totalCount }`).join(' ');

  /** Each refusal with its subgraph and field taken out: what is left must be the same bytes. */
  function refusals(res: GqlResponse<unknown>, at: string[]): Record<string, string> {
    const data = JSON.stringify(res.data);
    return Object.fromEntries(
      FIELDS.map(([service, field]) => {
        const errors = (res.errors ?? []).filter((e) => JSON.stringify(e.path) === JSON.stringify([...at, field]));
        const shape = JSON.stringify(errors)
          .replaceAll(JSON.stringify(field), '"<field>"')
          .replaceAll(`Company.${field}`, 'Company.<field>')
          .replaceAll(`"serviceName":"${service}"`, '"serviceName":"<subgraph>"');
        return [service, `${data.includes(`"${field}":null`) ? 'null' : 'NOT NULL'} ${shape}`];
      }),
    );
  }

  function same(outcome: Record<string, string>, expected: string): void {
    expect(outcome).toEqual({ identity: expected, catalog: expected, tenancy: expected });
  }

  it('X3, X13: a member without the role reads each subgraph\'s refused field as null with the same FORBIDDEN error, byte for byte', async () => {
    const res = await graph.gql(`query($id: ID!) { company(id: $id) { name ${selection} } }`, { id: m.companies.customer }, { token: m.people.customerUser.token });
    expect((res.data as { company: { name: string } }).company.name).toBe('rf Customer');
    expect(res.errors).toHaveLength(3);
    same(
      refusals(res, ['company']),
      'null [{"message":"Not allowed to read Company.<field>","path":["company","<field>"],"extensions":{"code":"FORBIDDEN","serviceName":"<subgraph>"}}]',
    );
  });

  it('X3, X13: another tenant reaching a company through a published product reads NOT_FOUND from each subgraph, byte for byte', async () => {
    const query = `query($id: ID!) { product(id: $id) { name vendor { name ${selection} } } }`;
    const res = await graph.gql(query, { id: productId }, { token: rival.token });
    expect((res.data as { product: { vendor: { name: string } } }).product.vendor.name).toBe('rf Devs');
    expect(res.errors).toHaveLength(3);
    same(
      refusals(res, ['product', 'vendor']),
      'null [{"message":"The requested resource was not found","path":["product","vendor","<field>"],"extensions":{"code":"NOT_FOUND","serviceName":"<subgraph>"}}]',
    );
    const anonymous = await graph.gql(query, { id: productId }, { headers: { 'x-marketplace': m.slug } });
    same(
      refusals(anonymous, ['product', 'vendor']),
      'null [{"message":"Authentication required","path":["product","vendor","<field>"],"extensions":{"code":"UNAUTHENTICATED","serviceName":"<subgraph>"}}]',
    );
  });

  it("X3, X13: a product's apps are its vendor's: refused with an error to anyone else, never an empty list", async () => {
    const query = 'query($id: ID!) { product(id: $id) { name apps { totalCount edges { node { name } } } } }';
    const vendor = await graph.gql(query, { id: productId }, { token: m.people.developer.token });
    expect(vendor.errors).toBeUndefined();
    expect(vendor.data).toEqual({ product: { name: 'Refusal Probe', apps: { totalCount: 1, edges: [{ node: { name: 'Probe Connector' } }] } } });
    for (const [who, token, code] of [
      ['a buyer', m.people.customerAdmin.token, 'NOT_FOUND'],
      ['a plain member of the owner company', rival.token, 'NOT_FOUND'],
    ] as const) {
      const res = await graph.gql(query, { id: productId }, { token });
      expect([who, res.data]).toEqual([who, { product: { name: 'Refusal Probe', apps: null } }]);
      expect([who, res.errors?.map((e) => [e.path, e.extensions?.code])]).toEqual([who, [[['product', 'apps'], code]]]);
    }
  });
});

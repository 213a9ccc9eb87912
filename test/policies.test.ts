import { graphql, parse } from 'graphql';
import { asObject, describePolicies, ofParent, open, type PolicyTable } from '@marketgraph/authz';
import { baseContext, fieldsWithoutPolicy, nestedFieldsOf, operationsOf, secureSchema } from '@marketgraph/graphql';
import { typeDefs as identityTypeDefs } from '../services/identity/src/server';
import { policies as identityPolicies } from '../services/identity/src/graphql/policies';
import { typeDefs as catalogTypeDefs } from '../services/catalog/src/server';
import { policies as catalogPolicies } from '../services/catalog/src/graphql/policies';
import { typeDefs as tenancyTypeDefs } from '../services/tenancy/src/server';
import { policies as tenancyPolicies } from '../services/tenancy/src/graphql/policies';

const subgraphs = [
  { name: 'identity', typeDefs: identityTypeDefs, policies: identityPolicies as PolicyTable<never> },
  { name: 'catalog', typeDefs: catalogTypeDefs, policies: catalogPolicies as PolicyTable<never> },
  { name: 'tenancy', typeDefs: tenancyTypeDefs, policies: tenancyPolicies as PolicyTable<never> },
];

describe.each(subgraphs)('$name policies', ({ typeDefs, policies }) => {
  it('X1: every root field, mutation and entity reference has exactly one policy', () => {
    const operations = operationsOf(typeDefs);
    expect(operations.length).toBeGreaterThan(2);
    expect(operations.filter((op) => !(op in policies))).toEqual([]);
  });

  it('X1: every object field reachable from a root field, a mutation payload or an entity has a policy', () => {
    const nested = nestedFieldsOf(typeDefs);
    expect(nested.length).toBeGreaterThan(10);
    expect(fieldsWithoutPolicy(typeDefs, policies)).toEqual([]);
    // Fields that return objects or lists never fall back to a type's default for plain values.
    expect(nested.filter((f) => !f.leaf && !(f.key in policies)).map((f) => f.key)).toEqual([]);
  });

  it('X1: every entry names something in the schema', () => {
    const nested = nestedFieldsOf(typeDefs);
    const known = new Set([...operationsOf(typeDefs), ...nested.map((f) => f.key), ...nested.map((f) => `${f.key.split('.')[0]}.*`)]);
    expect(Object.keys(policies).filter((key) => !known.has(key))).toEqual([]);
  });

  it('X1: the policy table is reviewed as a permission change when it changes', () => {
    // A diff in this snapshot changes who can reach an operation: review it as such.
    expect(describePolicies(policies)).toMatchSnapshot();
  });
});

describe('default deny', () => {
  const sdl = parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])
    type Query { allowed: String, forgotten: String }
    type Thing @key(fields: "id") { id: ID! }
  `);
  const schema = secureSchema(sdl, { Query: { allowed: () => 'yes', forgotten: () => 'leaked' } }, { 'Query.allowed': open() });
  const contextValue = baseContext({ kind: 'user', userId: 'u', email: 'u@x.test', platformOperator: true, grants: [] }, 'r');

  it('X1: an operation without a policy is refused, even for the platform operator', async () => {
    const result = await graphql({ schema, source: '{ allowed forgotten }', contextValue });
    expect(result.data).toEqual({ allowed: 'yes', forgotten: null });
    expect(result.errors?.map((e) => [e.message, e.extensions['code']])).toEqual([['No policy allows Query.forgotten', 'FORBIDDEN']]);
  });

  it('X1: an entity reference without a policy is refused', async () => {
    const result = await graphql({
      schema,
      source: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Thing { id } } }',
      variableValues: { r: [{ __typename: 'Thing', id: '1' }] },
      contextValue,
    });
    expect(result.errors?.map((e) => e.extensions['code'])).toEqual(['FORBIDDEN']);
  });

  it('X1: a policy naming no operation stops the subgraph from starting', () => {
    expect(() => secureSchema(sdl, {}, { 'Query.allowed': open(), 'Query.gone': open() })).toThrow('Policies name no operation of the schema: Query.gone');
  });
});

describe('nested fields', () => {
  const sdl = parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])
    type Query { thing: Thing }
    type Thing { id: ID!, name: String, secret: String, owner: Owner, forgotten: Owner }
    type Owner { label: String }
  `);
  const thing = { id: 't1', name: 'Thing', secret: 's3cret', companyId: 'c1', marketplaceId: 'm1', owner: { label: 'o' }, forgotten: { label: 'f' } };
  const byParent = ofParent<never, typeof thing>('company', (_ctx, t) => ({ companyId: t.companyId, marketplaceId: t.marketplaceId }), { member: ['COMPANY_ADMIN'] });
  const policies = {
    'Query.thing': open(),
    'Thing.*': asObject(),
    'Thing.secret': byParent,
    'Thing.owner': byParent,
    'Owner.*': asObject(),
  } as PolicyTable<never>;
  const schema = secureSchema(sdl, { Query: { thing: () => thing } }, policies);
  const grant = (companyId: string) => ({ membershipId: 'ms', companyId, marketplaceId: 'm1', accessTypes: [], roles: ['COMPANY_ADMIN' as const], managedCompanyIds: [] });
  const as = (companyId: string) => baseContext({ kind: 'user', userId: 'u', email: 'u@x.test', platformOperator: false, grants: [grant(companyId)] }, 'r');

  it('X1: a field returning an object without its own entry is refused, whatever its type allows for plain values', async () => {
    expect(fieldsWithoutPolicy(sdl, policies)).toEqual(['Thing.forgotten']);
    const result = await graphql({ schema, source: '{ thing { id name forgotten { label } } }', contextValue: as('c1') });
    expect(result.data).toEqual({ thing: { id: 't1', name: 'Thing', forgotten: null } });
    expect(result.errors?.map((e) => [e.message, e.extensions['code']])).toEqual([['No policy allows Thing.forgotten', 'FORBIDDEN']]);
  });

  it('X1: a nested policy decides from the caller and the parent object, not from how the parent was reached', async () => {
    const own = await graphql({ schema, source: '{ thing { secret owner { label } } }', contextValue: as('c1') });
    expect(own).toEqual({ data: { thing: { secret: 's3cret', owner: { label: 'o' } } } });
    const stranger = await graphql({ schema, source: '{ thing { id secret owner { label } } }', contextValue: as('c2') });
    expect(stranger.data).toEqual({ thing: { id: 't1', secret: null, owner: null } });
    expect(stranger.errors?.map((e) => e.extensions['code'])).toEqual(['NOT_FOUND', 'NOT_FOUND']);
  });

  it('X1: an entry naming no field of the schema stops the subgraph from starting', () => {
    expect(() => secureSchema(sdl, {}, { ...policies, 'Thing.gone': open() })).toThrow('Policies name no operation of the schema: Thing.gone');
  });
});

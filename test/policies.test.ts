import { graphql, parse } from 'graphql';
import { describePolicies, open, type PolicyTable } from '@marketgraph/authz';
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

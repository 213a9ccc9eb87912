import fs from 'node:fs';
import path from 'node:path';
import {
  buildASTSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  parse,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { marketplaceFixture, ok, startGraph, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { activeCustomer, codes, createProduct, mint, type PartnerSetup } from './helpers';

// T6: the bearer of an embed token sees only its own customer's apps, enabled keysets,
// installations, configuration and activity, plus its partner's theme. Every other field of the
// whole graph answers FORBIDDEN: walked here from the composed supergraph, so that a field added
// later is attacked too.
let graph: TestGraph;
let m: MarketplaceFixture;
let setup: PartnerSetup;
let embed: string;
beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'reach');
  const productId = await createProduct(graph, m, 'Reach Sync');
  setup = await activeCustomer(graph, m, 'reach', productId);
  embed = await mint(graph, m.people.developer.token, setup.customerId, ['READ', 'CONFIGURE']);
});
afterAll(() => graph?.stop());

const schema = buildASTSchema(parse(fs.readFileSync(path.resolve(__dirname, '../../../schema/supergraph.graphql'), 'utf8')), { assumeValidSDL: true });

/** What an embed token may call: its own customer's view and installations (T6, T8, T9). */
// node(id:) and nodes(ids:) refetch the view's own objects (installations, activity) by ID and
// answer NOT_FOUND for every other ID, as each type's own read does (X13).
const EMBED_FIELDS = new Set([
  'Query.embedSession',
  'Query.activity',
  'Query.node',
  'Query.nodes',
  'Mutation.installApp',
  'Mutation.configureInstallation',
  'Mutation.changeInstallationVersion',
  'Mutation.uninstallApp',
]);

const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';

/** A well-formed value of an input type: required fields only, so that the policy is what answers. */
function sample(type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [sample(inner.ofType)];
  if (isEnumType(inner)) return inner.getValues()[0]?.value;
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) if (isNonNullType(field.type)) value[field.name] = sample(field.type);
    return value;
  }
  switch (inner.name) {
    case 'ID':
      return SAMPLE_ID;
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return false;
    case 'DateTime':
      return '2026-01-01T00:00:00.000Z';
    case 'JSON':
      return {};
    default:
      return 'sample';
  }
}

/** One request calling `field` with sample values for its required arguments. */
function requestFor(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type));
  const declared = required.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    query: `${operation}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
    variables: Object.fromEntries(required.map((arg) => [arg.name, sample(arg.type)])),
  };
}

const everyField = (['query', 'mutation'] as const).flatMap((operation) => {
  const root = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(root?.getFields() ?? {}).map((field) => ({ name: `${root?.name}.${field.name}`, ...requestFor(operation, field) }));
});

it('T6: every root field and mutation of the graph but the embed view answers an embed token FORBIDDEN', async () => {
  const refused = everyField.filter((f) => !EMBED_FIELDS.has(f.name));
  expect(refused.length).toBeGreaterThan(60);
  const answers: [string, (string | undefined)[], unknown][] = [];
  for (const field of refused) {
    const res = await graph.gql(field.query, field.variables, { token: embed });
    answers.push([field.name, codes(res), res.data === null ? null : Object.values(res.data ?? {})[0] ?? null]);
  }
  expect(answers).toEqual(refused.map((f) => [f.name, ['FORBIDDEN'], null]));
});

it('T6: the same token reads its own view, and through it only what belongs to its customer', async () => {
  const own = await ok<{ embedSession: { endCustomer: { id: string; apps: { edges: { node: { id: string; product: { name: string } } }[] } } } }>(
    graph,
    '{ embedSession { endCustomer { id apps { edges { node { id product { name } } } } keysets { totalCount } installations { totalCount } } } activity { totalCount } }',
    {},
    embed,
  );
  expect(own.embedSession.endCustomer).toMatchObject({ id: setup.customerId, apps: { edges: [{ node: { id: setup.appId, product: { name: 'Reach Sync' } } }] } });
  // References that lead out of its own data: the partner company, its members and products.
  for (const query of [
    '{ embedSession { endCustomer { partner { name } } } }',
    '{ embedSession { endCustomer { apps { edges { node { partner { name } } } } } } }',
    '{ embedSession { endCustomer { partner { products { totalCount } } } } }',
  ]) {
    const res = await graph.gql(query, {}, { token: embed });
    expect([query, codes(res)]).toEqual([query, ['FORBIDDEN']]);
  }
});

it('T6: an anonymous storefront caller and a signed-in user still reach what the embed token may not', async () => {
  const storefront = await graph.gql('{ storefront { totalCount } }', {}, { headers: { 'x-marketplace': m.slug } });
  expect(storefront.errors).toBeUndefined();
  const viewer = await ok<{ viewer: { user: { email: string } } }>(graph, '{ viewer { user { email } } }', {}, m.people.developer.token);
  expect(viewer.viewer.user.email).toBe(m.people.developer.email);
});

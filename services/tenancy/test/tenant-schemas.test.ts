import { JSON_SCHEMA_LIMITS, compiledJsonSchema, jsonSchemaProblems, jsonValueErrors, jsonValueLimit } from '@marketgraph/graphql';
import { marketplaceFixture, ok, startGraph, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { INSTALL, activeCustomer, createProduct, payloadOf, type UserErrorShape } from './helpers';

let graph: TestGraph;
let m: MarketplaceFixture;
let other: MarketplaceFixture;
beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'redos');
  other = await marketplaceFixture(graph, 'bystander');
});
afterAll(() => graph?.stop());

const ERRORS = 'userErrors { field code message rule }';
const CREATE_VERSION = `mutation($input: CreateVersionInput!) { createVersion(input: $input) { version { id } ${ERRORS} } }`;
const RELEASE = `mutation($id: ID!) { releaseVersion(versionId: $id) { version { state } ${ERRORS} } }`;

/** Catastrophic backtracking on a backtracking engine: 2^n steps for n letters and a mismatch at the end. */
const HOSTILE = { type: 'object', properties: { name: { type: 'string', pattern: '^(a+)+$' } } };

async function createVersion(productId: string, version: string, configSchema: unknown): Promise<{ id: string | null; userErrors: UserErrorShape[] }> {
  const res = await graph.gql(CREATE_VERSION, { input: { productId, version, changelog: '', configSchema } }, { token: m.people.developer.token });
  const payload = payloadOf<{ version: { id: string } | null }>(res.data);
  return { id: payload.version?.id ?? null, userErrors: payload.userErrors };
}

describe('tenant-written JSON Schemas', () => {
  it('X11: a backtracking pattern is released, and a hostile configuration answers a field error while another tenant reads', async () => {
    const productId = await createProduct(graph, m, 'Hostile Schema');
    const created = await createVersion(productId, '1.0.0', HOSTILE);
    expect(created.userErrors).toEqual([]);
    await ok(graph, RELEASE, { id: created.id }, m.people.developer.token);
    const setup = await activeCustomer(graph, m, 'hostile', productId);
    const bystander = await activeCustomer(graph, other, 'bystander');

    // 10,000 letters and a mismatch: a backtracking engine would need 2^10000 steps for each call.
    const hostile = { input: { endCustomerId: setup.customerId, appId: setup.appId, versionId: created.id, configuration: { name: `${'a'.repeat(10_000)}!` } } };
    const read = 'query($id: ID!) { endCustomer(id: $id) { id name } }';
    const [installs, reads] = await Promise.all([
      Promise.all(Array.from({ length: 4 }, () => graph.gql(INSTALL, hostile, { token: m.people.developer.token }))),
      Promise.all(Array.from({ length: 4 }, () => graph.gql(read, { id: bystander.customerId }, { token: other.people.developer.token }))),
    ]);
    for (const res of installs) {
      expect(res.errors).toBeUndefined();
      expect(payloadOf(res.data).userErrors).toEqual([expect.objectContaining({ field: 'configuration.name', code: 'INVALID', rule: 'T8' })]);
    }
    for (const res of reads) {
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ endCustomer: { id: bystander.customerId, name: 'Customer bystander' } });
    }

    // The same pattern still accepts what it describes.
    const fine = await graph.gql(INSTALL, { input: { ...hostile.input, configuration: { name: 'a'.repeat(10_000) } } }, { token: m.people.developer.token });
    expect(payloadOf(fine.data).userErrors).toEqual([]);
  });

  it('X11: the engine behind every tenant pattern is RE2: 100,000 letters and a mismatch finish, in pattern and patternProperties', () => {
    const compiled = compiledJsonSchema({ ...HOSTILE, patternProperties: { '^(b+)+$': { type: 'number' } } });
    if (!compiled) throw new Error('schema refused');
    const errors = jsonValueErrors(compiled, { name: `${'a'.repeat(100_000)}!`, [`${'b'.repeat(100_000)}!`]: 'x', bbb: 'not a number' });
    expect(errors.map((e) => `${e.instancePath} ${e.keyword}`)).toEqual(['/name pattern', '/bbb type']);
  });

  it('X11: a pattern RE2 cannot run (lookaround, backreference) is refused at release, naming its JSON pointer', async () => {
    const productId = await createProduct(graph, m, 'Lookaround Schema');
    const schema = {
      type: 'object',
      properties: { token: { type: 'string', pattern: '^(?=.*\\d)\\w+$' } },
      patternProperties: { '^(x)\\1$': { type: 'string' } },
      additionalProperties: { type: 'object', properties: { 'a/b': { type: 'string', pattern: '(?<!a)b' } } },
    };
    const refused = await createVersion(productId, '1.0.0', schema);
    expect(refused.id).toBeNull();
    expect(refused.userErrors.map((e) => [e.field, e.code, e.rule])).toEqual([
      ['configSchema.properties.token.pattern', 'INVALID', 'X11'],
      ['configSchema.patternProperties.^(x)\\1$', 'INVALID', 'X11'],
      ['configSchema.additionalProperties.properties.a/b.pattern', 'INVALID', 'X11'],
    ]);
    expect(refused.userErrors[0]?.message).toContain('/properties/token/pattern');
    expect(refused.userErrors[2]?.message).toContain('/additionalProperties/properties/a~1b/pattern');
  });

  it('X11: schemas past the size, depth or breadth limits, and unknown formats, are refused with the rule', async () => {
    const productId = await createProduct(graph, m, 'Large Schemas');
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < JSON_SCHEMA_LIMITS.schemaDepth; i += 1) deep = { type: 'object', properties: { a: deep } };
    const wide = { type: 'object', properties: Object.fromEntries(Array.from({ length: JSON_SCHEMA_LIMITS.schemaObjects }, (_, i) => [`p${i}`, { type: 'string' }])) };
    const long = { type: 'object', properties: { a: { type: 'string', enum: Array.from({ length: 200 }, (_, i) => `${i}`.padEnd(200, 'x')) } } };
    const branches = { type: 'object', properties: { a: { anyOf: Array.from({ length: JSON_SCHEMA_LIMITS.schemaArrayItems + 1 }, () => ({ type: 'string' })) } } };
    for (const [i, schema] of [deep, wide, long, branches].entries()) {
      const refused = await createVersion(productId, `1.0.${i}`, schema);
      expect(refused.userErrors).toEqual([expect.objectContaining({ field: 'configSchema', code: 'INVALID', rule: 'X11' })]);
    }
    const url = await createVersion(productId, '2.0.0', { type: 'object', properties: { a: { type: 'string', format: 'url' } } });
    expect(url.userErrors).toEqual([expect.objectContaining({ field: 'configSchema', code: 'INVALID', rule: 'C5' })]);
  });

  it('X11: configurations past the size or depth limits answer a field error before any schema runs', async () => {
    const productId = await createProduct(graph, m, 'Open Schema');
    const created = await createVersion(productId, '1.0.0', { type: 'object' });
    await ok(graph, RELEASE, { id: created.id }, m.people.developer.token);
    const setup = await activeCustomer(graph, m, 'limits', productId);
    let deep: unknown = 'x';
    for (let i = 0; i < JSON_SCHEMA_LIMITS.valueDepth + 4; i += 1) deep = { a: deep };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ configuration: { nested: deep } }, 'configuration'],
      [{ configuration: { long: 'x'.repeat(JSON_SCHEMA_LIMITS.valueChars) } }, 'configuration'],
      [{ configuration: {}, credentials: { nested: deep } }, 'credentials'],
      [{ configuration: { half: 'x'.repeat(JSON_SCHEMA_LIMITS.valueChars / 2) }, credentials: { other: 'x'.repeat(JSON_SCHEMA_LIMITS.valueChars / 2) } }, 'configuration'],
    ];
    for (const [input, field] of cases) {
      const res = await graph.gql(INSTALL, { input: { endCustomerId: setup.customerId, appId: setup.appId, versionId: created.id, ...input } }, { token: m.people.developer.token });
      expect(res.errors).toBeUndefined();
      expect(payloadOf(res.data).userErrors).toEqual([expect.objectContaining({ field, code: 'INVALID', rule: 'X11' })]);
    }
  });

  it('X11: a value checked against a broad schema is bounded by the work of both together', () => {
    const schema = { type: 'object', properties: { list: { type: 'array', items: { anyOf: Array.from({ length: 200 }, (_, i) => ({ type: 'string', const: `v${i}` })) } } } };
    expect(jsonSchemaProblems(schema, 'configSchema')).toEqual([]);
    const compiled = compiledJsonSchema(schema);
    if (!compiled) throw new Error('schema refused');
    expect(jsonValueLimit(compiled, { list: ['v1', 'v199'] })).toBeNull();
    expect(jsonValueErrors(compiled, { list: ['v1', 'v200'] }).map((e) => e.instancePath)).toContain('/list/1');
    expect(jsonValueLimit(compiled, { list: Array.from({ length: 1000 }, () => 'v199') })).toMatch(/too many for a schema of \d+ objects/);
  });
});

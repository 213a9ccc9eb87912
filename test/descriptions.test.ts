import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { Supergraph } from '@apollo/federation-internals';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
  Kind,
  parse,
  type ASTNode,
  type GraphQLSchema,
  type StringValueNode,
} from 'graphql';

// The composition script is plain JavaScript, shared with `npm run compose`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compose, SUBGRAPHS, SUPERGRAPH_PATH } = require('../scripts/compose.js') as {
  compose(schemaDir?: string): { errors: string[]; hints: string[]; supergraphSdl: string | null };
  SUBGRAPHS: { name: string; path: string }[];
  SUPERGRAPH_PATH: string;
};

const root = path.resolve(__dirname, '..');
const described = (description: string | null | undefined): boolean => (description ?? '').trim().length > 0;

/** Every type, field, argument, enum value and input field of a client's schema that has no description. */
function undescribedInSchema(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    if (!described(type.description)) missing.push(`type ${type.name}`);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field.description)) missing.push(`field ${type.name}.${field.name}`);
        for (const arg of field.args) if (!described(arg.description)) missing.push(`argument ${type.name}.${field.name}(${arg.name})`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field.description)) missing.push(`input field ${type.name}.${field.name}`);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) if (!described(value.description)) missing.push(`enum value ${type.name}.${value.name}`);
    }
  }
  for (const directive of schema.getDirectives()) {
    if (isSpecifiedDirective(directive)) continue;
    if (!described(directive.description)) missing.push(`directive @${directive.name}`);
    for (const arg of directive.args) if (!described(arg.description)) missing.push(`argument @${directive.name}(${arg.name})`);
  }
  return missing;
}

type Described = ASTNode & { name?: { value: string }; description?: StringValueNode };

/**
 * Every definition a subgraph's SDL declares without a description. Type extensions carry no
 * description of their own, but their fields and values do.
 */
function undescribedInSdl(sdl: string): string[] {
  const missing: string[] = [];
  const check = (what: string, node: Described) => {
    if (!described(node.description?.value)) missing.push(what);
  };
  for (const definition of parse(sdl).definitions) {
    switch (definition.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_DEFINITION:
      case Kind.INPUT_OBJECT_TYPE_DEFINITION:
      case Kind.ENUM_TYPE_DEFINITION:
      case Kind.UNION_TYPE_DEFINITION:
      case Kind.SCALAR_TYPE_DEFINITION:
        check(`type ${definition.name.value}`, definition);
        break;
      case Kind.DIRECTIVE_DEFINITION:
        check(`directive @${definition.name.value}`, definition);
        for (const arg of definition.arguments ?? []) check(`argument @${definition.name.value}(${arg.name.value})`, arg);
        break;
      default:
        break;
    }
    const typeName = 'name' in definition && definition.name ? definition.name.value : '';
    if ('fields' in definition && definition.fields) {
      for (const field of definition.fields) {
        const input = definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION || definition.kind === Kind.INPUT_OBJECT_TYPE_EXTENSION;
        check(`${input ? 'input field' : 'field'} ${typeName}.${field.name.value}`, field);
        if (field.kind === Kind.FIELD_DEFINITION) {
          for (const arg of field.arguments ?? []) check(`argument ${typeName}.${field.name.value}(${arg.name.value})`, arg);
        }
      }
    }
    if ('values' in definition && definition.values) {
      for (const value of definition.values) check(`enum value ${typeName}.${value.name.value}`, value);
    }
  }
  return missing;
}

describe('the contract is documented for its clients', () => {
  it('X13: every type, field, argument, enum value and input field of the composed API schema has a description', () => {
    const api = Supergraph.build(fs.readFileSync(SUPERGRAPH_PATH, 'utf8')).apiSchema().toGraphQLJSSchema();
    expect(undescribedInSchema(api)).toEqual([]);
  });

  it.each(SUBGRAPHS.map((s) => [s.name, s.path]))('X13: every definition of the %s subgraph schema has a description', (_name, file) => {
    expect(undescribedInSdl(fs.readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('X13: the check names what lacks a description, in the API schema and in a subgraph schema', () => {
    const sdl = `
      "Described." type Query { "Described." thing(id: ID!): Thing }
      type Thing { id: ID! "Described." kind: Kind }
      "Described." enum Kind { "Described." A B }
      "Described." input Filter { kind: Kind }
    `;
    const expected = ['argument Query.thing(id)', 'type Thing', 'field Thing.id', 'enum value Kind.B', 'input field Filter.kind'];
    expect([...undescribedInSdl(sdl)].sort()).toEqual([...expected].sort());
    expect([...undescribedInSchema(buildSchema(sdl))].sort()).toEqual([...expected].sort());
  });

  it('X13: the subgraphs compose without hints, such as descriptions that differ between subgraphs', () => {
    const { errors, hints } = compose();
    expect(errors).toEqual([]);
    expect(hints).toEqual([]);
  });

  it('X13: npm run compose -- --check passes on the contract and fails on any composition hint', () => {
    const script = path.join(root, 'scripts/compose.js');
    const passing = spawnSync(process.execPath, [script, '--check'], { cwd: root, encoding: 'utf8' });
    expect(`${passing.stdout}${passing.stderr}`).toMatch(/without hints/);
    expect(passing.status).toBe(0);

    // A copy of the contract whose tenancy subgraph describes the shared JSON scalar differently.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compose-hints-'));
    try {
      for (const { name, path: file } of SUBGRAPHS) fs.copyFileSync(file, path.join(dir, `${name}.graphql`));
      const tenancy = path.join(dir, 'tenancy.graphql');
      const sdl = fs.readFileSync(tenancy, 'utf8');
      const changed = sdl.replace(/"""\nAny JSON value[\s\S]*?"""\nscalar JSON/, '"Configuration of an installation."\nscalar JSON');
      expect(changed).not.toBe(sdl);
      fs.writeFileSync(tenancy, changed);
      const written = spawnSync(process.execPath, [script, '--schema-dir', dir], { cwd: root, encoding: 'utf8' });
      expect(written.stderr).toMatch(/INCONSISTENT_DESCRIPTION/);
      expect(written.status).toBe(0);
      const checked = spawnSync(process.execPath, [script, '--check', '--schema-dir', dir], { cwd: root, encoding: 'utf8' });
      expect(checked.stderr).toMatch(/INCONSISTENT_DESCRIPTION: Element "JSON"/);
      expect(checked.status).toBe(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

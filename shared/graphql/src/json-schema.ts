import Ajv, { type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import type { RegExpEngine } from 'ajv/dist/types';
import addFormats, { type FormatName } from 'ajv-formats';
import { RE2JS } from 're2js';
import { userError, type UserError } from './payload';

/**
 * Tenants write JSON Schemas (a version's configuration schema) and the values checked against
 * them. Both are bounded, and every regular expression a tenant writes runs on RE2, whose
 * matching time is linear in the input: no schema and no value can hold the event loop (X11).
 */
export const JSON_SCHEMA_LIMITS = {
  /** The schema as JSON text, in characters. */
  schemaChars: 32_768,
  /** Nesting of objects and arrays in the schema document. */
  schemaDepth: 16,
  /** Objects in the schema document: compiling costs about a millisecond each. */
  schemaObjects: 256,
  /** Elements of any array in the schema (`anyOf`, `enum`, `required`, ...). */
  schemaArrayItems: 256,
  /** Characters of one `pattern` or `patternProperties` key. */
  patternChars: 512,
  /** A value as JSON text, in characters. */
  valueChars: 16_384,
  /** Nesting of objects and arrays in a value. */
  valueDepth: 16,
  /** Schema objects times value nodes: a bound on the work of one validation. */
  work: 100_000,
  /** Up to this much work every offending field is reported; beyond it, the first. */
  allErrorsWork: 20_000,
} as const;

/** Ajv's `code.regExp`: RE2 instead of the backtracking engine, for `pattern` and `patternProperties`. */
const linearRegExp: RegExpEngine = Object.assign(
  (pattern: string, flags: string) => {
    const compiled = RE2JS.compile(RE2JS.translateRegExp(pattern));
    // Ajv keys compiled patterns by toString(): it must differ between patterns.
    return { test: (input: string) => compiled.test(input), toString: () => `/${pattern}/${flags}` };
  },
  // Only standalone code generation, which is not used, would print this.
  { code: 're2js' },
);

/** Why RE2 cannot run a pattern (lookarounds, backreferences, ...), or null when it can. */
export function unsupportedPattern(pattern: string): string | null {
  if (pattern.length > JSON_SCHEMA_LIMITS.patternChars) return `is longer than ${JSON_SCHEMA_LIMITS.patternChars} characters`;
  try {
    RE2JS.compile(RE2JS.translateRegExp(pattern));
    return null;
  } catch (err) {
    return `is not a regular expression RE2 runs (no lookarounds or backreferences): ${err instanceof Error ? err.message : String(err)}`;
  }
}

// `url` is left out: its expression backtracks (seconds on 40,000 characters), and `uri` says the same.
const FORMATS: FormatName[] = [
  'date', 'time', 'date-time', 'iso-time', 'iso-date-time', 'duration', 'uri', 'uri-reference', 'uri-template',
  'email', 'hostname', 'ipv4', 'ipv6', 'uuid', 'json-pointer', 'json-pointer-uri-fragment', 'relative-json-pointer',
  'byte', 'int32', 'int64', 'float', 'double', 'password', 'binary',
];

/**
 * A fresh engine per schema: a tenant's `$id` must not register a schema that another tenant's
 * `$ref` could reach. Strict: an unknown keyword or format is refused rather than ignored.
 */
function engine(allErrors: boolean): Ajv {
  const options: Options = {
    allErrors,
    strict: true,
    // Otherwise Ajv tests `patternProperties` against property names with the built-in engine.
    allowMatchingProperties: true,
    logger: false,
    code: { regExp: linearRegExp },
  };
  const ajv = new Ajv(options);
  addFormats(ajv, FORMATS);
  // A value declared `format: regex` must be one RE2 runs, as the schema's own patterns.
  ajv.addFormat('regex', (value: string) => unsupportedPattern(value) === null);
  return ajv;
}

interface Shape {
  depth: number;
  nodes: number;
  objects: number;
  longestArray: number;
}

/** Depth and size of a JSON value, walked without recursion and abandoned past `maxDepth`. */
function shapeOf(value: unknown, maxDepth: number): Shape {
  const shape: Shape = { depth: 0, nodes: 0, objects: 0, longestArray: 0 };
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    shape.nodes += 1;
    if (node === null || typeof node !== 'object') continue;
    shape.depth = Math.max(shape.depth, depth);
    if (depth > maxDepth) return shape;
    if (Array.isArray(node)) {
      shape.longestArray = Math.max(shape.longestArray, node.length);
      for (const item of node as unknown[]) stack.push([item, depth + 1]);
    } else {
      shape.objects += 1;
      for (const item of Object.values(node)) stack.push([item, depth + 1]);
    }
  }
  return shape;
}

/** `configSchema.properties.name` for the JSON pointer `/properties/name`. */
export function fieldAt(base: string, pointer: string): string {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  return [base, ...parts].join('.');
}

const SCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', '$defs', 'dependencies'];
const SCHEMA_LISTS = ['items', 'allOf', 'anyOf', 'oneOf'];
const SCHEMA_ONES = ['items', 'additionalItems', 'additionalProperties', 'contains', 'propertyNames', 'not', 'if', 'then', 'else'];

const escapePointer = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Every `pattern` and `patternProperties` key of a valid draft-07 schema, with its JSON pointer. */
function patternsOf(schema: unknown, pointer = ''): Array<[string, string]> {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return [];
  const node = schema as Record<string, unknown>;
  const found: Array<[string, string]> = [];
  if (typeof node['pattern'] === 'string') found.push([`${pointer}/pattern`, node['pattern']]);
  for (const key of SCHEMA_MAPS) {
    const map = node[key];
    if (map === null || typeof map !== 'object' || Array.isArray(map)) continue;
    for (const [name, sub] of Object.entries(map)) {
      const at = `${pointer}/${key}/${escapePointer(name)}`;
      if (key === 'patternProperties') found.push([at, name]);
      found.push(...patternsOf(sub, at));
    }
  }
  for (const key of SCHEMA_LISTS) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((sub, i) => found.push(...patternsOf(sub, `${pointer}/${key}/${i}`)));
  }
  for (const key of SCHEMA_ONES) found.push(...patternsOf(node[key], `${pointer}/${key}`));
  return found;
}

/** Patterns RE2 cannot run, each named by its JSON pointer: refused rather than run by a backtracking engine. */
function patternProblems(schema: unknown, field: string): UserError[] {
  return patternsOf(schema).flatMap(([pointer, pattern]) => {
    const why = unsupportedPattern(pattern);
    return why ? [userError('INVALID', fieldAt(field, pointer), `The pattern at ${pointer} ${why}`, 'X11')] : [];
  });
}

function limitProblem(field: string, message: string): UserError[] {
  return [userError('INVALID', field, message, 'X11')];
}

/** The limits a schema document must keep, checked before anything compiles it. */
function schemaLimitProblems(schema: unknown, field: string): UserError[] {
  const L = JSON_SCHEMA_LIMITS;
  const shape = shapeOf(schema, L.schemaDepth);
  if (shape.depth > L.schemaDepth) return limitProblem(field, `The schema nests deeper than ${L.schemaDepth} levels`);
  if (JSON.stringify(schema).length > L.schemaChars) return limitProblem(field, `The schema is longer than ${L.schemaChars} characters`);
  if (shape.objects > L.schemaObjects) return limitProblem(field, `The schema has more than ${L.schemaObjects} objects`);
  if (shape.longestArray > L.schemaArrayItems) return limitProblem(field, `An array in the schema has more than ${L.schemaArrayItems} elements`);
  return [];
}

/**
 * Problems of a tenant's JSON Schema (draft-07): over a limit, not a valid schema, an unknown
 * keyword or format, or a pattern RE2 cannot run. Each names the field at the offending pointer.
 */
export function jsonSchemaProblems(schema: unknown, field: string): UserError[] {
  const limits = schemaLimitProblems(schema, field);
  if (limits.length > 0) return limits;
  const ajv = engine(true);
  if (!ajv.validateSchema(schema as object)) {
    return (ajv.errors ?? []).map((e) => userError('INVALID', fieldAt(field, e.instancePath), `Invalid JSON Schema at ${e.instancePath || '/'}: ${e.message ?? 'invalid'}`, 'C5'));
  }
  const patterns = patternProblems(schema, field);
  if (patterns.length > 0) return patterns;
  try {
    ajv.compile(schema as object);
  } catch (err) {
    return [userError('INVALID', field, `Invalid JSON Schema: ${err instanceof Error ? err.message : String(err)}`, 'C5')];
  }
  return [];
}

/** A tenant's schema, compiled once: with every error for small values, with the first for large ones. */
export interface CompiledJsonSchema {
  objects: number;
  all: ValidateFunction;
  first: ValidateFunction;
}

const compiledSchemas = new Map<string, CompiledJsonSchema | null>();
const COMPILED_KEPT = 500;

/** The compiled schema, or null when it is not one this engine accepts. Cached by its text. */
export function compiledJsonSchema(schema: unknown): CompiledJsonSchema | null {
  const key = JSON.stringify(schema ?? null);
  const cached = compiledSchemas.get(key);
  if (cached !== undefined) return cached;
  let compiled: CompiledJsonSchema | null = null;
  if (schemaLimitProblems(schema, 'schema').length === 0 && typeof schema === 'object' && schema !== null) {
    try {
      compiled = { objects: Math.max(1, shapeOf(schema, JSON_SCHEMA_LIMITS.schemaDepth).objects), all: engine(true).compile(schema), first: engine(false).compile(schema) };
    } catch {
      compiled = null;
    }
  }
  if (compiledSchemas.size >= COMPILED_KEPT) compiledSchemas.delete(compiledSchemas.keys().next().value as string);
  compiledSchemas.set(key, compiled);
  return compiled;
}

export type { ErrorObject as JsonSchemaError } from 'ajv';

/** The limit a tenant's value breaks (its size, depth, or the work of checking it), or null. */
export function jsonValueLimit(compiled: CompiledJsonSchema, value: unknown): string | null {
  const L = JSON_SCHEMA_LIMITS;
  const shape = shapeOf(value, L.valueDepth);
  if (shape.depth > L.valueDepth) return `nests deeper than ${L.valueDepth} levels`;
  if (JSON.stringify(value).length > L.valueChars) return `is longer than ${L.valueChars} characters as JSON`;
  if (shape.nodes * compiled.objects > L.work) {
    return `has ${shape.nodes} values, too many for a schema of ${compiled.objects} objects (at most ${L.work} of both multiplied)`;
  }
  return null;
}

/** The schema's errors for a value within the limits: every one for small values, the first for large ones. */
export function jsonValueErrors(compiled: CompiledJsonSchema, value: unknown): ErrorObject[] {
  const work = shapeOf(value, JSON_SCHEMA_LIMITS.valueDepth).nodes * compiled.objects;
  const validate = work <= JSON_SCHEMA_LIMITS.allErrorsWork ? compiled.all : compiled.first;
  return validate(value) ? [] : (validate.errors ?? []);
}

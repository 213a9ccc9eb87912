import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { appError } from './errors';

function toDate(value: unknown): Date {
  const date = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) throw appError('BAD_USER_INPUT', 'DateTime must be an ISO-8601 date and time');
  return date;
}

/** ISO-8601 instants in UTC; every subgraph declares `scalar DateTime` and uses this one. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize: (value) => toDate(value).toISOString(),
  parseValue: (value) => toDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw appError('BAD_USER_INPUT', 'DateTime must be a string');
    return toDate(ast.value);
  },
});

/**
 * How deep a JSON argument may nest arrays and objects (configuration, JSON Schemas); deeper is
 * refused (X11). A JSON Schema as deep as its own limit allows (two JSON levels per schema level)
 * fits, so that it meets the schema rules that name the field.
 */
export const MAX_JSON_DEPTH = 48;

function tooDeep(): never {
  throw appError('BAD_USER_INPUT', `JSON values may nest arrays and objects at most ${MAX_JSON_DEPTH} levels deep`);
}

/** Checks the depth of a parsed value without recursion, so that no input can exhaust the stack. */
function boundedJson(value: unknown): unknown {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const next = pending.pop() as { value: unknown; depth: number };
    if (typeof next.value !== 'object' || next.value === null) continue;
    if (next.depth >= MAX_JSON_DEPTH) tooDeep();
    for (const child of Object.values(next.value)) pending.push({ value: child, depth: next.depth + 1 });
  }
  return value;
}

function literal(ast: ValueNode, variables: Readonly<Record<string, unknown>> | null | undefined, depth: number): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      if (depth >= MAX_JSON_DEPTH) tooDeep();
      return ast.values.map((v) => literal(v, variables, depth + 1));
    case Kind.OBJECT:
      if (depth >= MAX_JSON_DEPTH) tooDeep();
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literal(f.value, variables, depth + 1)]));
    case Kind.VARIABLE:
      return boundedJson(variables?.[ast.name.value]);
    case Kind.ENUM:
      throw appError('BAD_USER_INPUT', 'JSON values cannot be enum literals');
  }
}

/** Any JSON value, passed through as it is, at most MAX_JSON_DEPTH levels deep; what it must look like is checked where it is used. */
export const JSONScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => boundedJson(value),
  parseLiteral: (ast, variables) => literal(ast, variables, 0),
});

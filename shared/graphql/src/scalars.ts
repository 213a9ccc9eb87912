import { GraphQLScalarType, Kind } from 'graphql';
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

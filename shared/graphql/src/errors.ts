import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Decision } from '@marketgraph/authz';
import { isDatabaseBusy } from '@marketgraph/db';
import { ServiceTimeoutError, ServiceUnavailableError } from './service-client';

/** Codes of GraphQL errors: authentication, authorization and failures that are not business outcomes (X3). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

const PUBLIC_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  // Apollo's own codes for malformed requests are safe to show.
]);
const APOLLO_REQUEST_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function appError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const unauthenticated = (message = 'Authentication required'): GraphQLError => appError('UNAUTHENTICATED', message);
export const forbidden = (message = 'Not allowed'): GraphQLError => appError('FORBIDDEN', message);
export const notFound = (what: string): GraphQLError => appError('NOT_FOUND', `${what} not found`);
export const badInput = (field: string, message: string): GraphQLError => appError('BAD_USER_INPUT', message, { field });

export function refusal(decision: Exclude<Decision, 'ALLOW'>, operation: string): GraphQLError {
  switch (decision) {
    case 'UNAUTHENTICATED':
      return unauthenticated();
    case 'FORBIDDEN':
      return forbidden(`Not allowed to call ${operation}`);
    case 'NOT_FOUND':
      return notFound('The requested resource was');
  }
}

/**
 * The one answer to a nested field the caller may not read, the same in every subgraph (X3, X13):
 * the field is null (it is nullable for that reason) with this error at its path. NOT_FOUND when
 * the caller has no relation to the data's owner, so that existence does not leak.
 */
export function fieldRefusal(decision: Exclude<Decision, 'ALLOW'>, field: string): GraphQLError {
  return decision === 'FORBIDDEN' ? forbidden(`Not allowed to read ${field}`) : refusal(decision, field);
}

export const BUSY_MESSAGE = 'The service is busy; try again shortly';

/**
 * Overload is not a fault: the database could not take the work in time, or a service called
 * did not answer in time or said it is busy. Answered SERVICE_UNAVAILABLE (503), never a 500 (X11).
 */
export function isOverloaded(err: unknown): boolean {
  return isDatabaseBusy(err) || err instanceof ServiceTimeoutError || err instanceof ServiceUnavailableError;
}

/**
 * What a client may see of an error: public codes keep their message, everything else becomes
 * INTERNAL_SERVER_ERROR with no message detail, stack or SQL (X3).
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown, log: (err: unknown) => void): GraphQLFormattedError {
  const cause = (error as { originalError?: unknown } | null)?.originalError ?? error;
  if (isOverloaded(cause)) {
    return {
      message: BUSY_MESSAGE,
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  // A document refused because a scalar refused a literal in it is bad input, as the scalar said.
  if (formatted.extensions?.['code'] === 'GRAPHQL_VALIDATION_FAILED' && (cause as GraphQLError | null)?.extensions?.['code'] === 'BAD_USER_INPUT') {
    return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } };
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && (PUBLIC_CODES.has(code) || APOLLO_REQUEST_CODES.has(code))) {
    // Apollo Gateway copies a subgraph's HTTP answer (its internal URL, status and body) into
    // `extensions.response`: that stays inside, like a stack trace.
    const { stacktrace: _stack, response: _response, ...extensions } = formatted.extensions ?? {};
    void _stack;
    void _response;
    return { ...formatted, extensions };
  }
  log(error);
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * A document whose operation cannot be chosen (several operations and no operationName, or an
 * unknown name) is the client's mistake: a 400 that says so, never a 500 from the query planner.
 */
export function operationResolutionPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          if (requestContext.operation) return;
          const name = requestContext.request.operationName;
          throw new GraphQLError(
            name ? `The document has no operation named "${name}"` : 'The document has several operations: send operationName to choose one',
            { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } },
          );
        },
      };
    },
  };
}

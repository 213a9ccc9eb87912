import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Decision } from '@marketgraph/authz';
import { isDatabaseBusy } from '@marketgraph/db';

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

export const BUSY_MESSAGE = 'The service is busy; try again shortly';

/**
 * What a client may see of an error: public codes keep their message, everything else becomes
 * INTERNAL_SERVER_ERROR with no message detail, stack or SQL (X3).
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown, log: (err: unknown) => void): GraphQLFormattedError {
  if (isDatabaseBusy((error as { originalError?: unknown } | null)?.originalError ?? error)) {
    return {
      message: BUSY_MESSAGE,
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && (PUBLIC_CODES.has(code) || APOLLO_REQUEST_CODES.has(code))) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    void _drop;
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

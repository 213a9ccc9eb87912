import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, getNamedType, getNullableType, isCompositeType, isIntrospectionType, isListType, type GraphQLField, type GraphQLOutputType } from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '@marketgraph/graphql';

/**
 * The cost of an operation (X10), computed with its variables, as the number of objects it may
 * return:
 *   - a scalar or enum field costs 0;
 *   - a field that takes `first` or `last` costs 1 + n × (the cost of its selection), where n is
 *     the `first` (else `last`) asked for, or the default page size (20) when neither is given;
 *   - a list of objects without paging arguments (other than a connection's `edges`) costs
 *     1 + 20 × (the cost of its selection);
 *   - any other object field costs 1 + (the cost of its selection);
 *   - an introspection field (`__schema`, `__type` and below) costs 1 + (the cost of its
 *     selection), lists included: the schema is a fixed size, and graphql-js's own
 *     MaxIntrospectionDepthRule refuses the nesting that could make it large.
 * Fragments, `@include` and `@skip` are resolved with the variables; of an interface or union the
 * costliest member counts.
 */
export function fieldCost({ field, args, childComplexity }: ComplexityEstimatorArgs): number {
  const type = field.type as GraphQLOutputType;
  const named = getNamedType(type);
  if (!isCompositeType(named)) return 0;
  if (isIntrospectionType(named)) return 1 + childComplexity;
  const size = pageSizeAsked(field, args);
  if (size !== null) return 1 + size * childComplexity;
  if (isListType(getNullableType(type)) && field.name !== 'edges') return 1 + DEFAULT_PAGE_SIZE * childComplexity;
  return 1 + childComplexity;
}

function pageSizeAsked(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number | null {
  const paged = field.args.some((a) => a.name === 'first' || a.name === 'last');
  if (!paged) return null;
  const asked = typeof args['first'] === 'number' ? args['first'] : typeof args['last'] === 'number' ? args['last'] : DEFAULT_PAGE_SIZE;
  return Math.max(0, asked);
}

/** How many fields, fragments spread, the cost is computed over at most. */
const MAX_WEIGHED_FIELDS = 10_000;

/** Refuses an operation whose cost, with its variables, is over `maxCost`, before any subgraph is asked. */
export function costLimitPlugin<C extends BaseContext>(maxCost: number): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: operationName ?? undefined,
              estimators: [fieldCost],
              maxQueryNodes: MAX_WEIGHED_FIELDS,
            });
          } catch (err) {
            const message = err instanceof Error ? err.message : String(err);
            // Fragments that spread each other many times over: too many fields to weigh.
            if (/maximum allowed number of nodes/.test(message)) {
              throw new GraphQLError(`The operation selects more than ${MAX_WEIGHED_FIELDS} fields once its fragments are spread (MAX_QUERY_COST)`, {
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_QUERY_COST', http: { status: 400 } },
              });
            }
            // Variables that do not fit their types: the operation is refused as execution would refuse it.
            throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
          }
          if (cost > maxCost) {
            throw new GraphQLError(
              `Query cost ${cost} exceeds the limit of ${maxCost} (MAX_QUERY_COST): ask for fewer items with first/last, or fewer nested lists`,
              // The same code as the depth and alias limits: the operation is refused before it runs.
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_QUERY_COST', cost, maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

import type http from 'node:http';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/** Operation names are the client's: only this many distinct ones get their own series (X14). */
export const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * A process's Prometheus metrics (X14): the default process metrics (event-loop delay, memory,
 * CPU) and GraphQL operations by name, with a bounded set of label values.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly requests: Counter<'operation'>;
  readonly errors: Counter<'operation'>;
  readonly duration: Histogram<'operation'>;
  private readonly names = new Set<string>();

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({ name: 'graphql_requests_total', help: 'GraphQL operations answered, by operation name', labelNames: ['operation'], registers: [this.registry] });
    this.errors = new Counter({ name: 'graphql_errors_total', help: 'GraphQL operations answered with errors, by operation name', labelNames: ['operation'], registers: [this.registry] });
    this.duration = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL operation to answering it, by operation name',
      labelNames: ['operation'],
      buckets: DURATION_BUCKETS,
      registers: [this.registry],
    });
  }

  /** The label of a client-supplied operation name: `anonymous`, the name, or `other` past the bounds. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.names.has(name)) return name;
    if (this.names.size >= MAX_OPERATION_NAMES) return 'other';
    this.names.add(name);
    return name;
  }

  /** Counts every operation Apollo Server answers, its errors and its duration. */
  plugin<C extends BaseContext>(): ApolloServerPlugin<C> {
    return {
      requestDidStart: async () => {
        const end = process.hrtime.bigint();
        return {
          willSendResponse: async ({ request, operationName, response }) => {
            const operation = this.operationLabel(operationName ?? request.operationName);
            this.requests.inc({ operation });
            const errors = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
            if (errors?.length) this.errors.inc({ operation });
            this.duration.observe({ operation }, Number(process.hrtime.bigint() - end) / 1e9);
          },
        };
      },
    };
  }

  /** A gauge whose value is read at each scrape. */
  gauge(name: string, help: string, read: () => number | null): void {
    new Gauge({
      name,
      help,
      registers: [this.registry],
      collect() {
        const value = read();
        if (value !== null) this.set(value);
      },
    });
  }

  /** Answers a scrape in the Prometheus text format. */
  async answer(res: http.ServerResponse): Promise<void> {
    const body = await this.registry.metrics();
    res.writeHead(200, { 'content-type': this.registry.contentType, 'cache-control': 'no-store' });
    res.end(body);
  }
}

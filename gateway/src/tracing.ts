// Imported first by main.ts: tracing starts, when configured, before anything loads http or mysql2.
import { startTracing } from '@marketgraph/graphql/tracing';

startTracing('gateway');

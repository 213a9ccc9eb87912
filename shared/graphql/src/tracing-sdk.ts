/**
 * The OpenTelemetry SDK of a process that traces, loaded by `startTracing` only when tracing is
 * on. The exporters, sampler and batch processor read the rest of the standard variables
 * themselves (endpoints, headers, timeouts, `OTEL_TRACES_SAMPLER`, `OTEL_BSP_*`).
 */
import { DiagConsoleLogger, DiagLogLevel, diag } from '@opentelemetry/api';
import { OTLPTraceExporter as OtlpJsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OtlpProtobufExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { MySQL2Instrumentation } from '@opentelemetry/instrumentation-mysql2';
import { detectResources, envDetector, hostDetector, processDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, ConsoleSpanExporter, NodeTracerProvider, SimpleSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-node';
import type { TracingSettings } from './tracing';

export interface TracingSdk {
  /** Exports what is buffered, then stops. */
  shutdown(): Promise<void>;
}

/** Probes and scrapes: frequent, and of no interest in a trace. */
const UNTRACED_PATHS = new Set(['/health', '/ready', '/metrics']);

const LOG_LEVELS: Record<string, DiagLogLevel> = {
  none: DiagLogLevel.NONE,
  error: DiagLogLevel.ERROR,
  warn: DiagLogLevel.WARN,
  info: DiagLogLevel.INFO,
  debug: DiagLogLevel.DEBUG,
  verbose: DiagLogLevel.VERBOSE,
  all: DiagLogLevel.ALL,
};

export function startTracingSdk(settings: TracingSettings, env: NodeJS.ProcessEnv = process.env): TracingSdk {
  // The SDK's own problems (an unreachable collector, a refused export) go to stderr; OTEL_LOG_LEVEL picks how many.
  diag.setLogger(new DiagConsoleLogger(), LOG_LEVELS[env['OTEL_LOG_LEVEL']?.trim().toLowerCase() ?? ''] ?? DiagLogLevel.WARN);

  const spanProcessors: SpanProcessor[] = settings.exporters.map((name) =>
    name === 'console'
      ? new SimpleSpanProcessor(new ConsoleSpanExporter())
      : new BatchSpanProcessor(settings.protocol === 'http/json' ? new OtlpJsonExporter() : new OtlpProtobufExporter()),
  );
  // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES (the environment's detector) win over the process's own name.
  const resource = resourceFromAttributes({ 'service.name': settings.serviceName }).merge(
    detectResources({ detectors: [hostDetector, processDetector, envDetector] }),
  );
  const provider = new NodeTracerProvider({ resource, spanProcessors });
  // The global tracer provider (Apollo Gateway's spans use it), async context, W3C trace context and baggage.
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => UNTRACED_PATHS.has((req.url ?? '/').split('?')[0] ?? '/'),
      }),
      // Statements are recorded with their literals masked; the services send values as parameters.
      new MySQL2Instrumentation({ maskStatement: true }),
    ],
  });
  return {
    shutdown: () => provider.shutdown(),
  };
}

/**
 * OpenTelemetry traces (X14), configured by the standard OpenTelemetry SDK variables and off
 * unless one of them asks for them. Each process's `main.ts` imports a module that calls
 * `startTracing` first, before anything loads `http` or `mysql2`, so that the instrumentations
 * see them load. Off, this module loads nothing: the SDK is required only once tracing is on.
 */
import type * as Sdk from './tracing-sdk';

export type TraceExporterName = 'otlp' | 'console';
export type OtlpProtocol = 'http/protobuf' | 'http/json';

export interface TracingSettings {
  /** `OTEL_SERVICE_NAME` (or `service.name` in `OTEL_RESOURCE_ATTRIBUTES`), else the process's own name. */
  serviceName: string;
  exporters: TraceExporterName[];
  /** `OTEL_EXPORTER_OTLP_TRACES_PROTOCOL`, else `OTEL_EXPORTER_OTLP_PROTOCOL`, else http/protobuf. */
  protocol: OtlpProtocol;
}

const EXPORTERS = ['otlp', 'console', 'none'] as const;
const PROTOCOLS: readonly string[] = ['http/protobuf', 'http/json'];

const value = (env: NodeJS.ProcessEnv, name: string): string | undefined => {
  const raw = env[name]?.trim();
  return raw === undefined || raw === '' ? undefined : raw;
};

/**
 * Whether and how this process traces, from the environment; null when it does not. Tracing is
 * on when `OTEL_TRACES_EXPORTER` names an exporter, or when it is unset and an OTLP endpoint
 * (`OTEL_EXPORTER_OTLP_ENDPOINT`, `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) is; `OTEL_SDK_DISABLED=true`
 * turns it off. Throws, naming the variable, on a value it cannot honour.
 */
export function tracingSettings(defaultServiceName: string, env: NodeJS.ProcessEnv = process.env): TracingSettings | null {
  if (value(env, 'OTEL_SDK_DISABLED')?.toLowerCase() === 'true') return null;
  const problems: string[] = [];
  const named = value(env, 'OTEL_TRACES_EXPORTER');
  let exporters: TraceExporterName[];
  if (named === undefined) {
    exporters = value(env, 'OTEL_EXPORTER_OTLP_ENDPOINT') || value(env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT') ? ['otlp'] : [];
  } else {
    const names = named.split(',').map((name) => name.trim().toLowerCase());
    const unknown = names.filter((name) => !(EXPORTERS as readonly string[]).includes(name));
    if (unknown.length > 0) problems.push(`OTEL_TRACES_EXPORTER must list otlp, console or none, got "${named}"`);
    exporters = names.includes('none') ? [] : [...new Set(names.filter((name): name is TraceExporterName => name === 'otlp' || name === 'console'))];
  }
  const protocolVariable = value(env, 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL') ? 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL' : 'OTEL_EXPORTER_OTLP_PROTOCOL';
  const protocol = value(env, protocolVariable) ?? 'http/protobuf';
  if (exporters.includes('otlp') && !PROTOCOLS.includes(protocol)) problems.push(`${protocolVariable} must be http/protobuf or http/json, got "${protocol}"`);
  if (problems.length > 0) throw new Error(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  if (exporters.length === 0) return null;
  return { serviceName: defaultServiceName, exporters, protocol: protocol as OtlpProtocol };
}

let running: Sdk.TracingSdk | null = null;

/**
 * Starts tracing for the process named `defaultServiceName` when the environment asks for it:
 * HTTP server and client spans (W3C `traceparent` between the services), SQL spans of mysql2,
 * and the spans of Apollo Gateway. A bad value ends the process with a message naming it.
 */
export function startTracing(defaultServiceName: string, env: NodeJS.ProcessEnv = process.env): void {
  if (running) return;
  let settings: TracingSettings | null;
  try {
    settings = tracingSettings(defaultServiceName, env);
  } catch (err) {
    process.stderr.write(`${defaultServiceName} failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
  if (!settings) return;
  // Required here, not imported: a process that does not trace never loads the SDK.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk = require('./tracing-sdk') as typeof Sdk;
  running = sdk.startTracingSdk(settings);
}

/**
 * Exports the spans still buffered and stops tracing; nothing to do when tracing is off. Fails
 * when the export fails or takes longer than `timeoutMs` (a collector that does not answer is
 * not waited for: the exporter would retry for longer than a process has to stop).
 */
export async function shutdownTracing(timeoutMs = 2000): Promise<void> {
  const sdk = running;
  running = null;
  if (!sdk) return;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([sdk.shutdown(), late]);
  } finally {
    clearTimeout(timer);
  }
}

import './tracing';
import { EnvReader, onShutdown, shutdownGraceMs, unreadyDelayMs } from '@marketgraph/graphql';
import { gatewayConfig } from './config';
import { startGateway } from './server';

process.env['APOLLO_TELEMETRY_DISABLED'] ??= '1';

async function main(): Promise<void> {
  const config = gatewayConfig();
  const read = new EnvReader();
  const graceMs = shutdownGraceMs(read);
  const unreadyMs = unreadyDelayMs(read);
  read.done();
  const running = await startGateway(config);
  process.stdout.write(`gateway ready at ${running.url}\n`);
  // Requests in flight get most of the grace period; the rest is for closing.
  onShutdown('gateway', () => running.close(Math.floor(graceMs * 0.8), unreadyMs), graceMs);
}

main().catch((err: unknown) => {
  process.stderr.write(`gateway failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});

import { onShutdown } from '@marketgraph/graphql';
import { gatewayConfig } from './config';
import { startGateway } from './server';

process.env['APOLLO_TELEMETRY_DISABLED'] ??= '1';

async function main(): Promise<void> {
  const config = gatewayConfig();
  const running = await startGateway(config);
  process.stdout.write(`gateway ready at ${running.url}\n`);
  onShutdown('gateway', () => running.close());
}

main().catch((err: unknown) => {
  process.stderr.write(`gateway failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});

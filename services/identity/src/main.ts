import { onShutdown } from '@marketgraph/graphql';
import { identityConfig } from './config';
import { createDatabase } from './database';
import { startIdentity } from './server';

async function main(): Promise<void> {
  const config = identityConfig();
  const db = createDatabase(config.database);
  const running = await startIdentity(db, config);
  process.stdout.write(`identity subgraph ready at ${running.url} (${config.database.type})\n`);
  onShutdown('identity', async () => {
    await running.close();
    await db.close();
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`identity failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});

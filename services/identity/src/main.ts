import './tracing';
import { runService } from '@marketgraph/graphql';
import { identityConfig } from './config';
import { createDatabase } from './database';
import { startIdentity } from './server';

runService('identity', async () => {
  const config = identityConfig();
  const db = createDatabase(config.database, config.databaseLimits);
  const running = await startIdentity(db, config);
  return {
    url: running.url,
    shutdownGraceMs: config.shutdownGraceMs,
    close: async (graceMs) => {
      await running.close(graceMs);
      await db.close();
    },
  };
});

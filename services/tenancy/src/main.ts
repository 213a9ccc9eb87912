import './tracing';
import { runService } from '@marketgraph/graphql';
import { tenancyConfig } from './config';
import { createDatabase } from './database';
import { startTenancy } from './server';

runService('tenancy', async () => {
  const config = tenancyConfig();
  const db = createDatabase(config.database, config.databaseLimits);
  const running = await startTenancy(db, config);
  return {
    url: running.url,
    shutdownGraceMs: config.shutdownGraceMs,
    close: async (graceMs) => {
      await running.close(graceMs);
      await db.close();
    },
  };
});

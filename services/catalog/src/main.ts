import './tracing';
import { runService } from '@marketgraph/graphql';
import { catalogConfig } from './config';
import { createDatabase } from './database';
import { startCatalog } from './server';

runService('catalog', async () => {
  const config = catalogConfig();
  const db = createDatabase(config.database, config.databaseLimits);
  const running = await startCatalog(db, config);
  return {
    url: running.url,
    shutdownGraceMs: config.shutdownGraceMs,
    close: async (graceMs) => {
      await running.close(graceMs);
      await db.close();
    },
  };
});

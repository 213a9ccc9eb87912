import { runService } from '@marketgraph/graphql';
import { tenancyConfig } from './config';
import { createDatabase } from './database';
import { startTenancy } from './server';

runService('tenancy', async () => {
  const config = tenancyConfig();
  const db = createDatabase(config.database);
  const running = await startTenancy(db, config);
  return {
    url: running.url,
    close: async () => {
      await running.close();
      await db.close();
    },
  };
});

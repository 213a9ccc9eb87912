import { runService } from '@marketgraph/graphql';
import { catalogConfig } from './config';
import { createDatabase } from './database';
import { startCatalog } from './server';

runService('catalog', async () => {
  const config = catalogConfig();
  const db = createDatabase(config.database);
  const running = await startCatalog(db, config);
  return {
    url: running.url,
    close: async () => {
      await running.close();
      await db.close();
    },
  };
});

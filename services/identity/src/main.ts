import { runService } from '@marketgraph/graphql';
import { identityConfig } from './config';
import { createDatabase } from './database';
import { startIdentity } from './server';

runService('identity', async () => {
  const config = identityConfig();
  const db = createDatabase(config.database);
  const running = await startIdentity(db, config);
  return {
    url: running.url,
    close: async () => {
      await running.close();
      await db.close();
    },
  };
});

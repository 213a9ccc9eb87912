import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';
import type { Database } from './data-source';

/** The transaction whose work is running in this async chain, to tell a nested call from a parallel one. */
const inside = new AsyncLocalStorage<EntityManager>();

/**
 * One request's handle on its subgraph's database. While the request holds a transaction,
 * `manager` is that transaction's, so every read of the request (its loaders too) runs on the
 * connection the transaction holds and never waits on the pool for a second one: a burst of
 * writes cannot leave every connection idle in a transaction that waits for another (X11).
 * Read `manager` where a statement is made; never keep it past the call.
 */
export class RequestDatabase {
  private current: EntityManager | null = null;
  private turn: Promise<unknown> = Promise.resolve();

  constructor(readonly database: Database) {}

  get isMysql(): boolean {
    return this.database.isMysql;
  }

  /** The open transaction's manager while the request holds one, otherwise the pool's. */
  get manager(): EntityManager {
    return this.current ?? this.database.manager;
  }

  /**
   * Runs `work` in a transaction bound to this request. Called again from inside `work`, it
   * joins the open transaction; called from another resolver of the same request, it waits
   * for the open one to end. A unique-key violation that escapes `work` becomes the CONFLICT
   * the key means.
   */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const open = inside.getStore();
    if (open && open === this.current) return work(open);
    const run = this.turn.then(() =>
      this.database.transaction(async (manager) => {
        this.current = manager;
        try {
          return await inside.run(manager, () => work(manager));
        } finally {
          this.current = null;
        }
      }),
    );
    this.turn = run.catch(() => undefined);
    return run.catch((err: unknown) => {
      throw this.database.conflictOf(err) ?? err;
    });
  }
}

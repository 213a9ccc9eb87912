import type { EntityManager } from 'typeorm';
import { Company } from '../entities';

/**
 * Locks company rows for the rest of the transaction, in ID order so that two transactions
 * never wait on each other in a circle. Changes to who administers a company serialize here
 * (I8). The embedded SQLite runs one transaction at a time, so it needs no row lock.
 */
export async function lockCompanies(manager: EntityManager, ids: string[]): Promise<Company[]> {
  if (ids.length === 0) return [];
  const qb = manager.createQueryBuilder(Company, 'c').where('c.id IN (:...ids)', { ids: [...new Set(ids)].sort() }).orderBy('c.id');
  if (manager.connection.options.type !== 'better-sqlite3') qb.setLock('pessimistic_write');
  return qb.getMany();
}

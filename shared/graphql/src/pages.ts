import DataLoader from 'dataloader';
import { In, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { decodeCursor, pageSize, toConnection, type Connection, type PageArgs } from './connection';

export type Direction = 'ASC' | 'DESC';

export function emptyConnection<T extends { id: string }>(): Connection<T> {
  return toConnection<T>([], 0, () => Promise.resolve(0));
}

/**
 * A connection over rows already loaded in one batch (the editions or history of a product):
 * the same cursors and order as `paginate`, without a statement per parent (X4, X8).
 */
export function connectionOf<T extends { id: string }>(rows: readonly T[], args: PageArgs, direction: Direction = 'ASC'): Connection<T> {
  const first = pageSize(args);
  const sorted = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (direction === 'DESC') sorted.reverse();
  const after = args.after ? decodeCursor(args.after) : null;
  const rest = after === null ? sorted : sorted.filter((r) => (direction === 'ASC' ? r.id > after : r.id < after));
  return toConnection(rest.slice(0, first + 1), first, () => Promise.resolve(rows.length));
}

/**
 * One page per key (per vendor, per company) in a constant number of statements, whatever the
 * number of keys: a window function ranks rows within each key, then the page rows are read
 * in one query and the counts in one grouped query, only when asked for (X8).
 */
export async function pagesByKey<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  keyProperty: keyof T & string,
  keys: readonly string[],
  args: PageArgs,
  direction: Direction = 'ASC',
): Promise<Map<string, Connection<T>>> {
  const first = pageSize(args);
  const alias = qb.alias;
  const metadata = qb.expressionMap.mainAlias?.metadata;
  const keyColumn = metadata?.findColumnWithPropertyName(keyProperty)?.databaseName;
  const idColumn = metadata?.findColumnWithPropertyName('id')?.databaseName;
  if (!metadata || !keyColumn || !idColumn) throw new Error(`pagesByKey: unknown column ${keyProperty}`);
  qb.andWhere(`${alias}.${keyProperty} IN (:...pageKeys)`, { pageKeys: [...keys] });
  const counting = qb.clone();
  let counts: Promise<Map<string, number>> | undefined;
  const countOf = (key: string) => async (): Promise<number> => {
    counts ??= counting
      .select(`${alias}.${keyProperty}`, 'page_key')
      .addSelect('COUNT(*)', 'page_count')
      .groupBy(`${alias}.${keyProperty}`)
      .getRawMany<{ page_key: string; page_count: string | number }>()
      .then((rows) => new Map(rows.map((r) => [r.page_key, Number(r.page_count)])));
    return (await counts).get(key) ?? 0;
  };
  const result = new Map<string, Connection<T>>();
  if (first === 0) {
    for (const key of keys) result.set(key, toConnection<T>([], 0, countOf(key)));
    return result;
  }
  if (args.after) {
    qb.andWhere(`${alias}.id ${direction === 'ASC' ? '>' : '<'} :afterId`, { afterId: decodeCursor(args.after) });
  }
  const column = (name: string): string => `${qb.escape(alias)}.${qb.escape(name)}`;
  const [sql, parameters] = qb
    .clone()
    .select(`${alias}.id`, 'row_id')
    .addSelect(`ROW_NUMBER() OVER (PARTITION BY ${column(keyColumn)} ORDER BY ${column(idColumn)} ${direction})`, 'row_rank')
    .getQueryAndParameters();
  const ranked: { row_id: string }[] = await qb.connection.query(`SELECT row_id FROM (${sql}) ranked WHERE row_rank <= ${first + 1}`, parameters);
  const ids = ranked.map((r) => r.row_id);
  const rows = ids.length === 0 ? [] : await qb.connection.manager.find<T>(metadata.target, { where: { id: In(ids) } as never });
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const key = String(row[keyProperty]);
    grouped.set(key, [...(grouped.get(key) ?? []), row]);
  }
  for (const key of keys) {
    const own = (grouped.get(key) ?? []).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (direction === 'DESC') own.reverse();
    result.set(key, toConnection(own, first, countOf(key)));
  }
  return result;
}

/**
 * Request-scoped loaders of pages per key: every Company.products (or .subscriptions) asked
 * with the same arguments in one request is answered by one `pagesByKey`.
 */
export class PageLoaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  load<T extends { id: string }>(
    name: string,
    variant: Readonly<Record<string, unknown>>,
    key: string,
    fetch: (keys: readonly string[]) => Promise<Map<string, Connection<T>>>,
  ): Promise<Connection<T>> {
    const id = `${name}:${JSON.stringify(variant)}`;
    let loader = this.loaders.get(id) as DataLoader<string, Connection<T>> | undefined;
    if (!loader) {
      loader = new DataLoader<string, Connection<T>>(async (keys) => {
        const pages = await fetch(keys);
        return keys.map((k) => pages.get(k) ?? emptyConnection<T>());
      });
      this.loaders.set(id, loader as unknown as DataLoader<string, unknown>);
    }
    return loader.load(key);
  }
}

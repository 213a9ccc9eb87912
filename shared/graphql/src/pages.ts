import DataLoader from 'dataloader';
import { In, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import {
  byId,
  decodeCursor,
  sortKeyExpression,
  whereBeyondCursor,
  pageWindow,
  readDirection,
  toConnection,
  type Connection,
  type ListOrder,
  type PageArgs,
  type SortValue,
} from './connection';

export function emptyConnection<T extends { id: string }>(list = 'empty'): Connection<T> {
  return toConnection<T>([], { size: 0, backward: false, cursor: null, cursorArgument: 'after' }, byId<T>(list), () => Promise.resolve(0));
}

function compareValues(a: SortValue | null, b: SortValue | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/**
 * A connection over rows already loaded in one batch (the editions or history of a product, the
 * keysets of an app): the same cursors, order and backward paging as `paginate`, without a
 * statement per parent (X4, X8).
 */
export function connectionOf<T extends { id: string }>(rows: readonly T[], args: PageArgs, order: ListOrder<T>): Connection<T> {
  const window = pageWindow(args);
  const valueOf = (row: T): SortValue | null => (order.key ? (row[order.key] as SortValue) : null);
  const direction = readDirection(order, window);
  const compare = (a: { value: SortValue | null; id: string }, b: { value: SortValue | null; id: string }): number => {
    const c = compareValues(a.value, b.value) || compareValues(a.id, b.id);
    return direction === 'ASC' ? c : -c;
  };
  const sorted = [...rows].sort((a, b) => compare({ value: valueOf(a), id: a.id }, { value: valueOf(b), id: b.id }));
  const position = window.cursor === null ? null : decodeCursor(window.cursor, order, window.cursorArgument);
  const rest = position === null ? sorted : sorted.filter((r) => compare({ value: valueOf(r), id: r.id }, position) > 0);
  return toConnection(rest.slice(0, window.size + 1), window, order, () => Promise.resolve(rows.length));
}

/**
 * One page per key (per vendor, per company) in a constant number of statements, whatever the
 * number of keys: a window function ranks rows within each key, then the page rows are read
 * in one query and the counts in one grouped query, only when asked for (X8). Pages go forward
 * or backward, in the list's order, as `paginate` does.
 */
export async function pagesByKey<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  keyProperty: keyof T & string,
  keys: readonly string[],
  args: PageArgs,
  order: ListOrder<T>,
): Promise<Map<string, Connection<T>>> {
  const window = pageWindow(args);
  const alias = qb.alias;
  const metadata = qb.expressionMap.mainAlias?.metadata;
  const keyColumn = metadata?.findColumnWithPropertyName(keyProperty)?.databaseName;
  const idColumn = metadata?.findColumnWithPropertyName('id')?.databaseName;
  const sortColumn = order.key ? metadata?.findColumnWithPropertyName(order.key)?.databaseName : idColumn;
  if (!metadata || !keyColumn || !idColumn || !sortColumn) throw new Error(`pagesByKey: unknown column ${keyProperty}`);
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
  if (window.size === 0) {
    for (const key of keys) result.set(key, toConnection<T>([], window, order, countOf(key)));
    return result;
  }
  const direction = readDirection(order, window);
  whereBeyondCursor(qb, order, window);
  const column = (name: string): string => `${qb.escape(alias)}.${qb.escape(name)}`;
  const collated = order.key ? sortKeyExpression(qb, order.key).slice(`${alias}.${order.key}`.length) : '';
  const ranking = order.key ? `${column(sortColumn)}${collated} ${direction}, ${column(idColumn)} ${direction}` : `${column(idColumn)} ${direction}`;
  const [sql, parameters] = qb
    .clone()
    .select(`${alias}.id`, 'row_id')
    .addSelect(`ROW_NUMBER() OVER (PARTITION BY ${column(keyColumn)} ORDER BY ${ranking})`, 'row_rank')
    .getQueryAndParameters();
  const ranked: { row_id: string; row_rank: string | number }[] = await qb.connection.query(
    `SELECT row_id, row_rank FROM (${sql}) ranked WHERE row_rank <= ${window.size + 1}`,
    parameters,
  );
  // The database's rank is the order (its collation decides ties in text, not JavaScript's).
  const rank = new Map(ranked.map((r) => [r.row_id, Number(r.row_rank)]));
  const rows = rank.size === 0 ? [] : await qb.connection.manager.find<T>(metadata.target, { where: { id: In([...rank.keys()]) } as never });
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const key = String(row[keyProperty]);
    grouped.set(key, [...(grouped.get(key) ?? []), row]);
  }
  for (const key of keys) {
    const own = (grouped.get(key) ?? []).sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
    result.set(key, toConnection(own, window, order, countOf(key)));
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

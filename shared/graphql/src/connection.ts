import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';

/** Relay's paging arguments: `first`/`after` page forward, `last`/`before` page backward. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: { node: T; cursor: string }[];
  nodes: T[];
  pageInfo: PageInfo;
  /** Resolved only when a client asks for it: the count costs one more statement. */
  totalCount: () => Promise<number>;
}

export type Direction = 'ASC' | 'DESC';

/** A value a list is sorted by: text or a number (creation order is the ID's order). */
export type SortValue = string | number;

/**
 * The order a list is read in. `list` names the list and `field` the sort field, so that a cursor
 * of another list or another order is refused; `key` is the property that holds the sort value
 * (none: the ID alone, which is creation order). The ID always breaks ties, so the order is total
 * and pages are stable while rows are added (X4).
 */
export interface ListOrder<T> {
  list: string;
  field?: string;
  key?: keyof T & string;
  direction: Direction;
}

/** The order of a list sorted by ID alone (creation order). */
export function byId<T>(list: string, direction: Direction = 'ASC'): ListOrder<T> {
  return { list, direction };
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** What a page asks for, once its arguments are checked: how many rows, which way, from where. */
export interface PageWindow {
  size: number;
  backward: boolean;
  cursor: string | null;
  cursorArgument: 'after' | 'before';
}

export function pageWindow(args: PageArgs): PageWindow {
  const given = (value: unknown): boolean => value !== null && value !== undefined;
  if (given(args.first) && given(args.last)) {
    throw badInput('last', 'Give first (with after) to page forward, or last (with before) to page backward, not both');
  }
  if (given(args.after) && given(args.before)) throw badInput('before', 'Give after (with first) or before (with last), not both');
  if (given(args.first) && given(args.before)) throw badInput('before', 'before pages backward: use it with last, not first');
  if (given(args.last) && given(args.after)) throw badInput('after', 'after pages forward: use it with first, not last');
  const backward = given(args.last) || given(args.before);
  const argument = backward ? 'last' : 'first';
  const size = (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput(argument, `${argument} must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  return { size, backward, cursor: (backward ? args.before : args.after) ?? null, cursorArgument: backward ? 'before' : 'after' };
}

/** The number of rows a page asks for (validated as `pageWindow` does). */
export function pageSize(args: PageArgs): number {
  return pageWindow(args).size;
}

const orderTag = (order: Pick<ListOrder<never>, 'list' | 'field' | 'direction'>): string => `${order.list}:${order.field ?? 'ID'}:${order.direction}`;

/** A position in a list: the sort value (when the list has a sort key) and the row's ID. */
export interface CursorPosition {
  value: SortValue | null;
  id: string;
}

/** Opaque cursors: the list, its order, the sort value and the ID, base64url-encoded. */
export function encodeCursor<T extends { id: string }>(order: ListOrder<T>, row: T): string {
  const value = order.key ? sortValueOf(row, order.key) : null;
  return Buffer.from(JSON.stringify(value === null ? [orderTag(order), row.id] : [orderTag(order), row.id, value]), 'utf8').toString('base64url');
}

function sortValueOf<T>(row: T, key: keyof T): SortValue {
  const value = row[key];
  if (typeof value === 'string' || typeof value === 'number') return value;
  throw new Error(`Sort key ${String(key)} holds neither text nor a number`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The position a cursor names, refused when the cursor belongs to another list or another order. */
export function decodeCursor<T>(cursor: string, order: ListOrder<T>, argument: 'after' | 'before' = 'after'): CursorPosition {
  const refuse = () => badInput(argument, `${argument} is not a cursor returned by this list in this order`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(parsed) || parsed[0] !== orderTag(order) || typeof parsed[1] !== 'string' || !UUID.test(parsed[1])) throw refuse();
  const id = parsed[1];
  if (!order.key) {
    if (parsed.length !== 2) throw refuse();
    return { value: null, id };
  }
  const value: unknown = parsed[2];
  if (parsed.length !== 3 || (typeof value !== 'string' && typeof value !== 'number')) throw refuse();
  return { value, id };
}

const flip = (direction: Direction): Direction => (direction === 'ASC' ? 'DESC' : 'ASC');

/** The direction rows are read in: the list's own, or its reverse when paging backward. */
export function readDirection(order: { direction: Direction }, window: PageWindow): Direction {
  return window.backward ? flip(order.direction) : order.direction;
}

/**
 * The SQL of a list's sort key. Text sorts in any letter case on both databases: MySQL's
 * collations ignore case already, SQLite compares bytes unless told NOCASE.
 */
export function sortKeyExpression<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, key: string): string {
  const column = qb.expressionMap.mainAlias?.metadata.findColumnWithPropertyName(key);
  const text = column !== undefined && (column.type === 'varchar' || column.type === 'text' || column.type === String);
  const sqlite = qb.connection.driver.options.type === 'better-sqlite3';
  return `${qb.alias}.${key}${text && sqlite ? ' COLLATE NOCASE' : ''}`;
}

/** Narrows a query to the rows after (or, paging backward, before) the page's cursor, in the order rows are read. */
export function whereBeyondCursor<T extends ObjectLiteral & { id: string }>(qb: SelectQueryBuilder<T>, order: ListOrder<T>, window: PageWindow): void {
  if (window.cursor === null) return;
  const alias = qb.alias;
  const beyond = readDirection(order, window) === 'ASC' ? '>' : '<';
  const position = decodeCursor(window.cursor, order, window.cursorArgument);
  if (order.key) {
    const key = sortKeyExpression(qb, order.key);
    qb.andWhere(`(${key} ${beyond} :cursorValue OR (${key} = :cursorValue AND ${alias}.id ${beyond} :cursorId))`, {
      cursorValue: position.value,
      cursorId: position.id,
    });
  } else {
    qb.andWhere(`${alias}.id ${beyond} :cursorId`, { cursorId: position.id });
  }
}

/**
 * Narrows a query to the rows beyond the cursor and orders it by the sort key and ID in the
 * direction rows are read: one range scan of an index on (scope, key, id).
 */
export function applyKeyset<T extends ObjectLiteral & { id: string }>(qb: SelectQueryBuilder<T>, order: ListOrder<T>, window: PageWindow): SelectQueryBuilder<T> {
  const alias = qb.alias;
  const direction = readDirection(order, window);
  whereBeyondCursor(qb, order, window);
  if (order.key) qb.orderBy(sortKeyExpression(qb, order.key), direction).addOrderBy(`${alias}.id`, direction);
  else qb.orderBy(`${alias}.id`, direction);
  return qb;
}

/**
 * Keyset pagination, forward or backward, in the list's order (by ID when the order names no
 * key: IDs are time-ordered, so that is creation order). Stable while rows are added (X4).
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  order: ListOrder<T>,
): Promise<Connection<T>> {
  const window = pageWindow(args);
  const countQuery = qb.clone();
  applyKeyset(qb, order, window);
  const rows = window.size === 0 ? [] : await qb.take(window.size + 1).getMany();
  return toConnection(rows, window, order, () => countQuery.getCount());
}

/**
 * A page from rows read in the direction `readDirection` gives, at most `size + 1` of them (the
 * extra one tells whether there is more). Paging forward from a cursor, the cursor's row came
 * before, so `hasPreviousPage` is true; paging backward from one, `hasNextPage` is.
 */
export function toConnection<T extends { id: string }>(rows: readonly T[], window: PageWindow, order: ListOrder<T>, count: () => Promise<number>): Connection<T> {
  const more = rows.length > window.size;
  const nodes = rows.slice(0, window.size);
  if (window.backward) nodes.reverse();
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(order, node) }));
  const fromCursor = window.cursor !== null;
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage: window.backward ? fromCursor : more,
      hasPreviousPage: window.backward ? more : fromCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: count,
  };
}

/** An `orderBy` argument as clients send it: a field of the list's order enum and a direction. */
export interface OrderByArg<F extends string> {
  field: F;
  direction?: Direction | null;
}

/**
 * The order a list is read in from its `orderBy` argument: `keys` maps each sortable field to the
 * property holding its value (null: the ID, which is creation order). Without `orderBy`, the
 * list's default: by ID in `fallback` direction.
 */
export function orderOf<T, F extends string>(
  list: string,
  orderBy: OrderByArg<F> | null | undefined,
  keys: Readonly<Record<F, (keyof T & string) | null>>,
  fallback: Direction = 'ASC',
): ListOrder<T> {
  if (!orderBy) return byId<T>(list, fallback);
  const key = keys[orderBy.field];
  const direction = orderBy.direction ?? 'ASC';
  return key === null ? { list, field: orderBy.field, direction } : { list, field: orderBy.field, key, direction };
}

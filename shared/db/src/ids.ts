import { v7 } from 'uuid';

/** Time-ordered UUIDs: inserts stay at the end of the primary key index, and ID order is creation order. */
export function newId(): string {
  return v7();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isId(value: string): boolean {
  return UUID.test(value);
}

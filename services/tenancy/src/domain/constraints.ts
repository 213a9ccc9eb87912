/** True when the error is a foreign-key violation, in either database. */
export function isForeignKeyViolation(err: unknown): boolean {
  const driver = (err as { driverError?: { code?: string } }).driverError ?? (err as { code?: string });
  const code = (driver as { code?: string }).code;
  return code === 'ER_NO_REFERENCED_ROW_2' || code === 'ER_ROW_IS_REFERENCED_2' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

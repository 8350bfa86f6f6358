import { QueryFailedError } from 'typeorm';

function violates(error: unknown, code: string | null, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return (code === null || driverError.code === code) && (!constraint || driverError.constraint === constraint);
}

/** True when `error` is PostgreSQL refusing a duplicate on the named constraint (or any, without a name). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  return violates(error, '23505', constraint);
}

/** True when `error` is PostgreSQL refusing to delete (or write) a row a foreign key holds to (or lacks). */
export function isForeignKeyViolation(error: unknown, constraint?: string): boolean {
  return violates(error, '23503', constraint);
}

export function isConstraintViolation(error: unknown, constraint: string): boolean {
  return violates(error, null, constraint);
}

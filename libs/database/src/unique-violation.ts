import { QueryFailedError } from 'typeorm';

/** True when `error` is PostgreSQL refusing a duplicate on the named constraint (or any, without a name). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && (!constraint || driverError.constraint === constraint);
}

export function isConstraintViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { constraint?: string };
  return driverError.constraint === constraint;
}

import { QueryFailedError } from 'typeorm';

function broke(error: unknown, sqlState: string, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === sqlState && driverError.constraint === constraint;
}

/** True when a statement broke the named unique index or constraint (SQLSTATE 23505). */
export function violates(error: unknown, constraint: string): boolean {
  return broke(error, '23505', constraint);
}

/**
 * True when a statement broke the named foreign key (SQLSTATE 23503): an insert referred to a row
 * that is gone, or a delete removed a row still referred to — typically a race with another request.
 */
export function violatesForeignKey(error: unknown, constraint: string): boolean {
  return broke(error, '23503', constraint);
}

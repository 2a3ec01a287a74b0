import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';

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

// SQLSTATEs of a server going away or not back yet: admin_shutdown (a restart), crash_shutdown,
// cannot_connect_now (starting up, shutting down, in recovery) and too_many_connections.
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
const CONNECTION_EXCEPTION = /^08[0-9A-Z]{3}$/;
// The socket to the server could not be opened or broke.
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// What pg and pg-pool say when a connection ends under a query, cannot be had in time, or the pool is gone.
const LOST_CONNECTION =
  /Connection terminated|timeout exceeded when trying to connect|is not queryable|Cannot use a pool after calling end|not currently accepting connections/;

/**
 * True when the database is down, restarting or unreachable (not when a statement was wrong): the
 * request may succeed if tried again shortly. Looks through TypeORM's wrapper to the driver's error.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 3) return false;
  // TypeORM releases a transaction's connection when it breaks; the transaction's next statement
  // (or its COMMIT, never sent) meets one of these.
  if (error instanceof QueryRunnerProviderAlreadyReleasedError || error instanceof QueryRunnerAlreadyReleasedError) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_STATES.has(code) || CONNECTION_EXCEPTION.test(code) || SOCKET_CODES.has(code))) return true;
  if (LOST_CONNECTION.test(error.message)) return true;
  const inner: unknown = error instanceof QueryFailedError ? error.driverError : error.cause;
  return inner !== error && isDatabaseUnavailable(inner, depth + 1);
}

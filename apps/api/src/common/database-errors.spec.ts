import { DatabaseError } from 'pg';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-errors';

/** A server error as pg builds it from the wire, wrapped the way TypeORM hands it to us. */
function failed(sqlState: string, message = 'from the server'): QueryFailedError {
  const error = new DatabaseError(message, message.length, 'error');
  error.code = sqlState;
  return new QueryFailedError('SELECT 1', [], error);
}

const socketError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code });

describe('isDatabaseUnavailable', () => {
  it('knows a server restarting, starting up or out of connections', () => {
    for (const sqlState of ['57P01', '57P02', '57P03', '53300', '08006', '08003', '08P01']) expect(isDatabaseUnavailable(failed(sqlState))).toBe(true);
  });

  it('knows a socket refused or cut, and pg and pg-pool losing or not getting a connection', () => {
    expect(isDatabaseUnavailable(socketError('ECONNREFUSED'))).toBe(true);
    expect(isDatabaseUnavailable(socketError('ECONNRESET'))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new AggregateError([socketError('ECONNREFUSED')]), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new QueryFailedError('SELECT 1', [], new Error('Connection terminated unexpectedly')))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseUnavailable(new QueryRunnerProviderAlreadyReleasedError())).toBe(true);
    expect(isDatabaseUnavailable(new QueryRunnerAlreadyReleasedError())).toBe(true);
    expect(isDatabaseUnavailable(failed('55000', 'database "kgh" is not currently accepting connections'))).toBe(true);
  });

  it('leaves a wrong statement, a broken constraint and a plain bug alone', () => {
    for (const sqlState of ['23505', '23503', '42601', '42P01', '40001', '22P02', '55000']) expect(isDatabaseUnavailable(failed(sqlState))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

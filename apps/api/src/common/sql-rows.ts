// TypeORM types every raw query's answer `any`; the answers are named here, once, by the caller.

/** An EntityManager, a DataSource or a Repository: anything that runs SQL. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** The rows of a SELECT, or of a statement with RETURNING, as the caller says they look. */
export function rowsOf<T>(runner: SqlRunner, sql: string, parameters: unknown[] = []): Promise<T[]> {
  return runner.query(sql, parameters) as Promise<T[]>;
}

/** How many rows an UPDATE or DELETE without RETURNING changed (TypeORM answers those with [rows, affected]). */
export async function affectedRows(runner: SqlRunner, sql: string, parameters: unknown[] = []): Promise<number> {
  const [, affected] = (await runner.query(sql, parameters)) as [unknown[], number];
  return affected;
}

/** Runs one UPDATE and tells whether it changed a row. */
export async function updatedRow(runner: SqlRunner, sql: string, parameters: unknown[]): Promise<boolean> {
  return (await affectedRows(runner, sql, parameters)) > 0;
}

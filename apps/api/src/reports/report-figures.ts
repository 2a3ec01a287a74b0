import type { PeriodCountView } from './dto/report-views.dto';
import type { ReportMonth } from './report-month';
import type { ReportScope } from './report-scope';

// What every section's query shares: its parameters, and turning PostgreSQL's bigint and numeric
// answers (text) into numbers — counts and fen of a district fit a JavaScript number exactly.

/** $1, $2: the scope's orgs and their units; $3 the year's start; $4 the month's; $5 its end. */
export function windowParameters(scope: ReportScope, month: ReportMonth): unknown[] {
  return [scope.orgIds, scope.unitIds, month.yearStart, month.start, month.end];
}

/** Rows keyed by their `unit_id`. */
export function byUnit<T extends { unit_id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.unit_id, row]));
}

export function period(month: string | number | null | undefined, yearToDate: string | number | null | undefined): PeriodCountView {
  return { month: Number(month ?? 0), yearToDate: Number(yearToDate ?? 0) };
}

export const noPeriod = (): PeriodCountView => ({ month: 0, yearToDate: 0 });

/**
 * Rows of the same shape added up leaf by leaf: numbers summed, arrays element by element (the
 * occupations and programmes come in one order in every row), anything else taken from the first.
 * Ratios are not sums: the caller works them out again from the summed parts.
 */
export function sumOf<T>(rows: T[]): T {
  const [first] = rows;
  if (typeof first === 'number') return rows.reduce((sum, value) => sum + (value as number), 0) as T;
  if (Array.isArray(first)) return first.map((_, i) => sumOf(rows.map((row) => (row as unknown[])[i]))) as T;
  if (first !== null && typeof first === 'object' && !(first instanceof Date)) {
    return Object.fromEntries(Object.keys(first).map((key) => [key, sumOf(rows.map((row) => (row as Record<string, unknown>)[key]))])) as T;
  }
  return first;
}

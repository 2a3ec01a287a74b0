import { PROBLEM_OVERDUE_DAYS } from '@kgh/shared';

// How long a problem found on a visit has been open, in whole days of Asia/Shanghai (UTC+8 all
// year since 1991, so a day there is a fixed offset from UTC).

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** Today in Asia/Shanghai, YYYY-MM-DD. */
export function shanghaiToday(now = new Date()): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The year in Asia/Shanghai. */
export function shanghaiYear(now = new Date()): number {
  return Number(shanghaiToday(now).slice(0, 4));
}

/** Whole days from one YYYY-MM-DD to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Days from the visit to the solution, or to today while open; overdue when open for more than 30 days. */
export function problemAge(visitedOn: string, solvedOn: string | null, today: string): { openDays: number; overdue: boolean } {
  const openDays = Math.max(0, daysBetween(visitedOn, solvedOn ?? today));
  return { openDays, overdue: solvedOn === null && openDays > PROBLEM_OVERDUE_DAYS };
}

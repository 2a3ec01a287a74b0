import { PROBLEM_OVERDUE_DAYS } from '@kgh/shared';
import { daysBetween, shanghaiToday } from '../common/calendar-day';

// How long a problem found on a visit has been open, in whole days of Asia/Shanghai.

// The Shanghai day rules now live in common/calendar-day.ts; other features still import them from here.
export { daysBetween, shanghaiToday } from '../common/calendar-day';

/** The year in Asia/Shanghai. */
export function shanghaiYear(now = new Date()): number {
  return Number(shanghaiToday(now).slice(0, 4));
}

/** Days from the visit to the solution, or to today while open; overdue when open for more than 30 days. */
export function problemAge(visitedOn: string, solvedOn: string | null, today: string): { openDays: number; overdue: boolean } {
  const openDays = Math.max(0, daysBetween(visitedOn, solvedOn ?? today));
  return { openDays, overdue: solvedOn === null && openDays > PROBLEM_OVERDUE_DAYS };
}

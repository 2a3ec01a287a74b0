import { addDays, shanghaiDayStart, shanghaiToday } from '../common/calendar-day';

// The month a report is for, and its bounds in Asia/Shanghai (calendar-day.ts: a fixed UTC+8).
// Windows are half-open: [start, end).

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The first month a report is kept for. */
export const FIRST_REPORT_MONTH = '2020-01';

export interface ReportMonth {
  /** YYYY-MM. */
  month: string;
  year: number;
  /** Midnight of 1 January of its year, Beijing time. */
  yearStart: Date;
  /** Midnight of the month's first day, Beijing time. */
  start: Date;
  /** Midnight of the next month's first day: the instant "as at the end of the month" means. */
  end: Date;
  /** The same bounds as calendar days (YYYY-MM-DD), for date columns: the year's first day, the month's, the next month's. */
  yearFirstDay: string;
  firstDay: string;
  nextFirstDay: string;
  /** The month's last day, YYYY-MM-DD. */
  lastDay: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The month (YYYY-MM) that `now` falls in, Beijing time. */
export function shanghaiMonth(now = new Date()): string {
  return shanghaiToday(now).slice(0, 7);
}

/** The month before `month` (YYYY-MM). */
export function previousMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return number === 1 ? `${year - 1}-12` : `${year}-${pad(number - 1)}`;
}

/** Bounds of a well-formed YYYY-MM. */
export function reportMonth(month: string): ReportMonth {
  const [year, number] = month.split('-').map(Number);
  const nextFirstDay = number === 12 ? `${year + 1}-01-01` : `${year}-${pad(number + 1)}-01`;
  return {
    month,
    year,
    yearStart: shanghaiDayStart(`${year}-01-01`),
    start: shanghaiDayStart(`${month}-01`),
    end: shanghaiDayStart(nextFirstDay),
    yearFirstDay: `${year}-01-01`,
    firstDay: `${month}-01`,
    nextFirstDay,
    lastDay: addDays(nextFirstDay, -1),
  };
}

/** Why `text` is no month a report can be made for (in Chinese), or null when it is one. */
export function reportMonthProblem(text: string, now = new Date()): string | null {
  if (!MONTH.test(text)) return 'month 应为 YYYY-MM 格式的月份，如 2026-11';
  if (text < FIRST_REPORT_MONTH) return `月报从 ${FIRST_REPORT_MONTH} 起提供`;
  const current = shanghaiMonth(now);
  if (text > current) return `不能查询未来的月份（本月为 ${current}）`;
  return null;
}

import { ValidateBy, ValidationArguments } from 'class-validator';

// A calendar day as staff pick it in a date filter (YYYY-MM-DD), read in the business time zone.
// Asia/Shanghai has kept UTC+8 all year since 1991, so a day's bounds are fixed offsets.
const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The day in Asia/Shanghai at `now`, YYYY-MM-DD. */
export function shanghaiToday(now = new Date()): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whole days from one YYYY-MM-DD to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The calendar day `days` after `day` (YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** True for a real date between 2000-01-01 and 2100-12-31 written YYYY-MM-DD. */
export function isCalendarDay(value: unknown): value is string {
  const match = typeof value === 'string' ? SHAPE.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 2000 && year <= 2100 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The first instant of the day in Asia/Shanghai. */
export function shanghaiDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/** The first instant after the day in Asia/Shanghai (the exclusive upper bound). */
export function shanghaiDayEnd(day: string): Date {
  return new Date(shanghaiDayStart(day).getTime() + DAY_MS);
}

/** A query field holding a calendar day (YYYY-MM-DD, Asia/Shanghai). */
export function IsCalendarDay(): PropertyDecorator {
  return ValidateBy({
    name: 'isCalendarDay',
    validator: {
      validate: isCalendarDay,
      defaultMessage: (args?: ValidationArguments) => `${args?.property ?? '日期'} 应为 YYYY-MM-DD 格式的日期（如 2026-05-01）`,
    },
  });
}

/** A calendar day no earlier than the day in the field `earlier` (when that one is given). */
export function NotBeforeDay(earlier: string): PropertyDecorator {
  return ValidateBy({
    name: 'notBeforeDay',
    constraints: [earlier],
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => {
        const other = (args?.object as Record<string, unknown> | undefined)?.[earlier];
        return !isCalendarDay(other) || !isCalendarDay(value) || value >= other;
      },
      defaultMessage: (args?: ValidationArguments) => `${args?.property ?? '结束日期'} 不能早于 ${earlier}`,
    },
  });
}

/** A day no later than today in Asia/Shanghai. */
export function NotInFuture(): PropertyDecorator {
  return ValidateBy({
    name: 'notInFuture',
    validator: {
      validate: (value) => typeof value !== 'string' || value <= shanghaiToday(),
      defaultMessage: (args?: ValidationArguments) => `${args?.property ?? '日期'} 不能晚于今天`,
    },
  });
}

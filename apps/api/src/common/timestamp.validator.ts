import { isISO8601, ValidateBy, ValidationArguments } from 'class-validator';

// A date, or a date-time with its offset: ISO 8601 also allows week dates, ordinal dates, compact
// and comma-decimal forms, which `new Date` cannot read, and a date-time without an offset would be
// read in the server's time zone.
const SHAPE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2101, 0, 1);

export function isTimestamp(value: unknown): boolean {
  if (typeof value !== 'string' || !SHAPE.test(value) || !isISO8601(value, { strict: true })) return false;
  const time = new Date(value).getTime();
  return time >= EARLIEST && time < LATEST;
}

/** A point in time between the years 2000 and 2100 the service can parse with `new Date`. */
export function IsTimestamp(): PropertyDecorator {
  return ValidateBy({
    name: 'isTimestamp',
    validator: {
      validate: isTimestamp,
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property ?? '时间'} 应为2000至2100年间的日期（如 2026-05-01）或带时区的时间（如 2026-05-01T09:00:00+08:00）`,
    },
  });
}

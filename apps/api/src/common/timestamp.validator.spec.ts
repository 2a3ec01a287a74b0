import { isTimestamp } from './timestamp.validator';

describe('isTimestamp', () => {
  it.each(['2026-05-01', '2026-05-01T09:00:00+08:00', '2026-05-01T09:00+08:00', '2026-05-01T01:00:00.123Z', '2000-01-01T00:00:00Z', '2100-12-31T23:59:59Z'])(
    'accepts %s',
    (value) => expect(isTimestamp(value)).toBe(true),
  );

  it.each([
    ['a week date', '2026-W01-1'],
    ['a compact date', '20271231'],
    ['a comma decimal', '2026-01-01T00:00:00,5Z'],
    ['a date-time without offset', '2026-05-01T09:00:00'],
    ['a day that does not exist', '2026-02-30'],
    ['a year past 2100', '9999-12-31T23:59:59-23:59'],
    ['a year before 2000', '1000-01-01'],
    ['a number', 1_700_000_000_000],
  ])('refuses %s', (_what, value) => expect(isTimestamp(value)).toBe(false));
});

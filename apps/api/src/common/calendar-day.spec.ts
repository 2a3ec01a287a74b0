import { isCalendarDay, shanghaiDayEnd, shanghaiDayStart } from './calendar-day';

describe('calendar days', () => {
  it('takes real dates written YYYY-MM-DD only', () => {
    expect(isCalendarDay('2026-02-28')).toBe(true);
    expect(isCalendarDay('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-1', '20260101', '2026-01-01T00:00:00Z', '1999-12-31', '', 42, null]) {
      expect(isCalendarDay(bad)).toBe(false);
    }
  });

  it('bounds a day at Beijing midnight, not UTC', () => {
    expect(shanghaiDayStart('2026-05-01').toISOString()).toBe('2026-04-30T16:00:00.000Z');
    expect(shanghaiDayEnd('2026-05-01').toISOString()).toBe('2026-05-01T16:00:00.000Z');
  });
});

import { daysBetween, shanghaiToday } from '../common/calendar-day';
import { problemAge, shanghaiYear } from './problem-age';

describe('problemAge', () => {
  it('counts an open problem to today and flags it after 30 days', () => {
    expect(problemAge('2026-05-01', null, '2026-05-31')).toEqual({ openDays: 30, overdue: false });
    expect(problemAge('2026-05-01', null, '2026-06-01')).toEqual({ openDays: 31, overdue: true });
  });

  it('counts a solved problem to its solution and never flags it', () => {
    expect(problemAge('2026-01-01', '2026-03-01', '2026-12-01')).toEqual({ openDays: 59, overdue: false });
  });

  it('never answers negative days', () => {
    expect(problemAge('2026-05-02', null, '2026-05-01').openDays).toBe(0);
  });
});

describe('Shanghai days', () => {
  it('turns the day at 16:00 UTC, and the year at New Year in Shanghai', () => {
    expect(shanghaiToday(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(shanghaiToday(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(shanghaiYear(new Date('2026-12-31T16:00:00Z'))).toBe(2027);
  });

  it('counts days across a month and a leap day', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });
});

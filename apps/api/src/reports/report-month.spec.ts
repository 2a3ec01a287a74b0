import { previousMonth, reportMonth, reportMonthProblem, shanghaiMonth } from './report-month';

describe('reportMonth', () => {
  it('starts and ends the month at Beijing midnight, which is 16:00 UTC the day before', () => {
    const november = reportMonth('2026-11');
    expect(november.start.toISOString()).toBe('2026-10-31T16:00:00.000Z');
    expect(november.end.toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(november.yearStart.toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(november).toMatchObject({
      month: '2026-11',
      year: 2026,
      yearFirstDay: '2026-01-01',
      firstDay: '2026-11-01',
      nextFirstDay: '2026-12-01',
      lastDay: '2026-11-30',
    });
  });

  it('ends December at the next year’s first midnight', () => {
    const december = reportMonth('2026-12');
    expect(december.end.toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(december).toMatchObject({ nextFirstDay: '2027-01-01', lastDay: '2026-12-31' });
  });

  it('knows February’s length, leap years included', () => {
    expect(reportMonth('2024-02').lastDay).toBe('2024-02-29');
    expect(reportMonth('2026-02').lastDay).toBe('2026-02-28');
  });
});

describe('shanghaiMonth', () => {
  it('is already next month in Beijing from 16:00 UTC on the last day', () => {
    expect(shanghaiMonth(new Date('2026-11-30T15:59:59.999Z'))).toBe('2026-11');
    expect(shanghaiMonth(new Date('2026-11-30T16:00:00.000Z'))).toBe('2026-12');
  });
});

describe('previousMonth', () => {
  it('steps back across a year', () => {
    expect(previousMonth('2026-11')).toBe('2026-10');
    expect(previousMonth('2026-01')).toBe('2025-12');
  });
});

describe('reportMonthProblem', () => {
  const now = new Date('2026-12-03T06:00:00Z');

  it('accepts any month from January 2020 to this month', () => {
    for (const month of ['2020-01', '2024-02', '2026-11', '2026-12']) expect(reportMonthProblem(month, now)).toBeNull();
  });

  it('refuses what is not YYYY-MM', () => {
    for (const text of ['', '2026-13', '2026-00', '2026-1', '202611', '2026-11-01', 'abc', ' 2026-11']) {
      expect(reportMonthProblem(text, now)).toContain('YYYY-MM');
    }
  });

  it('refuses months before 2020 and after this month', () => {
    expect(reportMonthProblem('2019-12', now)).toContain('2020-01');
    expect(reportMonthProblem('2027-01', now)).toContain('未来');
  });

  it('counts this month in Beijing time', () => {
    expect(reportMonthProblem('2027-01', new Date('2026-12-31T16:00:00Z'))).toBeNull();
  });
});

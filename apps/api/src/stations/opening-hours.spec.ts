import { formatOpeningHours, isOpenAt, OpeningHours, openingHoursProblem, parseOpeningHoursText, shanghaiClock } from './opening-hours';

// Wall-clock times in Shanghai. 2026-06-01 is a Monday.
const at = (local: string) => new Date(`${local}+08:00`);

const weekdaysOnly: OpeningHours = {
  is24h: false,
  weekly: { mon: [['08:30', '17:30']], tue: [['08:30', '17:30']], wed: [['08:30', '17:30']], thu: [['08:30', '17:30']], fri: [['08:30', '17:30']] },
};
const nightShift: OpeningHours = { is24h: false, weekly: { fri: [['22:00', '06:00']], sat: [['22:00', '06:00']] } };
const splitDay: OpeningHours = {
  is24h: false,
  weekly: {
    mon: [
      ['08:00', '12:00'],
      ['14:00', '24:00'],
    ],
  },
};

describe('shanghaiClock', () => {
  it('reads the weekday and minute in UTC+8 whatever the instant’s own offset', () => {
    expect(shanghaiClock(new Date('2026-06-01T16:30:00Z'))).toEqual({ day: 'tue', minute: 30 });
    expect(shanghaiClock(at('2026-06-07T23:59:00'))).toEqual({ day: 'sun', minute: 23 * 60 + 59 });
  });

  it('has no daylight-saving jumps: the same wall time in January and July', () => {
    expect(shanghaiClock(new Date('2026-01-15T02:00:00Z')).minute).toBe(600);
    expect(shanghaiClock(new Date('2026-07-15T02:00:00Z')).minute).toBe(600);
    expect(shanghaiClock(new Date('2026-03-29T01:30:00Z')).minute).toBe(570); // the night Europe springs forward
  });
});

describe('isOpenAt', () => {
  it('is open inside a span and closed at its end (end is exclusive)', () => {
    expect(isOpenAt(weekdaysOnly, [], at('2026-06-01T08:30:00'))).toBe(true);
    expect(isOpenAt(weekdaysOnly, [], at('2026-06-01T17:29:00'))).toBe(true);
    expect(isOpenAt(weekdaysOnly, [], at('2026-06-01T17:30:00'))).toBe(false);
    expect(isOpenAt(weekdaysOnly, [], at('2026-06-01T08:29:00'))).toBe(false);
  });

  it('keeps a weekdays-only station closed on Saturday and Sunday', () => {
    expect(isOpenAt(weekdaysOnly, [], at('2026-06-06T10:00:00'))).toBe(false);
    expect(isOpenAt(weekdaysOnly, [], at('2026-06-07T10:00:00'))).toBe(false);
    expect(isOpenAt(weekdaysOnly, [], at('2026-06-05T10:00:00'))).toBe(true);
  });

  it('counts a span past midnight for the next morning, and only then', () => {
    expect(isOpenAt(nightShift, [], at('2026-06-05T23:00:00'))).toBe(true); // Friday night
    expect(isOpenAt(nightShift, [], at('2026-06-06T03:00:00'))).toBe(true); // Saturday early, from Friday
    expect(isOpenAt(nightShift, [], at('2026-06-06T06:00:00'))).toBe(false);
    expect(isOpenAt(nightShift, [], at('2026-06-06T12:00:00'))).toBe(false);
    expect(isOpenAt(nightShift, [], at('2026-06-07T05:59:00'))).toBe(true); // Sunday early, from Saturday
    expect(isOpenAt(nightShift, [], at('2026-06-08T03:00:00'))).toBe(false); // Monday early: Sunday has no night span
    expect(isOpenAt(nightShift, [], at('2026-06-05T03:00:00'))).toBe(false); // Friday early: Thursday has none
  });

  it('carries Sunday night into Monday morning across the week boundary', () => {
    const sundayNight: OpeningHours = { is24h: false, weekly: { sun: [['20:00', '02:00']] } };
    expect(isOpenAt(sundayNight, [], at('2026-06-08T01:00:00'))).toBe(true);
    expect(isOpenAt(sundayNight, [], at('2026-06-08T02:00:00'))).toBe(false);
  });

  it('handles several spans a day and a span ending at 24:00', () => {
    expect(isOpenAt(splitDay, [], at('2026-06-01T13:00:00'))).toBe(false);
    expect(isOpenAt(splitDay, [], at('2026-06-01T23:59:00'))).toBe(true);
    expect(isOpenAt(splitDay, [], at('2026-06-02T00:00:00'))).toBe(false);
  });

  it('keeps a 24-hour station open at any time', () => {
    const allDay: OpeningHours = { is24h: true, weekly: {} };
    for (const time of ['2026-06-01T00:00:00', '2026-06-06T03:17:00', '2026-06-07T23:59:59']) {
      expect(isOpenAt(allDay, [], at(time))).toBe(true);
    }
  });

  it('lets a closure override the schedule, from inclusive to exclusive', () => {
    const closures = [{ from: '2026-06-01T12:00:00+08:00', to: '2026-06-01T15:00:00+08:00', reason: '停电检修' }];
    expect(isOpenAt(weekdaysOnly, closures, at('2026-06-01T11:59:00'))).toBe(true);
    expect(isOpenAt(weekdaysOnly, closures, at('2026-06-01T12:00:00'))).toBe(false);
    expect(isOpenAt({ is24h: true, weekly: {} }, closures, at('2026-06-01T14:59:00'))).toBe(false);
    expect(isOpenAt(weekdaysOnly, closures, at('2026-06-01T15:00:00'))).toBe(true);
  });
});

describe('openingHoursProblem', () => {
  it('accepts good schedules', () => {
    for (const hours of [weekdaysOnly, nightShift, splitDay, { is24h: true, weekly: {} }]) expect(openingHoursProblem(hours)).toBeNull();
  });

  it.each([
    ['not an object', 'mon 8-20'],
    ['no is24h', { weekly: { mon: [['08:00', '20:00']] } }],
    ['unknown day', { is24h: false, weekly: { monday: [['08:00', '20:00']] } }],
    ['hour 25', { is24h: false, weekly: { mon: [['08:00', '25:00']] } }],
    ['start at 24:00', { is24h: false, weekly: { mon: [['24:00', '02:00']] } }],
    ['empty span', { is24h: false, weekly: { mon: [['08:00', '08:00']] } }],
    ['never open', { is24h: false, weekly: { mon: [] } }],
    ['extra field', { is24h: true, weekly: {}, note: 'x' }],
    ['a span of three', { is24h: false, weekly: { mon: [['08:00', '12:00', '18:00']] } }],
  ])('refuses %s', (_name, value) => {
    expect(openingHoursProblem(value)).toEqual(expect.any(String));
  });
});

describe('parseOpeningHoursText and formatOpeningHours', () => {
  it('reads day ranges, day lists and several spans', () => {
    expect(parseOpeningHoursText('mon-fri 08:30-17:30')).toEqual({ hours: weekdaysOnly });
    expect(parseOpeningHoursText(' FRI,SAT 22:00-06:00 ')).toEqual({ hours: nightShift });
    expect(parseOpeningHoursText('24h')).toEqual({ hours: { is24h: true, weekly: {} } });
  });

  it('round-trips through the canonical text', () => {
    for (const hours of [weekdaysOnly, nightShift, splitDay]) {
      expect(parseOpeningHoursText(formatOpeningHours(hours))).toEqual({ hours });
    }
    expect(formatOpeningHours(weekdaysOnly)).toBe('mon-fri 08:30-17:30');
    expect(formatOpeningHours(splitDay)).toBe('mon 08:00-12:00,14:00-24:00');
  });

  it.each(['', 'weekdays 08:00-18:00', 'mon 8:00-18:00', 'fri-mon 08:00-18:00', 'mon 08:00-18:00 extra', 'mon'])('refuses %p', (text) => {
    expect(parseOpeningHoursText(text)).toEqual({ problem: expect.any(String) });
  });
});

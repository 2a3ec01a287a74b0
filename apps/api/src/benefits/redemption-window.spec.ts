import { batchDays, redemptionWindow } from './redemption-window';

// A checkup batch on 12月6日 Shanghai time: 08:00–11:30 there.
const batch = { startsAt: new Date('2026-12-06T08:00:00+08:00'), endsAt: new Date('2026-12-06T11:30:00+08:00') };

describe('batchDays', () => {
  it('reads the batch in Shanghai days, its end exclusive', () => {
    expect(batchDays(batch)).toEqual({ firstDay: '2026-12-06', lastDay: '2026-12-06' });
    expect(batchDays({ startsAt: new Date('2026-12-05T16:00:00Z'), endsAt: new Date('2026-12-07T16:00:00Z') })).toEqual({
      firstDay: '2026-12-06',
      lastDay: '2026-12-07',
    });
  });
});

describe('redemptionWindow', () => {
  it('says nothing on the batch day, early morning or late evening there', () => {
    for (const now of ['2026-12-06T00:00:00+08:00', '2026-12-06T23:59:59+08:00']) {
      expect(redemptionWindow(batch, 'refuse', new Date(now))).toEqual({ warning: null, refusal: null });
    }
  });

  it('warns on another day, naming the batch day, and refuses only where the programme says so', () => {
    const early = new Date('2026-12-02T10:00:00+08:00');
    expect(redemptionWindow(batch, 'warn', early)).toEqual({
      warning: { code: 'OUTSIDE_REDEMPTION_WINDOW', message: '该批次为12月6日，今天不在核销时段内' },
      refusal: null,
    });
    expect(redemptionWindow(batch, 'refuse', early).refusal).toEqual({
      code: 'OUTSIDE_REDEMPTION_WINDOW',
      message: '该批次为12月6日，该项目只能在批次当天核销',
    });
  });

  it('counts the day after in Shanghai even while it is still the batch day in UTC', () => {
    expect(redemptionWindow(batch, 'warn', new Date('2026-12-06T16:30:00Z')).warning).not.toBeNull();
  });

  it('names both ends of a batch of several days', () => {
    const trip = { startsAt: new Date('2026-12-06T08:00:00+08:00'), endsAt: new Date('2026-12-08T18:00:00+08:00') };
    expect(redemptionWindow(trip, 'warn', new Date('2026-12-07T12:00:00+08:00')).warning).toBeNull();
    expect(redemptionWindow(trip, 'warn', new Date('2026-12-09T09:00:00+08:00')).warning?.message).toBe('该批次为12月6日至12月8日，今天不在核销时段内');
  });

  it('has no window without a batch', () => {
    expect(redemptionWindow(null, 'refuse', new Date())).toEqual({ warning: null, refusal: null });
  });
});

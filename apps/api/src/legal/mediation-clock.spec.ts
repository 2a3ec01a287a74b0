import { isMediationOverdue, isRequestOverdue, mediationDueOn, registrationDay, requestDueOn } from './mediation-clock';

describe('the mediation clock', () => {
  it('counts from the Shanghai day of registration: 23:30 there (15:30 UTC) is still that day', () => {
    expect(registrationDay(new Date('2026-12-03T15:30:00Z'))).toBe('2026-12-03');
    expect(registrationDay(new Date('2026-12-03T16:30:00Z'))).toBe('2026-12-04');
  });

  it('ends 15 calendar days after registration, across months and years', () => {
    expect(mediationDueOn('2026-12-03')).toBe('2026-12-18');
    expect(mediationDueOn('2026-12-20')).toBe('2027-01-04');
    expect(mediationDueOn('2028-02-20')).toBe('2028-03-06');
  });

  it('is overdue from the day after the last day, only while registered or mediating', () => {
    expect(isMediationOverdue('mediating', '2026-12-18', '2026-12-18')).toBe(false);
    expect(isMediationOverdue('mediating', '2026-12-18', '2026-12-19')).toBe(true);
    expect(isMediationOverdue('registered', '2026-12-18', '2026-12-19')).toBe(true);
    for (const status of ['agreed', 'fulfilled', 'failed', 'referred', 'withdrawn', 'declined'] as const) {
      expect(isMediationOverdue(status, '2026-12-18', '2027-01-30')).toBe(false);
    }
    expect(isMediationOverdue('submitted', null, '2027-01-30')).toBe(false);
  });
});

describe('the request clock', () => {
  it('is due 3 Shanghai days after the day it arrived', () => {
    expect(requestDueOn(new Date('2026-12-03T15:30:00Z'))).toBe('2026-12-06');
    expect(requestDueOn(new Date('2026-12-03T16:30:00Z'))).toBe('2026-12-07');
  });

  it('is overdue only while still submitted', () => {
    expect(isRequestOverdue('submitted', '2026-12-06', '2026-12-06')).toBe(false);
    expect(isRequestOverdue('submitted', '2026-12-06', '2026-12-07')).toBe(true);
    expect(isRequestOverdue('answered', '2026-12-06', '2026-12-07')).toBe(false);
  });
});

import { claimPeriodKey, seasonOf } from './claim-period';

describe('seasonOf', () => {
  it('counts January and February in the winter that began the November before', () => {
    expect(seasonOf(new Date('2026-11-01T00:00:00+08:00'))).toBe('2026-winter');
    expect(seasonOf(new Date('2027-02-28T23:59:59+08:00'))).toBe('2026-winter');
    expect(seasonOf(new Date('2027-03-01T00:00:00+08:00'))).toBe('2027-spring');
  });

  it('reads the month in Shanghai time, not UTC', () => {
    // 31 May 16:30 UTC is already 1 June in Shanghai.
    expect(seasonOf(new Date('2027-05-31T16:30:00Z'))).toBe('2027-summer');
  });
});

describe('claimPeriodKey', () => {
  it('gives one key per calendar year in Shanghai', () => {
    expect(claimPeriodKey('year', new Date('2026-12-31T16:00:00Z'), null)).toBe('2027');
    expect(claimPeriodKey('year', new Date('2026-12-31T15:59:59Z'), null)).toBe('2026');
  });

  it('keys per session or once per programme', () => {
    expect(claimPeriodKey('session', new Date(), 'abc')).toBe('session:abc');
    expect(claimPeriodKey('programme', new Date(), 'abc')).toBe('programme');
  });
});

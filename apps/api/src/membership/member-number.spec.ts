import { memberNumber } from './member-number';

describe('memberNumber', () => {
  it('joins the district prefix, the year and a padded sequence', () => {
    expect(memberNumber(new Date('2026-06-01T08:00:00+08:00'), 123)).toBe('KQ2026000123');
  });

  it('takes the year in Asia/Shanghai, not UTC', () => {
    expect(memberNumber(new Date('2026-12-31T17:00:00Z'), 1)).toBe('KQ2027000001');
  });
});

import { ErrorCode } from '@kgh/shared';
import { AppException } from '../common/app-exception';
import { requireRecoveredWithinAgreed } from './legal-amounts';
import { yuan } from './legal-step-text';

describe('requireRecoveredWithinAgreed', () => {
  it('takes recovered up to the agreed amount, or either one missing', () => {
    for (const [recovered, agreed] of [
      [300_000, 300_000],
      [0, 300_000],
      [null, 300_000],
      [300_000, null],
    ] as const) {
      expect(() => requireRecoveredWithinAgreed(recovered, agreed, null)).not.toThrow();
    }
  });

  it('refuses more than agreed with 422 RECOVERED_ABOVE_AGREED, unless a reason is given', () => {
    let error: unknown;
    try {
      requireRecoveredWithinAgreed(300_001, 300_000, null);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(AppException);
    expect((error as AppException).code).toBe(ErrorCode.RecoveredAboveAgreed);
    expect((error as AppException).status).toBe(422);
    expect(() => requireRecoveredWithinAgreed(300_001, 300_000, '含逾期利息')).not.toThrow();
  });
});

describe('yuan', () => {
  it('writes fen as yuan with two decimals, by integer arithmetic', () => {
    expect(yuan(300_000)).toBe('3,000.00元');
    expect(yuan(5)).toBe('0.05元');
    expect(yuan(123_456_789)).toBe('1,234,567.89元');
  });
});

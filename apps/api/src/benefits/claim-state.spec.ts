import { CLAIM_STATUSES, ErrorCode } from '@kgh/shared';
import { AppException } from '../common/app-exception';
import { statusesBefore, transition } from './claim-state';

const codeOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return (error as AppException).code;
  }
  return null;
};

describe('transition', () => {
  it('redeems a confirmed claim once; the second redemption is ALREADY_REDEEMED', () => {
    expect(transition('confirmed', 'redeem')).toBe('redeemed');
    expect(codeOf(() => transition('redeemed', 'redeem'))).toBe(ErrorCode.AlreadyRedeemed);
  });

  it('refuses to redeem a claim that is not confirmed', () => {
    for (const from of ['waitlisted', 'pending_review', 'cancelled', 'expired', 'rejected'] as const) {
      expect(codeOf(() => transition(from, 'redeem'))).toBe(ErrorCode.ClaimNotRedeemable);
    }
  });

  it('cancels only live, unredeemed claims', () => {
    expect(transition('waitlisted', 'cancel')).toBe('cancelled');
    expect(transition('pending_review', 'cancel')).toBe('cancelled');
    expect(codeOf(() => transition('redeemed', 'cancel'))).toBe(ErrorCode.ClaimNotCancellable);
    expect(codeOf(() => transition('cancelled', 'cancel'))).toBe(ErrorCode.ClaimNotCancellable);
  });

  it('reviews only pending claims', () => {
    expect(transition('pending_review', 'approve')).toBe('confirmed');
    expect(transition('pending_review', 'reject')).toBe('rejected');
    expect(codeOf(() => transition('confirmed', 'approve'))).toBe(ErrorCode.ClaimNotPendingReview);
  });

  it('has no way out of a final status', () => {
    const events = ['approve', 'reject', 'cancel', 'redeem', 'expire', 'promote', 'promote_for_review'] as const;
    for (const final of ['redeemed', 'cancelled', 'rejected', 'expired'] as const) {
      for (const event of events) expect(codeOf(() => transition(final, event))).not.toBeNull();
    }
  });
});

describe('statusesBefore', () => {
  it('lists the statuses an event leaves from', () => {
    expect(statusesBefore('expire').sort()).toEqual(['confirmed', 'pending_review', 'waitlisted']);
    expect(statusesBefore('redeem')).toEqual(['confirmed']);
    expect(CLAIM_STATUSES).toEqual(expect.arrayContaining(statusesBefore('cancel')));
  });
});

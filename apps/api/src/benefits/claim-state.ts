import { ClaimStatus, ErrorCode } from '@kgh/shared';
import { AppException } from '../common/app-exception';

export type ClaimEvent = 'approve' | 'reject' | 'cancel' | 'redeem' | 'expire' | 'promote' | 'promote_for_review';

/**
 * The claim state machine: requested → confirmed | waitlisted | pending_review → redeemed,
 * cancelled, rejected or expired. Every status change in the code goes through `transition`.
 */
const TRANSITIONS: Record<ClaimEvent, Partial<Record<ClaimStatus, ClaimStatus>>> = {
  approve: { pending_review: 'confirmed' },
  reject: { pending_review: 'rejected' },
  cancel: { pending_review: 'cancelled', confirmed: 'cancelled', waitlisted: 'cancelled' },
  redeem: { confirmed: 'redeemed' },
  expire: { pending_review: 'expired', confirmed: 'expired', waitlisted: 'expired' },
  promote: { waitlisted: 'confirmed' },
  // A programme that needs staff approval sends a promoted claim to review, not straight to confirmed.
  promote_for_review: { waitlisted: 'pending_review' },
};

/** Statuses that hold a place; an expired claim keeps its place because its session is over. */
export const HOLDS_PLACE: ClaimStatus[] = ['pending_review', 'confirmed', 'redeemed', 'expired'];
/** Statuses whose cost counts as spent. */
export const HOLDS_BUDGET: ClaimStatus[] = ['pending_review', 'confirmed', 'redeemed'];

const ILLEGAL: Record<ClaimEvent, [ErrorCode, string]> = {
  approve: [ErrorCode.ClaimNotPendingReview, '该申领不在待审核状态'],
  reject: [ErrorCode.ClaimNotPendingReview, '该申领不在待审核状态'],
  cancel: [ErrorCode.ClaimNotCancellable, '该申领已使用、已取消或已过期，不能取消'],
  redeem: [ErrorCode.ClaimNotRedeemable, '该申领当前不能核销（未确认、已取消或已过期）'],
  expire: [ErrorCode.Conflict, '该申领不能置为过期'],
  promote: [ErrorCode.Conflict, '该申领不在候补中'],
  promote_for_review: [ErrorCode.Conflict, '该申领不在候补中'],
};

/** The status after `event`, or the 409 that names why the change is not allowed. */
export function transition(from: ClaimStatus, event: ClaimEvent): ClaimStatus {
  const to = TRANSITIONS[event][from];
  if (to) return to;
  const { code, message } = refusalOf(from, event)!;
  throw new AppException(code, message);
}

/** Why `event` may not leave `from` (a code and its Chinese text), or null when it may: for previews. */
export function refusalOf(from: ClaimStatus, event: ClaimEvent): { code: ErrorCode; message: string } | null {
  if (TRANSITIONS[event][from]) return null;
  if (event === 'redeem' && from === 'redeemed') return { code: ErrorCode.AlreadyRedeemed, message: '该福利已核销，不能重复使用' };
  const [code, message] = ILLEGAL[event];
  return { code, message };
}

/** The statuses `event` may leave from, for a conditional UPDATE … WHERE status = ANY(…). */
export function statusesBefore(event: ClaimEvent): ClaimStatus[] {
  return Object.keys(TRANSITIONS[event]) as ClaimStatus[];
}

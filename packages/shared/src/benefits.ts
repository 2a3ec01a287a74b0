import type { Gender } from './id-number';

// Benefit claims and eligibility: the statuses and reason codes both the API and the mini-app show.

export const CLAIM_STATUSES = ['pending_review', 'confirmed', 'waitlisted', 'rejected', 'redeemed', 'cancelled', 'expired'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_STATUS_NAMES: Record<ClaimStatus, string> = {
  pending_review: '待审核',
  confirmed: '已确认',
  waitlisted: '候补中',
  rejected: '未通过',
  redeemed: '已使用',
  cancelled: '已取消',
  expired: '已过期',
};

/** Why a member may not claim a programme now; stable codes the mini-app can branch on. */
export const ELIGIBILITY_REASONS = [
  'NOT_A_MEMBER',
  'OUTSIDE_UNION',
  'PROGRAMME_CLOSED',
  'OCCUPATION_NOT_COVERED',
  'GENDER_NOT_COVERED',
  'MEMBERSHIP_TOO_RECENT',
  'ALREADY_CLAIMED',
  'NOT_OPEN_YET',
] as const;
export type EligibilityReason = (typeof ELIGIBILITY_REASONS)[number];

/** How often a member may hold a claim of one programme. */
export const CLAIM_PERIODS = ['year', 'season', 'programme', 'session'] as const;
export type ClaimPeriod = (typeof CLAIM_PERIODS)[number];

/** What redeeming a batch's claim on a day outside the batch's dates does: warn the provider, or refuse. */
export const OUTSIDE_WINDOW_REDEMPTIONS = ['warn', 'refuse'] as const;
export type OutsideWindowRedemption = (typeof OUTSIDE_WINDOW_REDEMPTIONS)[number];

export const GENDERS: readonly Gender[] = ['male', 'female'];

import { CLAIM_STATUS_NAMES, Gender, maskName } from '@kgh/shared';
import { accountRef } from '../common/dto/account-ref.dto';
import type { BenefitClaim } from './benefit-claim.entity';
import type { BenefitProgramme } from './benefit-programme.entity';
import type { BenefitSession } from './benefit-session.entity';
import { cancellationDeadline } from './cancellation';
import { claimCostFen } from './claim-cost';
import type {
  AdminClaimView,
  AdminProgrammeDetailView,
  AdminProgrammeView,
  AdminSessionView,
  ClaimView,
  ProgrammeView,
  SessionView,
} from './dto/benefit-views.dto';
import type { Eligibility } from './eligibility';

function programmeFields(programme: BenefitProgramme) {
  return {
    id: programme.id,
    code: programme.code,
    name: programme.name,
    description: programme.description,
    orgId: programme.orgId,
    periodStart: programme.periodStart,
    periodEnd: programme.periodEnd,
    claimPeriod: programme.claimPeriod,
    hasSessions: programme.hasSessions,
    capacity: programme.capacity,
    remaining: programme.remaining,
    costFen: programme.costFen,
    costFenFemale: programme.costFenFemale,
    requiresApproval: programme.requiresApproval,
    hasWaitlist: programme.hasWaitlist,
    cancelHoursBefore: programme.cancelHoursBefore,
    outsideWindowRedemption: programme.outsideWindowRedemption,
    rules: programme.rules,
  };
}

/** A programme as workers see it. Money is integer fen; `costFen` is the caller's own cost when known. */
export function programmeView(programme: BenefitProgramme, gender: Gender | null, eligibility: Eligibility): ProgrammeView {
  return { ...programmeFields(programme), costFen: gender ? claimCostFen(programme, gender) : programme.costFen, eligibility };
}

/** A batch with its places; `opensAtForMe` is earlier than `opensAt` for priority occupations. */
export function sessionView(session: BenefitSession, opensAtForMe: Date): SessionView {
  return {
    id: session.id,
    programmeId: session.programmeId,
    name: session.name,
    location: session.location,
    opensAt: session.opensAt,
    opensAtForMe,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    capacity: session.capacity,
    remaining: session.remaining,
  };
}

export function claimView(claim: BenefitClaim, programme: BenefitProgramme, session: BenefitSession | null): ClaimView {
  return {
    id: claim.id,
    programmeId: claim.programmeId,
    programmeName: programme.name,
    sessionId: claim.sessionId,
    session: session && { id: session.id, name: session.name, location: session.location, startsAt: session.startsAt, endsAt: session.endsAt },
    status: claim.status,
    statusName: CLAIM_STATUS_NAMES[claim.status],
    costFen: claim.costFen,
    cancellableUntil: cancellationDeadline(programme, session),
    rejectReason: claim.rejectReason,
    createdAt: claim.createdAt,
    confirmedAt: claim.confirmedAt,
    cancelledAt: claim.cancelledAt,
    redeemedAt: claim.redeemedAt,
    redeemedPlace: claim.redeemedPlace,
  };
}

/** Whose a claim is and who redeemed it where, for the staff list. */
export interface ClaimParties {
  memberNumber: string;
  memberName: string | null;
  redeemer: { id: string; displayName: string } | null;
  redeemedOrg: { id: string; name: string } | null;
}

/** A claim in the staff list: whose it is and who redeemed it. */
export function adminClaimView(claim: BenefitClaim, programme: BenefitProgramme, session: BenefitSession | null, parties: ClaimParties): AdminClaimView {
  return {
    ...claimView(claim, programme, session),
    memberNumber: parties.memberNumber,
    memberNameMasked: parties.memberName === null ? null : maskName(parties.memberName),
    redeemedBy: claim.redeemedBy,
    redeemer: accountRef(parties.redeemer),
    redeemedOrg: parties.redeemedOrg && { id: parties.redeemedOrg.id, name: parties.redeemedOrg.name },
  };
}

/** A programme as staff manage it: the row, without what only the database needs. */
export function adminProgrammeView(programme: BenefitProgramme): AdminProgrammeView {
  const { active, budgetFen, spentFen, createdAt, updatedAt } = programme;
  return { ...programmeFields(programme), active, budgetFen, spentFen, createdAt, updatedAt };
}

export function adminSessionView(session: BenefitSession): AdminSessionView {
  return {
    id: session.id,
    programmeId: session.programmeId,
    name: session.name,
    location: session.location,
    opensAt: session.opensAt,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    capacity: session.capacity,
    remaining: session.remaining,
    createdAt: session.createdAt,
  };
}

export function adminProgrammeDetailView(programme: BenefitProgramme, sessions: BenefitSession[], providerUserIds: string[]): AdminProgrammeDetailView {
  return { ...adminProgrammeView(programme), sessions: sessions.map(adminSessionView), providerUserIds };
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ClaimPeriod, ClaimStatus, EligibilityReason, Gender, Occupation, OutsideWindowRedemption } from '@kgh/shared';
import { AccountRefView } from '../../common/dto/account-ref.dto';
import { ENUM } from '../../openapi/enums';
import { OrgRefView } from '../../orgs/dto/org-views.dto';

// What the benefits routes answer. Money is integer fen; times are ISO-8601 with offset.
// Mappers from the entities are in ../benefit-views.ts.

export class PriorityRuleView {
  @ApiProperty({ ...ENUM.Occupation, isArray: true })
  occupations: Occupation[];

  /** Days before `opensAt` that these occupations may claim. */
  daysEarly: number;
}

/** Who a programme is for; an absent rule restricts nothing. */
export class EligibilityRulesView {
  @ApiPropertyOptional({ ...ENUM.Occupation, isArray: true })
  occupations?: Occupation[];

  @ApiPropertyOptional({ ...ENUM.Gender, isArray: true })
  genders?: Gender[];

  minMembershipDays?: number;

  priority?: PriorityRuleView;
}

/** The caller's eligibility: codes to branch on, each with its Chinese text at the same index. */
export class EligibilityView {
  eligible: boolean;

  @ApiProperty({ ...ENUM.EligibilityReason, isArray: true })
  reasons: EligibilityReason[];

  messages: string[];
}

/** What workers and staff both see of a programme. */
class ProgrammeFields {
  id: string;
  code: string;
  name: string;
  description: string;
  /** The union that runs it. */
  orgId: string;
  periodStart: Date;
  periodEnd: Date;

  @ApiProperty(ENUM.ClaimPeriod)
  claimPeriod: ClaimPeriod;

  hasSessions: boolean;
  /** Overall places; null when places are per session or unlimited. */
  capacity: number | null;
  remaining: number | null;
  costFen: number;
  costFenFemale: number | null;
  requiresApproval: boolean;
  hasWaitlist: boolean;
  cancelHoursBefore: number;

  /** A batch's claim redeemed on another day than the batch's: the provider is warned, or refused. */
  @ApiProperty(ENUM.OutsideWindowRedemption)
  outsideWindowRedemption: OutsideWindowRedemption;

  rules: EligibilityRulesView;
}

/** A programme as workers see it; `costFen` is the caller's own cost when their gender is known. */
export class ProgrammeView extends ProgrammeFields {
  eligibility: EligibilityView;
}

/** A batch with its places; `opensAtForMe` is earlier than `opensAt` for priority occupations. */
export class SessionView {
  id: string;
  programmeId: string;
  name: string;
  location: string;
  opensAt: Date;
  opensAtForMe: Date;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  remaining: number;
}

export class ProgrammeDetailView extends ProgrammeView {
  /** The sessions that have not ended, soonest first. */
  sessions: SessionView[];
}

export class ClaimSessionView {
  id: string;
  name: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
}

/** A claim as its member sees it. */
export class ClaimView {
  id: string;
  programmeId: string;
  programmeName: string;
  sessionId: string | null;
  session: ClaimSessionView | null;

  @ApiProperty(ENUM.ClaimStatus)
  status: ClaimStatus;

  /** The status in Chinese. */
  statusName: string;
  costFen: number;
  /** A confirmed claim may be cancelled until then. */
  cancellableUntil: Date;
  rejectReason: string | null;
  createdAt: Date;
  confirmedAt: Date | null;
  cancelledAt: Date | null;
  redeemedAt: Date | null;
  redeemedPlace: string | null;
  /** While waitlisted, 1 = next; only in a claim's own answer and in GET /claims/{id}, not in lists. */
  waitlistPosition?: number;
}

/** The redeemed claim, with whose it is, for the provider to check against the person. */
export class RedemptionView extends ClaimView {
  memberNumber: string;
  /** Null for a member with no name on record. */
  memberNameMasked: string | null;
}

/** A claim in the staff list: whose it is (number and masked name) and, once redeemed, by whom and where. */
export class AdminClaimView extends ClaimView {
  memberNumber: string;
  /** Null for a member with no name on record. */
  memberNameMasked: string | null;
  /** The id of the account that redeemed it. */
  redeemedBy: string | null;
  /** The account that redeemed it (provider or staff), named. */
  redeemer: AccountRefView | null;
  /** The redeeming account's organisation. */
  redeemedOrg: OrgRefView | null;
}

/** A signed, short-lived code for the redemption QR image, and the 8 digits to read out instead. */
export class RedemptionCodeView {
  code: string;
  /** 8 digits, single use, valid until `expiresAt` like `code`. */
  shortCode: string;
  expiresAt: Date;
}

/** A programme as staff manage it, with its money. */
export class AdminProgrammeView extends ProgrammeFields {
  /** False once staff closed it: gone from the workers' views. */
  active: boolean;
  /** Null: no budget limit. */
  budgetFen: number | null;
  spentFen: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A batch as staff manage it. */
export class AdminSessionView {
  id: string;
  programmeId: string;
  name: string;
  location: string;
  opensAt: Date;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  remaining: number;
  createdAt: Date;
}

export class AdminProgrammeDetailView extends AdminProgrammeView {
  /** Every session, soonest first. */
  sessions: AdminSessionView[];
  /** Provider accounts that may redeem its claims. */
  providerUserIds: string[];
}

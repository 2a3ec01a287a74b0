import { ApiProperty } from '@nestjs/swagger';
import type { ApplicationField, ApplicationStatus, EmployerCode, Gender, MembershipState, Occupation, TownCode } from '@kgh/shared';
import { AccountRefView } from '../../common/dto/account-ref.dto';
import { ENUM } from '../../openapi/enums';
import { OrgRefView } from '../../orgs/dto/org-views.dto';

/** A submitted application: pending until staff of `targetOrg` review it. */
export class ApplicationCreatedView {
  id: string;

  @ApiProperty(ENUM.ApplicationStatus)
  status: ApplicationStatus;

  targetOrg: OrgRefView;
}

/** A census enterprise as a worker picked it. */
export class EnterpriseRefView {
  id: string;
  name: string;
}

/** A rejected application's answers, shown to its owner to correct: the ID number only masked (a correction keeps it). */
export class ApplicationAnswersView {
  name: string;
  idNumberMasked: string;
  phone: string;

  @ApiProperty(ENUM.Occupation)
  occupation: Occupation;

  @ApiProperty(ENUM.EmployerCode)
  employer: EmployerCode;

  /** The employer's name as typed when it is not in the census. */
  employerName: string | null;
  enterprise: EnterpriseRefView | null;

  @ApiProperty(ENUM.TownCode)
  townCode: TownCode;

  /** The answers staff named as wrong, to fill in again (empty: they named none). */
  @ApiProperty({ ...ENUM.ApplicationField, isArray: true })
  rejectFields: ApplicationField[];
}

export class ApplicationSummaryView {
  id: string;

  @ApiProperty(ENUM.ApplicationStatus)
  status: ApplicationStatus;

  submittedAt: Date;
  reviewedAt: Date | null;
  rejectReason: string | null;
  targetOrg: OrgRefView;
  /** Only for a rejected application: what it said, to correct it. */
  answers: ApplicationAnswersView | null;
}

export class MembershipView {
  memberNumber: string;
  union: OrgRefView;
  joinedAt: Date;
}

/** The worker's latest application and, once approved, the membership. */
export class MembershipStatusView {
  @ApiProperty(ENUM.MembershipState)
  status: MembershipState;

  application: ApplicationSummaryView | null;
  membership: MembershipView | null;
}

/** The e-card: masked name and ID number, and a signed QR payload re-issued on every load. */
export class MemberCardView {
  nameMasked: string;
  idNumberMasked: string;
  memberNumber: string;
  union: OrgRefView;
  joinedAt: Date;
  qrPayload: string;
}

/** A scanned e-card that checked out. */
/** A verified e-card, with what the station host matches against the person's ID card. */
export class CardCheckView {
  valid: boolean;
  memberNumber: string;
  /** Null for a member with no name on record. */
  memberNameMasked: string | null;
  /** The last four characters of the ID number; null when none is on record. */
  idNumberLast4: string | null;
  /** False when the member's account has been disabled. */
  membershipActive: boolean;
  unionOrgId: string;
  unionName: string;
  joinedAt: Date;
}

/** An application as the reviewing staff see it: ID number and phone masked. */
export class ApplicationView {
  id: string;
  name: string;
  idNumberMasked: string;
  phoneMasked: string;

  @ApiProperty(ENUM.Gender)
  gender: Gender;

  @ApiProperty(ENUM.Occupation)
  occupation: Occupation;

  @ApiProperty(ENUM.EmployerCode)
  employer: EmployerCode;

  @ApiProperty(ENUM.TownCode)
  townCode: TownCode;

  targetOrg: OrgRefView;
  /** Why it went to `targetOrg`, in Chinese: by employer (按工作单位「美团」路由至…) or by town (按所在镇街「…」路由至…). */
  routingReason: string;

  @ApiProperty(ENUM.ApplicationStatus)
  status: ApplicationStatus;

  rejectReason: string | null;

  @ApiProperty({ ...ENUM.ApplicationField, isArray: true })
  rejectFields: ApplicationField[];

  consentVersion: string;
  submittedAt: Date;
  reviewedAt: Date | null;
}

/** One application with who reviewed it and, once approved, the member number. */
export class ApplicationDetailView extends ApplicationView {
  reviewedBy: AccountRefView | null;
  consentedAt: Date;
  memberNumber: string | null;
}

/** An application the bulk approval could not approve, with the error it would have answered alone. */
export class BulkApproveFailureView {
  id: string;
  /** The error code (APPLICATION_NOT_PENDING, NOT_FOUND, …). */
  code: string;
  message: string;
}

/** Each id approved in its own transaction: the ones that went through and the ones that did not. */
export class BulkApproveResultView {
  approved: string[];
  failed: BulkApproveFailureView[];
}

export class ApplicationApprovedView {
  id: string;

  @ApiProperty(ENUM.ApplicationStatus)
  status: ApplicationStatus;

  memberNumber: string;
  joinedAt: Date;
}

export class ApplicationRejectedView {
  id: string;

  @ApiProperty(ENUM.ApplicationStatus)
  status: ApplicationStatus;

  rejectReason: string | null;

  @ApiProperty({ ...ENUM.ApplicationField, isArray: true })
  rejectFields: ApplicationField[];
}

/** The whole ID number; every read of it is audited. */
export class IdNumberView {
  idNumber: string;
}

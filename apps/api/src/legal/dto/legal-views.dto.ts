import { ApiProperty } from '@nestjs/swagger';
import type { LegalParty, LegalStatus, LegalTopic, MediationForm, ReferralBody, Role, TownCode } from '@kgh/shared';
import { AccountRefView } from '../../common/dto/account-ref.dto';
import { ENUM } from '../../openapi/enums';
import { OrgRefView } from '../../orgs/dto/org-views.dto';
import { LEGAL_EVENT_KINDS, type LegalEventKind } from '../legal-request-event.entity';
import { LEGAL_KINDS, type LegalKind } from '../legal-request.entity';

// What the legal-help routes answer. Amounts are integer fen; days YYYY-MM-DD in Asia/Shanghai;
// times ISO-8601.

const FEN = { type: 'integer', minimum: 0, nullable: true, description: '金额（分）' } as const;

/** A request as the worker who made it sees it, and the base of every staff view. */
export class LegalRequestView {
  id: string;
  /** WQ + the submitted day + a 4-digit sequence of the day, e.g. WQ20261203-0007. */
  @ApiProperty({ example: 'WQ20261203-0007' })
  number: string;

  @ApiProperty(ENUM.LegalTopic)
  topic: LegalTopic;

  @ApiProperty(ENUM.LegalParty)
  against: LegalParty;

  againstName: string | null;
  description: string;

  @ApiProperty(FEN)
  amountClaimedFen: number | null;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 10_000 })
  workersAffected: number;

  /** Whether the asker was a member when asking. */
  isMember: boolean;

  @ApiProperty(ENUM.TownCode)
  townCode: TownCode;

  /** The union working it. */
  org: OrgRefView;

  @ApiProperty(ENUM.LegalStatus)
  status: LegalStatus;

  /** request while waiting, consultation once answered, case once registered. */
  @ApiProperty({ enum: LEGAL_KINDS, enumName: 'LegalKind' })
  kind: LegalKind;

  submittedAt: Date;
  /** The submitted day + 3 (YYYY-MM-DD): by when the union should answer or register it. */
  @ApiProperty({ example: '2026-12-06' })
  dueOn: string;

  /** The result as the worker reads it: the advice, the decline reason, the agreement, the referral. */
  outcome: string | null;
  updatedAt: Date;
}

/** One step the worker reads, oldest first: what they did, or what the union did. */
export class LegalStepView {
  id: string;
  at: Date;

  @ApiProperty({ enum: ['worker', 'union'], enumName: 'LegalStepBy' })
  by: 'worker' | 'union';

  /** The status the step moved to; null for a step that moved none (a note, an assignment, a session). */
  @ApiProperty({ ...ENUM.LegalStatus, nullable: true })
  status: LegalStatus | null;

  /** Plain Chinese, naming no staff member except the assignee. */
  text: string;
}

export class LegalRequestDetailView extends LegalRequestView {
  /** 138****5678. */
  phoneMasked: string;

  @ApiProperty(FEN)
  amountAgreedFen: number | null;

  @ApiProperty(FEN)
  amountRecoveredFen: number | null;

  /** Oldest first. */
  steps: LegalStepView[];
}

/** The worker's requests, newest first. */
export class LegalRequestListView {
  items: LegalRequestView[];
}

/** A request or case as staff see it in a list. */
export class LegalCaseView extends LegalRequestView {
  /** 李**; 未入会职工 when the asker is no member. */
  applicantNameMasked: string;
  phoneMasked: string;
  assignee: AccountRefView | null;
  /** YYYY-MM-DD. */
  registeredOn: string | null;
  /** registeredOn + 15 days. */
  mediationDueOn: string | null;
  /** Registered or mediating and past mediationDueOn (Asia/Shanghai). */
  mediationOverdue: boolean;
  /** Still submitted and past dueOn. */
  requestOverdue: boolean;

  @ApiProperty(FEN)
  amountAgreedFen: number | null;

  @ApiProperty(FEN)
  amountRecoveredFen: number | null;
}

export class LegalMediationSessionView {
  id: string;
  /** YYYY-MM-DD. */
  heldOn: string;

  @ApiProperty(ENUM.MediationForm)
  form: MediationForm;

  attendees: string;
  result: string;
  recordedBy: AccountRefView;
  recordedAt: Date;
}

/** One entry of the staff timeline, oldest first. */
export class LegalTimelineEntryView {
  id: string;
  at: Date;
  /** Null: the worker acted. */
  actor: AccountRefView | null;

  @ApiProperty({ enum: LEGAL_EVENT_KINDS, enumName: 'LegalEventKind' })
  kind: LegalEventKind;

  @ApiProperty({ ...ENUM.LegalStatus, nullable: true })
  fromStatus: LegalStatus | null;

  @ApiProperty({ ...ENUM.LegalStatus, nullable: true })
  toStatus: LegalStatus | null;

  text: string;
}

/** The whole case: the full phone (the read is audited), the sessions and the timeline. */
export class LegalCaseDetailView extends LegalCaseView {
  phone: string;

  @ApiProperty({ ...ENUM.ReferralBody, nullable: true })
  referredTo: ReferralBody | null;

  /** The moves the caller may make now. */
  @ApiProperty({ ...ENUM.LegalStatus, isArray: true })
  nextStatuses: LegalStatus[];

  /** Oldest first. */
  sessions: LegalMediationSessionView[];
  /** Oldest first. */
  timeline: LegalTimelineEntryView[];
}

/** A mediator or staff account a case may be assigned to. */
export class LegalAssigneeView {
  id: string;
  displayName: string;

  @ApiProperty({ enum: ['mediator', 'staff'], enumName: 'LegalAssigneeRole' })
  role: Extract<Role, 'mediator' | 'staff'>;

  org: OrgRefView;
}

export class LegalAssigneesView {
  items: LegalAssigneeView[];
}

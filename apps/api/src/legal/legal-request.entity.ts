import type { LegalParty, LegalStatus, LegalTopic, ReferralBody, TownCode } from '@kgh/shared';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** What a request has become: still a request, a consultation answered with advice, or a case worked to its end. */
export const LEGAL_KINDS = ['request', 'consultation', 'case'] as const;
export type LegalKind = (typeof LEGAL_KINDS)[number];

/**
 * A worker's request for legal help (维权服务), routed to the town federation of their town; staff
 * answer it as a consultation or register it as a case. Amounts are integer fen.
 */
@Entity('legal_requests')
@Index('uq_legal_requests_number', ['number'], { unique: true })
@Index('ix_legal_requests_user', ['userId', 'submittedAt'])
@Index('ix_legal_requests_org_status', ['orgId', 'status', 'submittedAt'])
@Index('ix_legal_requests_assignee', ['assigneeId'])
@Check(
  'ck_legal_requests_status',
  "status IN ('submitted', 'answered', 'registered', 'mediating', 'agreed', 'fulfilled', 'declined', 'failed', 'referred', 'withdrawn')",
)
@Check('ck_legal_requests_kind', "kind IN ('request', 'consultation', 'case')")
@Check('ck_legal_requests_topic', "topic IN ('unpaid_wages', 'work_injury', 'labour_contract', 'social_insurance', 'traffic_accident', 'other')")
@Check('ck_legal_requests_against', "against IN ('platform', 'partner', 'enterprise', 'other', 'unknown')")
@Check('ck_legal_requests_referred_to', "referred_to IS NULL OR referred_to IN ('arbitration', 'court')")
@Check(
  'ck_legal_requests_amounts',
  '(amount_claimed_fen IS NULL OR amount_claimed_fen >= 0) AND (amount_agreed_fen IS NULL OR amount_agreed_fen >= 0) AND (amount_recovered_fen IS NULL OR amount_recovered_fen >= 0)',
)
@Check(
  'ck_legal_requests_recovered',
  'amount_recovered_fen IS NULL OR amount_agreed_fen IS NULL OR amount_recovered_fen <= amount_agreed_fen OR over_agreed_reason IS NOT NULL',
)
@Check('ck_legal_requests_workers', 'workers_affected BETWEEN 1 AND 10000')
export class LegalRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** WQ + the submitted day (Asia/Shanghai) + a 4-digit sequence of that day: WQ20261203-0007. */
  @Column({ type: 'text' })
  number: string;

  /** The worker who asked. */
  @Column({ type: 'uuid', name: 'user_id' })
  userId: string;

  @Column({ type: 'text' })
  topic: LegalTopic;

  @Column({ type: 'text' })
  against: LegalParty;

  @Column({ type: 'text', name: 'against_name', nullable: true })
  againstName: string | null;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'integer', name: 'amount_claimed_fen', nullable: true })
  amountClaimedFen: number | null;

  @Column({ type: 'integer', name: 'amount_agreed_fen', nullable: true })
  amountAgreedFen: number | null;

  @Column({ type: 'integer', name: 'amount_recovered_fen', nullable: true })
  amountRecoveredFen: number | null;

  /** Why more was recovered than agreed (interest, compensation added later); required when it is. */
  @Column({ type: 'text', name: 'over_agreed_reason', nullable: true })
  overAgreedReason: string | null;

  @Column({ type: 'integer', name: 'workers_affected', default: 1 })
  workersAffected: number;

  /** Whether the asker was a member when asking. */
  @Column({ type: 'boolean', name: 'is_member' })
  isMember: boolean;

  /** The phone to call back on, in full (staff read it in the detail, audited). */
  @Column({ type: 'text' })
  phone: string;

  @Column({ type: 'text', name: 'town_code' })
  townCode: TownCode;

  /** The union whose staff work it: the town federation of `townCode`. */
  @Column({ type: 'uuid', name: 'org_id' })
  orgId: string;

  @Column({ type: 'text', default: 'submitted' })
  status: LegalStatus;

  @Column({ type: 'text', default: 'request' })
  kind: LegalKind;

  /** What the worker reads as the result: the advice, the decline reason, the agreement, the referral. */
  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Column({ type: 'text', name: 'referred_to', nullable: true })
  referredTo: ReferralBody | null;

  /** The mediator or staff account working the case. */
  @Column({ type: 'uuid', name: 'assignee_id', nullable: true })
  assigneeId: string | null;

  /** YYYY-MM-DD, Asia/Shanghai. */
  @Column({ type: 'date', name: 'registered_on', nullable: true })
  registeredOn: string | null;

  /** registeredOn + 15 days (MEDIATION_DAYS). */
  @Column({ type: 'date', name: 'mediation_due_on', nullable: true })
  mediationDueOn: string | null;

  @Column({ type: 'timestamptz', name: 'submitted_at', default: () => 'now()' })
  submittedAt: Date;

  @Column({ type: 'timestamptz', name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}

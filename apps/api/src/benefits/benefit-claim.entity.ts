import type { ClaimStatus } from '@kgh/shared';
import { Check, Column, CreateDateColumn, Entity, Generated, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Statuses that hold a member's one claim per period (and, except waitlisted, a place). */
export const LIVE_STATUSES: ClaimStatus[] = ['pending_review', 'confirmed', 'waitlisted', 'redeemed'];

/** A member's claim on a programme (and session). Status moves only through claim-state.ts. */
@Entity('benefit_claims')
@Index('uq_benefit_claims_live', ['programmeId', 'memberId', 'periodKey'], {
  unique: true,
  where: "status IN ('pending_review', 'confirmed', 'waitlisted', 'redeemed')",
})
@Index('ix_benefit_claims_user', ['userId', 'createdAt'])
@Index('ix_benefit_claims_member', ['memberId'])
@Index('ix_benefit_claims_session_status_arrival', ['sessionId', 'status', 'arrival'])
@Index('ix_benefit_claims_programme_status', ['programmeId', 'status'])
// The monthly report counts claims by when they were confirmed and redeemed.
@Index('ix_benefit_claims_confirmed_at', ['confirmedAt'], { where: 'confirmed_at IS NOT NULL' })
@Index('ix_benefit_claims_redeemed_at', ['redeemedAt'], { where: 'redeemed_at IS NOT NULL' })
@Check('ck_benefit_claims_status', "status IN ('pending_review', 'confirmed', 'waitlisted', 'rejected', 'redeemed', 'cancelled', 'expired')")
@Check('ck_benefit_claims_cost', 'cost_fen >= 0')
export class BenefitClaim {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'programme_id' })
  programmeId: string;

  @Column({ type: 'uuid', name: 'session_id', nullable: true })
  sessionId: string | null;

  @Column({ type: 'uuid', name: 'member_id' })
  memberId: string;

  @Column({ type: 'uuid', name: 'user_id' })
  userId: string;

  @Column({ type: 'text' })
  status: ClaimStatus;

  /** The period the one-claim rule counts in: `2026`, `2026-winter`, `programme` or `session:<id>`. */
  @Column({ type: 'text', name: 'period_key' })
  periodKey: string;

  /** What this claim costs the union, in fen; counted in the programme's spentFen while it holds a place. */
  @Column({ type: 'integer', name: 'cost_fen' })
  costFen: number;

  /** Arrival order, from a sequence: the waitlist is served in it. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  arrival: string;

  @Column({ type: 'text', name: 'reject_reason', nullable: true })
  rejectReason: string | null;

  @Column({ type: 'uuid', name: 'reviewed_by', nullable: true })
  reviewedBy: string | null;

  @Column({ type: 'timestamptz', name: 'confirmed_at', nullable: true })
  confirmedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'cancelled_at', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'timestamptz', name: 'redeemed_at', nullable: true })
  redeemedAt: Date | null;

  @Column({ type: 'uuid', name: 'redeemed_by', nullable: true })
  redeemedBy: string | null;

  /** Where: the redeeming account's org and the place it named. */
  @Column({ type: 'uuid', name: 'redeemed_org_id', nullable: true })
  redeemedOrgId: string | null;

  @Column({ type: 'text', name: 'redeemed_place', nullable: true })
  redeemedPlace: string | null;

  /** The unique id of the code that was used. */
  @Column({ type: 'text', name: 'redemption_code_id', nullable: true })
  redemptionCodeId: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}

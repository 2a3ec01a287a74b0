import type { ClaimPeriod, Gender, Occupation, OutsideWindowRedemption } from '@kgh/shared';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Eligibility rules as data; evaluated by eligibility.ts only. */
export interface EligibilityRules {
  /** Only members of these occupations; absent = every occupation. */
  occupations?: Occupation[];
  genders?: Gender[];
  minMembershipDays?: number;
  /** These occupations may claim a session `daysEarly` days before it opens to everyone (couriers first). */
  priority?: { occupations: Occupation[]; daysEarly: number };
}

/**
 * One of the ten measures. Money is integer fen (1 yuan = 100 fen). Places are either overall
 * (`capacity`/`remaining` here) or per session; `remaining` and `spentFen` only ever move through
 * one conditional UPDATE (places.ts), with CHECKs as the backstop.
 */
@Entity('benefit_programmes')
@Index('uq_benefit_programmes_code', ['code'], { unique: true })
@Index('ix_benefit_programmes_org', ['orgId'])
@Check('ck_benefit_programmes_remaining', 'remaining >= 0 AND remaining <= capacity')
@Check('ck_benefit_programmes_places', '(capacity IS NULL) = (remaining IS NULL)')
@Check('ck_benefit_programmes_budget', 'spent_fen >= 0 AND (budget_fen IS NULL OR spent_fen <= budget_fen)')
@Check('ck_benefit_programmes_cost', 'cost_fen >= 0 AND (cost_fen_female IS NULL OR cost_fen_female >= 0)')
@Check('ck_benefit_programmes_period', 'period_end > period_start')
@Check('ck_benefit_programmes_claim_period', "claim_period IN ('year', 'season', 'programme', 'session')")
@Check('ck_benefit_programmes_outside_window_redemption', "outside_window_redemption IN ('warn', 'refuse')")
export class BenefitProgramme {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable key for the seed (e.g. `checkup`). */
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** The union that runs and pays for it; staff of its subtree manage it. */
  @Column({ type: 'uuid', name: 'org_id' })
  orgId: string;

  @Column({ type: 'timestamptz', name: 'period_start' })
  periodStart: Date;

  @Column({ type: 'timestamptz', name: 'period_end' })
  periodEnd: Date;

  /** Staff can close a programme before its period ends. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'jsonb', default: {} })
  rules: EligibilityRules;

  /** One live claim per member per this period. */
  @Column({ type: 'text', name: 'claim_period' })
  claimPeriod: ClaimPeriod;

  /** Claims name a session (dated batches with their own places). */
  @Column({ type: 'boolean', name: 'has_sessions' })
  hasSessions: boolean;

  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Column({ type: 'integer', nullable: true })
  remaining: number | null;

  @Column({
    type: 'bigint',
    name: 'budget_fen',
    nullable: true,
    transformer: { to: (fen: number | null) => fen, from: (stored: string | number | null) => (stored === null ? null : Number(stored)) },
  })
  budgetFen: number | null;

  @Column({ type: 'bigint', name: 'spent_fen', default: 0, transformer: { to: (fen: number) => fen, from: (stored: string | number) => Number(stored) } })
  spentFen: number;

  /** Cost per claim in fen; for a man when the cost differs by gender. */
  @Column({ type: 'integer', name: 'cost_fen' })
  costFen: number;

  /** A woman's cost when it differs (the checkup: 1,500 yuan against 1,200). */
  @Column({ type: 'integer', name: 'cost_fen_female', nullable: true })
  costFenFemale: number | null;

  @Column({ type: 'boolean', name: 'requires_approval', default: false })
  requiresApproval: boolean;

  @Column({ type: 'boolean', name: 'has_waitlist', default: false })
  hasWaitlist: boolean;

  /** A member may cancel until this many hours before the session starts (or the period ends). */
  @Column({ type: 'integer', name: 'cancel_hours_before', default: 24 })
  cancelHoursBefore: number;

  /** A batch's claim redeemed on a day outside the batch's dates (Shanghai days): warn the provider, or refuse. */
  @Column({ type: 'text', name: 'outside_window_redemption', default: 'warn' })
  outsideWindowRedemption: OutsideWindowRedemption;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}

import type { LegalStatus } from '@kgh/shared';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const LEGAL_EVENT_KINDS = ['status', 'note', 'assigned', 'session', 'amounts'] as const;
export type LegalEventKind = (typeof LEGAL_EVENT_KINDS)[number];

/**
 * One step of a request's history, in the words the worker reads: every status change, the worker's
 * added information, an assignment, a mediation session, a change of the amounts. The amounts are
 * kept as they stood after the step, so reports can count them by month.
 */
@Entity('legal_request_events')
@Index('ix_legal_request_events_request', ['requestId', 'at'])
@Index('ix_legal_request_events_to_status', ['toStatus', 'at'])
@Check('ck_legal_request_events_kind', "kind IN ('status', 'note', 'assigned', 'session', 'amounts')")
export class LegalRequestEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'request_id' })
  requestId: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  /** The account that acted: the worker or a staff/mediator account; null for seeded rows without one. */
  @Column({ type: 'uuid', name: 'actor_user_id', nullable: true })
  actorUserId: string | null;

  /** True when the worker acted (asked, added information, withdrew). */
  @Column({ type: 'boolean', name: 'by_worker' })
  byWorker: boolean;

  @Column({ type: 'text' })
  kind: LegalEventKind;

  @Column({ type: 'text', name: 'from_status', nullable: true })
  fromStatus: LegalStatus | null;

  @Column({ type: 'text', name: 'to_status', nullable: true })
  toStatus: LegalStatus | null;

  /** Plain Chinese, as the worker reads it. */
  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'integer', name: 'amount_claimed_fen', nullable: true })
  amountClaimedFen: number | null;

  @Column({ type: 'integer', name: 'amount_agreed_fen', nullable: true })
  amountAgreedFen: number | null;

  @Column({ type: 'integer', name: 'amount_recovered_fen', nullable: true })
  amountRecoveredFen: number | null;
}

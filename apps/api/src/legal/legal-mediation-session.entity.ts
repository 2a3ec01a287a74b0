import type { MediationForm } from '@kgh/shared';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A mediation session of a case: the day, the form, who attended and what came of it. */
@Entity('legal_mediation_sessions')
@Index('ix_legal_mediation_sessions_request', ['requestId', 'heldOn'])
@Check('ck_legal_mediation_sessions_form', "form IN ('in_person', 'phone', 'video', 'court')")
export class LegalMediationSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'request_id' })
  requestId: string;

  /** YYYY-MM-DD, Asia/Shanghai. */
  @Column({ type: 'date', name: 'held_on' })
  heldOn: string;

  @Column({ type: 'text' })
  form: MediationForm;

  @Column({ type: 'text' })
  attendees: string;

  @Column({ type: 'text' })
  result: string;

  @Column({ type: 'uuid', name: 'recorded_by' })
  recordedBy: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'recorded_at' })
  recordedAt: Date;
}

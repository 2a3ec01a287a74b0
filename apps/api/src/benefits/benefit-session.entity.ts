import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A dated batch of a programme (a checkup day at a hospital, a trip, a class) with its own places. */
@Entity('benefit_sessions')
@Index('ix_benefit_sessions_programme_starts', ['programmeId', 'startsAt'])
@Check('ck_benefit_sessions_remaining', 'remaining >= 0 AND remaining <= capacity')
@Check('ck_benefit_sessions_times', 'ends_at > starts_at AND opens_at <= starts_at')
export class BenefitSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'programme_id' })
  programmeId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  location: string;

  /** Registration opens to everyone; priority occupations may start earlier (rules.priority). */
  @Column({ type: 'timestamptz', name: 'opens_at' })
  opensAt: Date;

  @Column({ type: 'timestamptz', name: 'starts_at' })
  startsAt: Date;

  @Column({ type: 'timestamptz', name: 'ends_at' })
  endsAt: Date;

  @Column({ type: 'integer' })
  capacity: number;

  @Column({ type: 'integer' })
  remaining: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}

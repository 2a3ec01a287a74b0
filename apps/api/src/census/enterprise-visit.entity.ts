import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A visit (走访) of staff to an enterprise: the day, who went, how many workers they met. */
@Entity('enterprise_visits')
@Index('ix_enterprise_visits_enterprise', ['enterpriseId', 'visitedOn'])
export class EnterpriseVisit {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'enterprise_id' })
  enterpriseId: string;

  /** YYYY-MM-DD, Asia/Shanghai. */
  @Column({ type: 'date', name: 'visited_on' })
  visitedOn: string;

  @Column({ type: 'uuid', name: 'staff_id' })
  staffId: string;

  @Column({ type: 'integer', name: 'workers_met' })
  workersMet: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}

import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A problem found on a visit, open until staff mark it solved. */
@Entity('enterprise_problems')
@Index('ix_enterprise_problems_visit', ['visitId'])
@Index('ix_enterprise_problems_enterprise', ['enterpriseId', 'solved'])
export class EnterpriseProblem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'visit_id' })
  visitId: string;

  @Column({ type: 'uuid', name: 'enterprise_id' })
  enterpriseId: string;

  @Column({ type: 'text' })
  description: string;

  /** Its place in the visit's list, as entered. */
  @Column({ type: 'integer', default: 0 })
  position: number;

  @Column({ type: 'boolean', default: false })
  solved: boolean;

  /** YYYY-MM-DD, Asia/Shanghai. */
  @Column({ type: 'date', name: 'solved_on', nullable: true })
  solvedOn: string | null;

  @Column({ type: 'uuid', name: 'solved_by', nullable: true })
  solvedBy: string | null;

  @Column({ type: 'text', name: 'solution_note', nullable: true })
  solutionNote: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}

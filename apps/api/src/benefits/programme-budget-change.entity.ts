import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

const fen = { to: (value: number | null) => value, from: (stored: string | number | null) => (stored === null ? null : Number(stored)) };

/** A programme's budget set to a new amount (null: no limit), so a report can show the budget of any past month. */
@Entity('benefit_programme_budget_changes')
@Index('ix_benefit_programme_budget_changes_programme', ['programmeId', 'changedAt'])
export class ProgrammeBudgetChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'programme_id' })
  programmeId: string;

  @Column({ type: 'bigint', name: 'from_budget_fen', nullable: true, transformer: fen })
  fromBudgetFen: number | null;

  @Column({ type: 'bigint', name: 'to_budget_fen', nullable: true, transformer: fen })
  toBudgetFen: number | null;

  @Column({ type: 'uuid', name: 'changed_by', nullable: true })
  changedBy: string | null;

  @Column({ type: 'timestamptz', name: 'changed_at', default: () => 'now()' })
  changedAt: Date;
}

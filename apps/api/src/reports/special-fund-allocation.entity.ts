import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const fenColumn = { to: (fen: number) => fen, from: (stored: string | number) => Number(stored) };

/**
 * The district's special fund for new-form workers' unions (新就业形态工会工作专项经费): what a town
 * federation is allocated for a year. Integer fen; one allocation per town and year.
 */
@Entity('special_fund_allocations')
@Index('uq_special_fund_allocations_year_org', ['year', 'orgId'], { unique: true })
@Check('ck_special_fund_allocations_amount', 'amount_fen >= 0')
export class SpecialFundAllocation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'integer' })
  year: number;

  /** The town federation it goes to. */
  @Column({ type: 'uuid', name: 'org_id' })
  orgId: string;

  @Column({ type: 'bigint', name: 'amount_fen', transformer: fenColumn })
  amountFen: number;

  /** YYYY-MM-DD: from this day on it counts as allocated. */
  @Column({ type: 'date', name: 'allocated_on' })
  allocatedOn: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}

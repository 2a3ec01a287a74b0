import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { fenColumn } from './special-fund-allocation.entity';

/** Money of the special fund a town federation spent: when, on what, how much (integer fen). */
@Entity('special_fund_spendings')
@Index('ix_special_fund_spendings_org_spent', ['orgId', 'spentOn'])
@Index('ix_special_fund_spendings_spent', ['spentOn'])
@Check('ck_special_fund_spendings_amount', 'amount_fen > 0')
export class SpecialFundSpending {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'org_id' })
  orgId: string;

  /** YYYY-MM-DD, Asia/Shanghai. */
  @Column({ type: 'date', name: 'spent_on' })
  spentOn: string;

  @Column({ type: 'bigint', name: 'amount_fen', transformer: fenColumn })
  amountFen: number;

  /** What it paid for (e.g. 驿站改造、爱心冰箱、建会补助). */
  @Column({ type: 'text' })
  purpose: string;

  @Column({ type: 'uuid', name: 'recorded_by', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}

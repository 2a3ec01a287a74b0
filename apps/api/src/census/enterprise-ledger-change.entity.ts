import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A change of what the monthly report counts an enterprise by, besides its union status (whose
 * timeline is enterprise_status_changes): its new-form workers and the town federation keeping it.
 */
@Entity('enterprise_ledger_changes')
@Index('ix_enterprise_ledger_changes_enterprise', ['enterpriseId', 'changedAt'])
export class EnterpriseLedgerChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'enterprise_id' })
  enterpriseId: string;

  @Column({ type: 'integer', name: 'from_new_form_workers' })
  fromNewFormWorkers: number;

  @Column({ type: 'integer', name: 'to_new_form_workers' })
  toNewFormWorkers: number;

  @Column({ type: 'uuid', name: 'from_org_id' })
  fromOrgId: string;

  @Column({ type: 'uuid', name: 'to_org_id' })
  toOrgId: string;

  @Column({ type: 'uuid', name: 'changed_by', nullable: true })
  changedBy: string | null;

  @Column({ type: 'timestamptz', name: 'changed_at', default: () => 'now()' })
  changedAt: Date;
}

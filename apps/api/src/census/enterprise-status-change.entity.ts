import type { FormationMode, UnionStatus } from '@kgh/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One step of an enterprise's union-status timeline: who changed it, when and why. Creation is the first. */
@Entity('enterprise_status_changes')
@Index('ix_enterprise_status_changes_enterprise', ['enterpriseId', 'changedAt'])
@Index('ix_enterprise_status_changes_to_changed', ['toStatus', 'changedAt'])
export class EnterpriseStatusChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'enterprise_id' })
  enterpriseId: string;

  /** Null for the entry that records the enterprise's creation. */
  @Column({ type: 'text', name: 'from_status', nullable: true })
  fromStatus: UnionStatus | null;

  @Column({ type: 'text', name: 'to_status' })
  toStatus: UnionStatus;

  @Column({ type: 'text', name: 'formation_mode', nullable: true })
  formationMode: FormationMode | null;

  @Column({ type: 'uuid', name: 'union_org_id', nullable: true })
  unionOrgId: string | null;

  @Column({ type: 'text' })
  reason: string;

  /** Null for rows written by a seed or a migration. */
  @Column({ type: 'uuid', name: 'changed_by', nullable: true })
  changedBy: string | null;

  @Column({ type: 'timestamptz', name: 'changed_at', default: () => 'now()' })
  changedAt: Date;
}

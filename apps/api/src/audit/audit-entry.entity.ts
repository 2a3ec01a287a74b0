import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only (a trigger refuses UPDATE and DELETE): who did what to which record, and when. */
@Entity('audit_entries')
@Index('ix_audit_entries_entity', ['entityType', 'entityId'])
// The log newest first, whole or by one actor or action (GET /admin/audit).
@Index('ix_audit_entries_created', ['createdAt', 'id'])
@Index('ix_audit_entries_actor_created', ['actorUserId', 'createdAt'])
@Index('ix_audit_entries_action_created', ['action', 'createdAt'])
export class AuditEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid', name: 'actor_user_id', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text', name: 'entity_type' })
  entityType: string;

  @Column({ type: 'text', name: 'entity_id' })
  entityId: string;

  @Column({ type: 'uuid', name: 'org_id', nullable: true })
  orgId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  detail: object;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}

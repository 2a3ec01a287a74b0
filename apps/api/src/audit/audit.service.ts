import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface AuditRecord {
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  orgId?: string | null;
  detail?: object;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Pass the transaction's manager so the audit row commits or rolls back with the change.
   * A plain INSERT: it is on every write's path, and the repository's save costs more CPU than the statement.
   */
  async record(entry: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`INSERT INTO audit_entries (actor_user_id, action, entity_type, entity_id, org_id, detail) VALUES ($1, $2, $3, $4, $5, $6)`, [
      entry.actorUserId,
      entry.action,
      entry.entityType,
      entry.entityId,
      entry.orgId ?? null,
      entry.detail ?? {},
    ]);
  }

  /** Many rows in one statement (a CSV import writes one per station). */
  async recordMany(entries: AuditRecord[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (entries.length === 0) return;
    await manager.query(
      `INSERT INTO audit_entries (actor_user_id, action, entity_type, entity_id, org_id, detail)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::jsonb[])`,
      [
        entries.map((entry) => entry.actorUserId),
        entries.map((entry) => entry.action),
        entries.map((entry) => entry.entityType),
        entries.map((entry) => entry.entityId),
        entries.map((entry) => entry.orgId ?? null),
        entries.map((entry) => JSON.stringify(entry.detail ?? {})),
      ],
    );
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Permission } from '../access/permission';
import type { AuthUser } from '../auth/auth-user';
import { shanghaiDayEnd, shanghaiDayStart } from '../common/calendar-day';
import { Page, pageOf } from '../common/page';
import { rowsOf } from '../common/sql-rows';
import { ListAuditQuery } from './audit.dto';
import { AuditActionsView, AuditEntryView } from './dto/audit-views.dto';
import { isSensitiveAction } from './sensitive-action';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface EntryRow {
  id: string;
  created_at: Date;
  actor_user_id: string | null;
  actor_found: boolean;
  username: string | null;
  display_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  org_id: string | null;
  detail: Record<string, unknown>;
}

/** The district's reading of the append-only audit log. */
@Injectable()
export class AuditLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  /** Newest first (ix_audit_entries_created, or the actor's or action's index when filtered). */
  async list(caller: AuthUser, query: ListAuditQuery): Promise<Page<AuditEntryView>> {
    await this.access.requireAccess(caller, Permission.AuditRead);
    const conditions: string[] = [];
    const parameters: unknown[] = [];
    const where = (condition: (parameter: string) => string, value: unknown) => {
      parameters.push(value);
      conditions.push(condition(`$${parameters.length}`));
    };
    if (query.actor) {
      if (UUID.test(query.actor)) where((p) => `e.actor_user_id = ${p}::uuid`, query.actor);
      else where((p) => `e.actor_user_id = (SELECT id FROM users WHERE username = lower(${p}))`, query.actor);
    }
    if (query.action) where((p) => `e.action = ${p}`, query.action);
    if (query.entityType) where((p) => `e.entity_type = ${p}`, query.entityType);
    if (query.from) where((p) => `e.created_at >= ${p}`, shanghaiDayStart(query.from));
    if (query.to) where((p) => `e.created_at < ${p}`, shanghaiDayEnd(query.to));
    const filter = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const [rows, [{ total }]] = await Promise.all([
      rowsOf<EntryRow>(
        this.dataSource,
        `SELECT e.id, e.created_at, e.actor_user_id, u.id IS NOT NULL AS actor_found, u.username, u.display_name,
                e.action, e.entity_type, e.entity_id, e.org_id, e.detail
           FROM audit_entries e LEFT JOIN users u ON u.id = e.actor_user_id
           ${filter}
          ORDER BY e.created_at DESC, e.id DESC
          LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
        parameters,
      ),
      rowsOf<{ total: number }>(this.dataSource, `SELECT count(*)::int AS total FROM audit_entries e ${filter}`, parameters),
    ]);
    return pageOf(rows.map(entryView), total, query);
  }

  /** The distinct action names, by a skip scan of ix_audit_entries_action_created (one probe per name). */
  async actions(caller: AuthUser): Promise<AuditActionsView> {
    await this.access.requireAccess(caller, Permission.AuditRead);
    const rows = await rowsOf<{ action: string }>(
      this.dataSource,
      `WITH RECURSIVE names AS (
         (SELECT action FROM audit_entries ORDER BY action LIMIT 1)
         UNION ALL
         SELECT (SELECT e.action FROM audit_entries e WHERE e.action > names.action ORDER BY e.action LIMIT 1) FROM names WHERE names.action IS NOT NULL
       )
       SELECT action FROM names WHERE action IS NOT NULL`,
    );
    return { actions: rows.map((row) => row.action) };
  }
}

function entryView(row: EntryRow): AuditEntryView {
  return {
    id: String(row.id),
    at: row.created_at,
    actor: row.actor_user_id
      ? { id: row.actor_user_id, username: row.actor_found ? row.username : null, displayName: row.actor_found ? row.display_name : null }
      : null,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    orgId: row.org_id,
    details: row.detail,
    sensitive: isSensitiveAction(row.action),
  };
}

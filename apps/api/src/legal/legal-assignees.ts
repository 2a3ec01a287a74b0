import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode, Role } from '@kgh/shared';
import { DataSource, EntityManager } from 'typeorm';
import { Permission, reachesOf } from '../access/permission';
import type { AuthUser } from '../auth/auth-user';
import { AppException } from '../common/app-exception';
import { rowsOf } from '../common/sql-rows';
import type { LegalAssigneeView } from './dto/legal-views.dto';
import type { LegalRequest } from './legal-request.entity';

/**
 * Who may work a case of the union `co`: an active mediator or staff account of that union or one
 * above it (the district's lawyers and staff), or a mediator of a union below it (a town's own).
 */
const ELIGIBLE = `u.username IS NOT NULL AND u.disabled_at IS NULL AND u.roles && '{mediator,staff}'::text[]
  AND EXISTS (SELECT 1 FROM orgs co WHERE {unions}
    AND (o.path = co.path OR co.path LIKE o.path || '/%' OR ('mediator' = ANY(u.roles) AND o.path LIKE co.path || '/%')))`;

const SELECT = `SELECT u.id, u.display_name, u.roles, o.id AS org_id, o.name AS org_name
  FROM users u JOIN orgs o ON o.id = u.org_id WHERE ${ELIGIBLE}`;

interface AssigneeRow {
  id: string;
  display_name: string;
  roles: Role[];
  org_id: string;
  org_name: string;
}

const view = (row: AssigneeRow): LegalAssigneeView => ({
  id: row.id,
  displayName: row.display_name,
  role: row.roles.includes('mediator') ? 'mediator' : 'staff',
  org: { id: row.org_id, name: row.org_name },
});

/** The accounts a case can be assigned to. */
@Injectable()
export class LegalAssignees {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Those eligible for the caller's union (the district: for any district or town union), mediators first. */
  async forCaller(staff: AuthUser): Promise<LegalAssigneeView[]> {
    const everywhere = reachesOf(staff.roles, Permission.LegalCaseTriage).includes('all');
    const rows = await rowsOf<AssigneeRow>(
      this.dataSource,
      `${SELECT.replace('{unions}', everywhere ? `co.kind IN ('district', 'town')` : 'co.id = $1')}
       ORDER BY ('mediator' = ANY(u.roles)) DESC, o.path, u.display_name, u.id`,
      everywhere ? [] : [staff.orgId],
    );
    return rows.map(view);
  }

  /** 400 unless the account may work this request's case. */
  async requireEligible(manager: EntityManager, assigneeId: string, request: LegalRequest): Promise<void> {
    const [row] = await rowsOf<AssigneeRow>(manager, `${SELECT.replace('{unions}', 'co.id = $1')} AND u.id = $2`, [request.orgId, assigneeId]);
    if (!row) {
      const message = '承办人须为本案所属工会或其上级工会的调解员、干事，或本镇（街道）的调解员';
      throw new AppException(ErrorCode.ValidationFailed, message, [{ field: 'assigneeId', message }]);
    }
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode } from '@kgh/shared';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppException, notFound } from '../common/app-exception';
import { inSubtreeSql } from '../orgs/org-subtree';
import { GRANTS, Permission, Reach, reachesOf } from './permission';
import { checkSql, ResourceKind, RESOURCES } from './resources';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const forbidden = (message = '无权访问此功能') => new AppException(ErrorCode.Forbidden, message);

/**
 * The one answer to "may this caller do this to these": services call `requireAccess` first, lists
 * go through `restrictToScope`. Who holds what is the table in permission.ts; where a resource
 * keeps its org, owner and provider links is resources.ts.
 */
@Injectable()
export class AccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Throws unless the caller may do `permission` to every one of `ids`: 403 when no role of theirs
   * holds it; 404 for a missing id, and for one outside their reach 404 or the grant's 403.
   * With no ids it checks the roles only and asks the database nothing.
   */
  async requireAccess(user: AuthUser, permission: Permission, ids?: string | Iterable<string>): Promise<void> {
    const reaches = this.reachesOrThrow(user, permission);
    if (ids === undefined) return;
    const wanted = new Set([...(typeof ids === 'string' ? [ids] : ids)].map((id) => id.toLowerCase()));
    const rows = await this.check(user, permission, reaches, wanted);
    const { outside, resource } = GRANTS[permission];
    for (const id of wanted) {
      const granted = rows.get(id);
      if (granted === undefined || (!granted && outside === 'not_found')) throw notFound(RESOURCES[resource].label);
      if (!granted && outside !== 'not_found') throw forbidden(outside.forbidden);
    }
  }

  /** The ids of `ids` the caller may do `permission` to (none when no role of theirs holds it). */
  async checkAccess(user: AuthUser, permission: Permission, ids: Iterable<string>): Promise<Set<string>> {
    const reaches = reachesOf(user.roles, permission);
    if (reaches.length === 0) return new Set();
    const rows = await this.check(user, permission, reaches, new Set([...ids].map((id) => id.toLowerCase())));
    return new Set([...rows].filter(([, granted]) => granted).map(([id]) => id));
  }

  /**
   * Narrows a list query to what the caller may see: `orgColumn` (alias.column of the org id) in
   * the caller's subtree, or nothing for the district; with `assigneeColumn`, a mediator's own
   * cases. Throws 403 when no role holds `permission`.
   */
  restrictToScope<T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    user: AuthUser,
    permission: Permission,
    orgColumn: string,
    assigneeColumn?: string,
  ): SelectQueryBuilder<T> {
    const reaches = this.reachesOrThrow(user, permission);
    if (reaches.includes('all')) return query;
    const reached: string[] = [];
    if (reaches.includes('subtree') && user.orgId) reached.push(inSubtreeSql(orgColumn, ':scopeOrgId'));
    if (reaches.includes('assigned') && assigneeColumn) reached.push(`${assigneeColumn} = :scopeUserId`);
    if (reached.length === 0) return query.andWhere('false');
    return query.andWhere(`(${reached.join(' OR ')})`, { scopeOrgId: user.orgId, scopeUserId: user.id });
  }

  private reachesOrThrow(user: AuthUser, permission: Permission): Reach[] {
    const reaches = reachesOf(user.roles, permission);
    if (reaches.length === 0) throw forbidden();
    return reaches;
  }

  /** id → granted, for each wanted id that exists; one query whatever the number of ids. */
  private async check(user: AuthUser, permission: Permission, reaches: Reach[], wanted: Set<string>): Promise<Map<string, boolean>> {
    // A malformed id names nothing; PostgreSQL would refuse the whole uuid[] for it.
    const ids = [...wanted].filter((id) => UUID.test(id));
    if (ids.length === 0) return new Map();
    const rows: { id: string; granted: boolean }[] = await this.dataSource.query(checkSql(RESOURCES[GRANTS[permission].resource], reaches), [
      ids,
      user.id,
      user.orgId,
    ]);
    return new Map(rows.map((row) => [row.id, row.granted]));
  }
}

/** A row read after its check: gone meanwhile (a concurrent delete), it is a 404 like any missing one. */
export function stillThere<T>(row: T | null, resource: ResourceKind): T {
  if (row === null) throw notFound(RESOURCES[resource].label);
  return row;
}

import { Role, TOWN_CODES, TownCode } from '@kgh/shared';
import { Permission, reachesOf } from '../access/permission';
import { rowsOf, SqlRunner } from '../common/sql-rows';
import type { ReportRowKind } from './dto/report-views.dto';

// Which rows a report has and which row each record is counted in. A record belongs to an org (a
// member to their union, an enterprise or station to its town federation, a case to the union
// working it); it is counted in the town federation above that org, and records of the root's own
// subtree outside every town (the district's industry unions) in one row of their own.

/** A row of the report. */
export interface ReportUnit {
  id: string;
  name: string;
  kind: Exclude<ReportRowKind, 'total'>;
  townCode: TownCode | null;
}

export interface ReportScope {
  root: { id: string; name: string };
  units: ReportUnit[];
  /** Every org of the root's subtree, and beside it the unit it counts in: two arrays for `unnest`. */
  orgIds: string[];
  unitIds: string[];
  /** The root and the orgs above it: programmes run from there reach the scope's members. */
  ancestorIds: string[];
}

/** The row of the district's own unions, outside every town. */
export const DIRECT_UNIT_NAME = '区直属工会';

/** `unnest` of a scope's two arrays ($1 and $2) as `unit(org_id, unit_id)`: join a record's org to it. */
export const UNIT_OF_ORG = 'unnest($1::uuid[], $2::uuid[]) AS unit(org_id, unit_id)';

/** Where the reports of `user` are rooted: the whole tree for the district, their own org for a town's staff; null for neither. */
export async function scopeRootOf(runner: SqlRunner, user: { roles: readonly Role[]; orgId: string | null }): Promise<string | null> {
  const reaches = reachesOf(user.roles, Permission.OrgRead);
  if (reaches.includes('all')) {
    const [top] = await rowsOf<{ id: string }>(runner, `SELECT id FROM orgs WHERE parent_id IS NULL ORDER BY created_at, id LIMIT 1`);
    return top?.id ?? null;
  }
  return reaches.includes('subtree') ? user.orgId : null;
}

/** The rows of a report rooted at `rootId` and the row each org of its subtree counts in. */
export async function reportScope(runner: SqlRunner, rootId: string): Promise<ReportScope> {
  const orgs = await rowsOf<{ id: string; name: string; kind: string; town_code: TownCode | null; path: string }>(
    runner,
    `SELECT o.id, o.name, o.kind, o.town_code, o.path
       FROM orgs root JOIN orgs o ON o.path = root.path OR o.path LIKE root.path || '/%'
      WHERE root.id = $1`,
    [rootId],
  );
  const root = orgs.find((org) => org.id === rootId)!;
  const townOf = (org: (typeof orgs)[number]): ReportUnit => ({ id: org.id, name: org.name, kind: 'town', townCode: org.town_code });
  const order = (code: TownCode | null) => (code === null ? TOWN_CODES.length : TOWN_CODES.indexOf(code));
  const units: ReportUnit[] =
    root.kind === 'town'
      ? [townOf(root)]
      : [
          ...orgs
            .filter((org) => org.kind === 'town')
            .map(townOf)
            .sort((a, b) => order(a.townCode) - order(b.townCode)),
          { id: root.id, name: root.kind === 'district' ? DIRECT_UNIT_NAME : root.name, kind: 'direct', townCode: null },
        ];
  const unitIds = new Set(units.map((unit) => unit.id));
  // The nearest unit on the way up an org's path: its town, else the root.
  const unitOf = (path: string) =>
    path
      .split('/')
      .reverse()
      .find((id) => unitIds.has(id))!;
  return {
    root: { id: root.id, name: root.name },
    units,
    orgIds: orgs.map((org) => org.id),
    unitIds: orgs.map((org) => unitOf(org.path)),
    ancestorIds: root.path.split('/'),
  };
}

/** The figures of every unit, zero where a query found nothing. */
export function perUnit<T>(scope: ReportScope, found: Map<string, T>, zero: () => T): Map<string, T> {
  return new Map(scope.units.map((unit) => [unit.id, found.get(unit.id) ?? zero()]));
}

import { OCCUPATION_CODES, Occupation } from '@kgh/shared';
import { rowsOf, SqlRunner } from '../common/sql-rows';
import type { ReportMembershipView } from './dto/report-views.dto';
import { noPeriod, period, windowParameters } from './report-figures';
import type { ReportMonth } from './report-month';
import { perUnit, ReportScope, UNIT_OF_ORG } from './report-scope';

// Members count in their union's row; an application in the row of the union it was routed to.
// Members are never removed and joined_at never moves, so a past month's counts stay as they were.

export interface PendingApplications {
  count: number;
  /** When the longest-waiting one was submitted. */
  oldestSubmittedAt: Date | null;
}

/** Applications submitted before `end` and undecided then, per unit (the dashboard's queue is this at `now`). */
export async function pendingApplications(runner: SqlRunner, scope: ReportScope, end: Date): Promise<Map<string, PendingApplications>> {
  const rows = await rowsOf<{ unit_id: string; count: number; oldest: Date | null }>(
    runner,
    `SELECT unit.unit_id, count(*)::int AS count, min(a.submitted_at) AS oldest
       FROM membership_applications a JOIN ${UNIT_OF_ORG} ON unit.org_id = a.target_org_id
      WHERE a.submitted_at < $3 AND (a.reviewed_at IS NULL OR a.reviewed_at >= $3)
        -- decided without a time (never written so by the API): not counted as waiting
        AND (a.status = 'pending' OR a.reviewed_at IS NOT NULL)
      GROUP BY unit.unit_id`,
    [scope.orgIds, scope.unitIds, end],
  );
  return perUnit(scope, new Map(rows.map((row) => [row.unit_id, { count: row.count, oldestSubmittedAt: row.oldest }])), () => ({
    count: 0,
    oldestSubmittedAt: null,
  }));
}

export async function membershipFigures(runner: SqlRunner, scope: ReportScope, month: ReportMonth): Promise<Map<string, ReportMembershipView>> {
  const [rows, pending] = await Promise.all([
    rowsOf<{ unit_id: string; occupation: Occupation; members: number; joined_month: number; joined_year: number }>(
      runner,
      // Counted per union first and put in rows after: half the time of joining every member to its row
      // (bench/monthly-report, 100,000 members: 72 ms against 143 ms).
      `SELECT unit.unit_id, per_union.occupation,
              sum(per_union.members)::int AS members, sum(per_union.joined_month)::int AS joined_month, sum(per_union.joined_year)::int AS joined_year
         FROM (SELECT m.union_org_id, m.occupation, count(*) AS members,
                      count(*) FILTER (WHERE m.joined_at >= $4) AS joined_month,
                      count(*) FILTER (WHERE m.joined_at >= $3) AS joined_year
                 FROM members m
                WHERE m.joined_at < $5 AND m.union_org_id = ANY($1::uuid[])
                GROUP BY m.union_org_id, m.occupation) per_union
         JOIN ${UNIT_OF_ORG} ON unit.org_id = per_union.union_org_id
        GROUP BY unit.unit_id, per_union.occupation`,
      windowParameters(scope, month),
    ),
    pendingApplications(runner, scope, month.end),
  ]);
  const figures = new Map<string, ReportMembershipView>();
  for (const unit of scope.units) {
    const mine = rows.filter((row) => row.unit_id === unit.id);
    const of = new Map(mine.map((row) => [row.occupation, row]));
    figures.set(unit.id, {
      members: mine.reduce((sum, row) => sum + row.members, 0),
      joined: period(
        mine.reduce((sum, row) => sum + row.joined_month, 0),
        mine.reduce((sum, row) => sum + row.joined_year, 0),
      ),
      joinedByOccupation: OCCUPATION_CODES.map((occupation) => {
        const row = of.get(occupation);
        return { occupation, joined: row ? period(row.joined_month, row.joined_year) : noPeriod() };
      }),
      pendingApplications: pending.get(unit.id)!.count,
    });
  }
  return figures;
}

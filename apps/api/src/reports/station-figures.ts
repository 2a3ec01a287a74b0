import { rowsOf, SqlRunner } from '../common/sql-rows';
import type { ReportStationsView } from './dto/report-views.dto';
import { byUnit, period, windowParameters } from './report-figures';
import { asOf, changesAround } from './report-history';
import type { ReportMonth } from './report-month';
import { perUnit, ReportScope, UNIT_OF_ORG } from './report-scope';

// A station as it stood at an instant (the parameter `end`): open to workers or not, and the town
// federation keeping it (report-history.ts). Its check-ins and reports count in its row.
const stationsAt = (end: string) => `
  SELECT s.id, ${asOf('active', 's.active')} AS active, ${asOf('org_id', 's.org_id')} AS org_id
    FROM stations s
    ${changesAround('station_status_changes', 'station_id', 's.id', end, ['active', 'org_id'])}
   WHERE s.created_at < ${end}`;

/** Problem reports made before `end` and not resolved by then, per unit (the dashboard's count is this at `now`). */
export async function openStationReports(runner: SqlRunner, scope: ReportScope, end: Date): Promise<Map<string, number>> {
  const rows = await rowsOf<{ unit_id: string; open: number }>(
    runner,
    `WITH st AS (${stationsAt('$3')})
     SELECT unit.unit_id, count(*)::int AS open
       FROM station_reports r JOIN st ON st.id = r.station_id JOIN ${UNIT_OF_ORG} ON unit.org_id = st.org_id
      WHERE r.created_at < $3 AND (r.resolved_at IS NULL OR r.resolved_at >= $3)
      GROUP BY unit.unit_id`,
    [scope.orgIds, scope.unitIds, end],
  );
  return perUnit(scope, new Map(rows.map((row) => [row.unit_id, row.open])), () => 0);
}

interface StationRow {
  unit_id: string;
  active: number;
  check_ins_month: string;
  check_ins_year: string;
  opened_month: string;
  opened_year: string;
  resolved_month: string;
  resolved_year: string;
}

export async function stationFigures(runner: SqlRunner, scope: ReportScope, month: ReportMonth): Promise<Map<string, ReportStationsView>> {
  const [rows, open] = await Promise.all([
    rowsOf<StationRow>(
      runner,
      `WITH st AS (${stationsAt('$5')}),
     check_ins AS (
       SELECT station_id, count(*) FILTER (WHERE checked_in_at >= $4) AS month, count(*) AS year
         FROM station_check_ins WHERE checked_in_at >= $3 AND checked_in_at < $5 GROUP BY station_id),
     opened AS (
       SELECT station_id, count(*) FILTER (WHERE created_at >= $4) AS month, count(*) AS year
         FROM station_reports WHERE created_at >= $3 AND created_at < $5 GROUP BY station_id),
     resolved AS (
       SELECT station_id, count(*) FILTER (WHERE resolved_at >= $4) AS month, count(*) AS year
         FROM station_reports WHERE resolved_at >= $3 AND resolved_at < $5 GROUP BY station_id)
     SELECT unit.unit_id,
            count(*) FILTER (WHERE st.active)::int AS active,
            coalesce(sum(check_ins.month), 0) AS check_ins_month, coalesce(sum(check_ins.year), 0) AS check_ins_year,
            coalesce(sum(opened.month), 0) AS opened_month, coalesce(sum(opened.year), 0) AS opened_year,
            coalesce(sum(resolved.month), 0) AS resolved_month, coalesce(sum(resolved.year), 0) AS resolved_year
       FROM st JOIN ${UNIT_OF_ORG} ON unit.org_id = st.org_id
       LEFT JOIN check_ins ON check_ins.station_id = st.id
       LEFT JOIN opened ON opened.station_id = st.id
       LEFT JOIN resolved ON resolved.station_id = st.id
      GROUP BY unit.unit_id`,
      windowParameters(scope, month),
    ),
    openStationReports(runner, scope, month.end),
  ]);
  const found = byUnit(rows);
  return new Map(scope.units.map((unit) => [unit.id, stationsView(found.get(unit.id) ?? null, open.get(unit.id)!)]));
}

function stationsView(row: StationRow | null, reportsOpen: number): ReportStationsView {
  return {
    active: row?.active ?? 0,
    checkIns: period(row?.check_ins_month, row?.check_ins_year),
    reportsOpened: period(row?.opened_month, row?.opened_year),
    reportsResolved: period(row?.resolved_month, row?.resolved_year),
    reportsOpen,
  };
}

import { joinRate } from '../census/census-views';
import { rowsOf, SqlRunner } from '../common/sql-rows';
import type { ReportCensusView } from './dto/report-views.dto';
import { byUnit, period, windowParameters } from './report-figures';
import { asOf, changesAround } from './report-history';
import type { ReportMonth } from './report-month';
import { perUnit, ReportScope, UNIT_OF_ORG } from './report-scope';

// An enterprise as it stood at the month's end ($5): its union status and mode from the last step of
// its status timeline before then (the first step is its registration); its new-form workers and
// town federation from its ledger changes (report-history.ts).
const ENTERPRISES_AT_END = `
  SELECT e.id,
         coalesce(status.to_status, e.union_status) AS status,
         CASE WHEN status.to_status IS NULL THEN e.formation_mode ELSE status.formation_mode END AS mode,
         ${asOf('org_id', 'e.org_id')} AS org_id,
         ${asOf('new_form_workers', 'e.new_form_workers')} AS new_form_workers
    FROM enterprises e
    LEFT JOIN LATERAL (
      SELECT c.to_status, c.formation_mode FROM enterprise_status_changes c
       WHERE c.enterprise_id = e.id AND c.changed_at < $5
       ORDER BY c.changed_at DESC, c.from_status DESC NULLS LAST, c.id DESC LIMIT 1) status ON true
    ${changesAround('enterprise_ledger_changes', 'enterprise_id', 'e.id', '$5', ['org_id', 'new_form_workers'])}
   WHERE e.created_at < $5`;

/** Still there to organise: neither moved out nor closed. */
const IN_CENSUS = `st.status IN ('established', 'not_established')`;

interface CensusRow {
  unit_id: string;
  enterprises: number;
  established: number;
  not_established: number;
  moved_out: number;
  closed: number;
  standalone: number;
  lead: number;
  industry: number;
  new_form_workers: number;
  members: number;
  established_month: number;
  established_year: number;
}

export async function censusFigures(runner: SqlRunner, scope: ReportScope, month: ReportMonth): Promise<Map<string, ReportCensusView>> {
  const rows = await rowsOf<CensusRow>(
    runner,
    `WITH st AS (${ENTERPRISES_AT_END})
     SELECT unit.unit_id,
            count(*)::int AS enterprises,
            count(*) FILTER (WHERE st.status = 'established')::int AS established,
            count(*) FILTER (WHERE st.status = 'not_established')::int AS not_established,
            count(*) FILTER (WHERE st.status = 'moved_out')::int AS moved_out,
            count(*) FILTER (WHERE st.status = 'closed')::int AS closed,
            count(*) FILTER (WHERE st.status = 'established' AND st.mode = 'standalone')::int AS standalone,
            count(*) FILTER (WHERE st.status = 'established' AND st.mode = 'lead')::int AS lead,
            count(*) FILTER (WHERE st.status = 'established' AND st.mode = 'industry')::int AS industry,
            coalesce(sum(st.new_form_workers) FILTER (WHERE ${IN_CENSUS}), 0)::int AS new_form_workers,
            coalesce(sum(joined.members) FILTER (WHERE ${IN_CENSUS}), 0)::int AS members,
            count(*) FILTER (WHERE became.in_month)::int AS established_month,
            count(*) FILTER (WHERE became.in_year)::int AS established_year
       FROM st JOIN ${UNIT_OF_ORG} ON unit.org_id = st.org_id
       LEFT JOIN LATERAL (
         SELECT count(*) AS members FROM membership_applications a JOIN members m ON m.application_id = a.id
          WHERE a.enterprise_id = st.id AND m.joined_at < $5) joined ON true
       LEFT JOIN LATERAL (
         SELECT coalesce(bool_or(c.changed_at >= $4), false) AS in_month, count(*) > 0 AS in_year FROM enterprise_status_changes c
          WHERE c.enterprise_id = st.id AND c.to_status = 'established' AND c.changed_at >= $3 AND c.changed_at < $5) became ON true
      GROUP BY unit.unit_id`,
    windowParameters(scope, month),
  );
  const figures = new Map([...byUnit(rows)].map(([unitId, row]) => [unitId, censusView(row)]));
  return perUnit(scope, figures, () => censusView(null));
}

function censusView(row: CensusRow | null): ReportCensusView {
  const n = (key: keyof Omit<CensusRow, 'unit_id'>) => row?.[key] ?? 0;
  return {
    enterprises: n('enterprises'),
    byStatus: { established: n('established'), not_established: n('not_established'), moved_out: n('moved_out'), closed: n('closed') },
    byMode: { standalone: n('standalone'), lead: n('lead'), industry: n('industry') },
    newlyEstablished: period(n('established_month'), n('established_year')),
    newFormWorkers: n('new_form_workers'),
    newFormWorkerMembers: n('members'),
    joinRate: joinRate(n('members'), n('new_form_workers')),
  };
}

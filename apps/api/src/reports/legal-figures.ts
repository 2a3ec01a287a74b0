import { rowsOf, SqlRunner } from '../common/sql-rows';
import type { ReportLegalView } from './dto/report-views.dto';
import { byUnit, period, windowParameters } from './report-figures';
import type { ReportMonth } from './report-month';
import { perUnit, ReportScope, UNIT_OF_ORG } from './report-scope';

// Rights services from the requests' status changes (legal_request_events), never from their status
// now: a consultation is a request answered, a case one registered; a case is closed when it is
// fulfilled, declined, referred or withdrawn after registration. Amounts are each request's as they
// stood at the month's end: the last event before then that carried one (events keep the amounts
// as they were set). A request counts in the row of the union working it.

interface LegalRow {
  unit_id: string;
  consultations_month: number;
  consultations_year: number;
  registered_month: number;
  registered_year: number;
  closed_month: number;
  closed_year: number;
  claimed_month: string;
  claimed_year: string;
  agreed_month: string;
  agreed_year: string;
  recovered_month: string;
  recovered_year: string;
}

const amountAtEnd = (column: string) => `(
  SELECT e.${column} FROM legal_request_events e
   WHERE e.request_id = moves.request_id AND e.at < $5 AND e.${column} IS NOT NULL
   ORDER BY e.at DESC, e.id DESC LIMIT 1)`;

export async function legalFigures(runner: SqlRunner, scope: ReportScope, month: ReportMonth): Promise<Map<string, ReportLegalView>> {
  const rows = await rowsOf<LegalRow>(
    runner,
    `WITH moves AS (
       SELECT ev.request_id, r.org_id, ev.at >= $4 AS in_month,
              ev.to_status = 'answered' AS consultation,
              ev.to_status = 'registered' AS registered,
              ev.to_status IN ('fulfilled', 'declined', 'referred', 'withdrawn') AND ev.from_status <> 'submitted' AS closed,
              ev.to_status = 'agreed' AS agreed,
              ev.to_status = 'fulfilled' AS fulfilled
         FROM legal_request_events ev JOIN legal_requests r ON r.id = ev.request_id
        WHERE ev.kind = 'status' AND ev.at >= $3 AND ev.at < $5
          AND ev.to_status IN ('answered', 'registered', 'agreed', 'fulfilled', 'declined', 'referred', 'withdrawn')),
     counted AS (
       SELECT moves.*,
              CASE WHEN registered THEN ${amountAtEnd('amount_claimed_fen')} END AS claimed,
              CASE WHEN agreed THEN ${amountAtEnd('amount_agreed_fen')} END AS agreed_fen,
              CASE WHEN fulfilled THEN ${amountAtEnd('amount_recovered_fen')} END AS recovered
         FROM moves)
     SELECT unit.unit_id,
            count(*) FILTER (WHERE consultation AND in_month)::int AS consultations_month,
            count(*) FILTER (WHERE consultation)::int AS consultations_year,
            count(*) FILTER (WHERE registered AND in_month)::int AS registered_month,
            count(*) FILTER (WHERE registered)::int AS registered_year,
            count(*) FILTER (WHERE closed AND in_month)::int AS closed_month,
            count(*) FILTER (WHERE closed)::int AS closed_year,
            coalesce(sum(claimed) FILTER (WHERE in_month), 0) AS claimed_month,
            coalesce(sum(claimed), 0) AS claimed_year,
            coalesce(sum(agreed_fen) FILTER (WHERE in_month), 0) AS agreed_month,
            coalesce(sum(agreed_fen), 0) AS agreed_year,
            coalesce(sum(recovered) FILTER (WHERE in_month), 0) AS recovered_month,
            coalesce(sum(recovered), 0) AS recovered_year
       FROM counted JOIN ${UNIT_OF_ORG} ON unit.org_id = counted.org_id
      GROUP BY unit.unit_id`,
    windowParameters(scope, month),
  );
  const figures = new Map([...byUnit(rows)].map(([unitId, row]) => [unitId, legalView(row)]));
  return perUnit(scope, figures, () => legalView(null));
}

function legalView(row: LegalRow | null): ReportLegalView {
  return {
    consultations: period(row?.consultations_month, row?.consultations_year),
    casesRegistered: period(row?.registered_month, row?.registered_year),
    casesClosed: period(row?.closed_month, row?.closed_year),
    amountClaimedFen: period(row?.claimed_month, row?.claimed_year),
    amountAgreedFen: period(row?.agreed_month, row?.agreed_year),
    amountRecoveredFen: period(row?.recovered_month, row?.recovered_year),
  };
}

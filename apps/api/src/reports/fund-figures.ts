import { rowsOf, SqlRunner } from '../common/sql-rows';
import type { ReportFundView } from './dto/report-views.dto';
import { byUnit, period } from './report-figures';
import type { ReportMonth } from './report-month';
import { perUnit, ReportScope, UNIT_OF_ORG } from './report-scope';

// The special fund by calendar day: allocated for the report's year by the month's last day, spent
// in the month and in the year up to it.

interface FundRow {
  unit_id: string;
  allocated: string;
  spent_month: string;
  spent_year: string;
}

export async function fundFigures(runner: SqlRunner, scope: ReportScope, month: ReportMonth): Promise<Map<string, ReportFundView>> {
  const rows = await rowsOf<FundRow>(
    runner,
    `SELECT unit.unit_id, sum(money.allocated) AS allocated, sum(money.spent_month) AS spent_month, sum(money.spent_year) AS spent_year
       FROM (
         SELECT org_id, amount_fen AS allocated, 0 AS spent_month, 0 AS spent_year
           FROM special_fund_allocations WHERE year = $3 AND allocated_on < $6::date
         UNION ALL
         SELECT org_id, 0, CASE WHEN spent_on >= $5::date THEN amount_fen ELSE 0 END, amount_fen
           FROM special_fund_spendings WHERE spent_on >= $4::date AND spent_on < $6::date
       ) money JOIN ${UNIT_OF_ORG} ON unit.org_id = money.org_id
      GROUP BY unit.unit_id`,
    [scope.orgIds, scope.unitIds, month.year, month.yearFirstDay, month.firstDay, month.nextFirstDay],
  );
  const figures = new Map([...byUnit(rows)].map(([unitId, row]) => [unitId, fundView(row)]));
  return perUnit(scope, figures, () => fundView(null));
}

function fundView(row: FundRow | null): ReportFundView {
  const allocatedFen = Number(row?.allocated ?? 0);
  const spentFen = period(row?.spent_month, row?.spent_year);
  return { allocatedFen, spentFen, balanceFen: allocatedFen - spentFen.yearToDate };
}

import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReportTable, type MonthlyReport, type ReportRow } from '../src/pages/reports/ReportTable';

const period = (month: number, yearToDate: number) => ({ month, yearToDate });

function row(kind: ReportRow['kind'], name: string, fundSpentFen: number, joinRate: number | null): ReportRow {
  return {
    kind,
    townCode: null,
    org: { id: `org-${name}`, name },
    name,
    census: {
      enterprises: 12,
      newFormWorkers: 200,
      newFormWorkerMembers: 150,
      byStatus: { established: 8, not_established: 3, moved_out: 1, closed: 0 },
      byMode: { standalone: 5, lead: 2, industry: 1 },
      newlyEstablished: period(1, 4),
      joinRate,
    },
    membership: { members: 1234, pendingApplications: 3, joined: period(7, 60), joinedByOccupation: [] },
    legal: {
      consultations: period(2, 9),
      casesRegistered: period(1, 5),
      casesClosed: period(0, 3),
      amountClaimedFen: period(1_234_550, 5_000_000),
      amountAgreedFen: period(0, 0),
      amountRecoveredFen: period(0, 0),
    },
    benefits: { confirmed: period(10, 80), redeemed: period(9, 70), spentFen: period(45_000, 300_000), byProgramme: [] },
    stations: { active: 4, reportsOpen: 1, checkIns: period(300, 2400), reportsOpened: period(2, 10), reportsResolved: period(1, 9) },
    fund: { allocatedFen: 11_250_000, balanceFen: 11_250_000 - fundSpentFen, spentFen: period(fundSpentFen, fundSpentFen) },
  };
}

const REPORT: MonthlyReport = {
  year: 2026,
  title: '新业态新就业群体建会入会和维权服务工作情况表',
  month: '2026-11',
  periodStart: '2026-10-31T16:00:00.000Z',
  periodEnd: '2026-11-30T16:00:00.000Z',
  union: { id: 'org-district', name: '柯桥区总工会' },
  programmes: [],
  rows: [row('town', '柯桥街道', 100_050, 0.75), row('town', '华舍街道', 0, null)],
  total: row('total', '合计', 100_050, 0.5),
  generatedAt: '2026-12-01T00:00:00.000Z',
};

describe('ReportTable', () => {
  it('lists the towns then the total in bold, grouped under the Excel headings, money in yuan', () => {
    render(<ReportTable report={REPORT} />);
    for (const group of ['建会', '入会', '维权', '福利', '驿站', '专项经费']) expect(screen.getAllByText(group).length).toBeGreaterThan(0);

    const rows = document.querySelectorAll('tbody tr[data-row-kind]');
    expect([...rows].map((tr) => tr.querySelector('td')?.textContent)).toEqual(['柯桥街道', '华舍街道', '合计']);
    const total = rows[2] as HTMLElement;
    expect(total.dataset.rowKind).toBe('total');
    expect(total).toHaveStyle({ fontWeight: '600' });
    expect((rows[0] as HTMLElement).style.fontWeight).toBe('');

    const town = within(rows[0] as HTMLElement);
    expect(town.getAllByText('¥1,000.50').length).toBe(2); // the fund spent this month and this year
    expect(town.getByText('¥12,345.50')).toBeInTheDocument();
    expect(town.getByText('¥111,499.50')).toBeInTheDocument();
    expect(town.getByText('75.0%')).toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByText('—')).toBeInTheDocument();
  });
});

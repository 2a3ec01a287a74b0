import type { Schema } from '@kgh/api-client';
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { FORMATION_MODE_NAMES } from '../../components/labels';
import { yuan } from '../../components/money';

export type MonthlyReport = Schema<'MonthlyReportView'>;
export type ReportRow = Schema<'MonthlyReportRowView'>;
type Period = Schema<'PeriodCountView'>;

/** A join rate (a fraction, or null when there is nobody to join) as a percentage with one decimal. */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

function count(title: string, value: (row: ReportRow) => number): ColumnsType<ReportRow>[number] {
  return { title, key: title, align: 'right', render: (_: unknown, row: ReportRow) => value(row).toLocaleString('zh-CN') };
}

function money(title: string, value: (row: ReportRow) => number): ColumnsType<ReportRow>[number] {
  return { title, key: title, align: 'right', render: (_: unknown, row: ReportRow) => yuan(value(row)) };
}

/** Two columns for a figure the API gives both for the month and cumulative for the year. */
function period(title: string, value: (row: ReportRow) => Period, isMoney = false): ColumnsType<ReportRow> {
  const column = isMoney ? money : count;
  return [column(`${title}（本月）`, (row) => value(row).month), column(`${title}（本年累计）`, (row) => value(row).yearToDate)];
}

const COLUMNS: ColumnsType<ReportRow> = [
  { title: '镇（街道）', key: 'name', dataIndex: 'name', fixed: 'left', width: 140 },
  {
    title: '建会',
    key: 'census',
    children: [
      count('企业数', (row) => row.census.enterprises),
      count('已建会', (row) => row.census.byStatus.established),
      count('未建会', (row) => row.census.byStatus.not_established),
      ...(['standalone', 'lead', 'industry'] as const).map((mode) => count(FORMATION_MODE_NAMES[mode] ?? mode, (row) => row.census.byMode[mode])),
      ...period('新建会', (row) => row.census.newlyEstablished),
    ],
  },
  {
    title: '入会',
    key: 'membership',
    children: [
      count('新就业形态劳动者', (row) => row.census.newFormWorkers),
      count('其中会员', (row) => row.census.newFormWorkerMembers),
      { title: '入会率', key: 'joinRate', align: 'right', render: (_: unknown, row: ReportRow) => percent(row.census.joinRate) },
      count('会员总数', (row) => row.membership.members),
      ...period('新入会', (row) => row.membership.joined),
      count('待审核申请', (row) => row.membership.pendingApplications),
    ],
  },
  {
    title: '维权',
    key: 'legal',
    children: [
      ...period('法律咨询', (row) => row.legal.consultations),
      ...period('立案', (row) => row.legal.casesRegistered),
      ...period('结案', (row) => row.legal.casesClosed),
      ...period('诉求金额', (row) => row.legal.amountClaimedFen, true),
      ...period('协议金额', (row) => row.legal.amountAgreedFen, true),
      ...period('追回金额', (row) => row.legal.amountRecoveredFen, true),
    ],
  },
  {
    title: '福利',
    key: 'benefits',
    children: [
      ...period('确认申领', (row) => row.benefits.confirmed),
      ...period('核销', (row) => row.benefits.redeemed),
      ...period('支出', (row) => row.benefits.spentFen, true),
    ],
  },
  {
    title: '驿站',
    key: 'stations',
    children: [
      count('运营中', (row) => row.stations.active),
      ...period('打卡', (row) => row.stations.checkIns),
      ...period('问题反馈', (row) => row.stations.reportsOpened),
      ...period('已解决', (row) => row.stations.reportsResolved),
      count('未解决', (row) => row.stations.reportsOpen),
    ],
  },
  {
    title: '专项经费',
    key: 'fund',
    children: [
      money('已下拨', (row) => row.fund.allocatedFen),
      ...period('支出', (row) => row.fund.spentFen, true),
      money('结余', (row) => row.fund.balanceFen),
    ],
  },
];

function keyOf(row: ReportRow): string {
  return `${row.kind}-${row.townCode ?? row.org.id}`;
}

/** The report as the Excel lays it out: towns as rows, then the total in bold; the town column stays put. */
export function ReportTable({ report }: { report: MonthlyReport }) {
  return (
    <Table<ReportRow>
      size="small"
      bordered
      rowKey={keyOf}
      pagination={false}
      columns={COLUMNS}
      dataSource={[...report.rows, report.total]}
      scroll={{ x: 'max-content' }}
      onRow={(row) => (row.kind === 'total' ? { style: { fontWeight: 600 }, 'data-row-kind': 'total' } : { 'data-row-kind': row.kind })}
      locale={{ emptyText: '没有数据' }}
    />
  );
}

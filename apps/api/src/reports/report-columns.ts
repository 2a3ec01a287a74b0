import { OCCUPATIONS } from '@kgh/shared';
import type { MonthlyReportRowView, PeriodCountView } from './dto/report-views.dto';

// The table's columns, once: the header (group and label), the definition on the 指标说明 sheet,
// and where the value comes from. The Excel file is written from this list alone.

export type ColumnFormat = 'count' | 'yuan' | 'rate';

export interface ReportColumn {
  group: string;
  label: string;
  definition: string;
  format: ColumnFormat;
  /** A count or a rate as it is; money in fen (the workbook shows yuan). */
  value: (row: MonthlyReportRowView) => number | null;
}

const count = (group: string, label: string, definition: string, value: ReportColumn['value']): ReportColumn => ({
  group,
  label,
  definition,
  format: 'count',
  value,
});

/** A flow twice: in the month, and from 1 January to the month's end. */
function monthAndYear(
  group: string,
  label: string,
  definition: string,
  of: (row: MonthlyReportRowView) => PeriodCountView,
  format: ColumnFormat = 'count',
): ReportColumn[] {
  return [
    { group, label: `${label}（本月）`, definition: `${definition}，统计月份内`, format, value: (row) => of(row).month },
    { group, label: `${label}（本年累计）`, definition: `${definition}，当年1月1日至统计月末`, format, value: (row) => of(row).yearToDate },
  ];
}

const CENSUS = '建会情况';
const JOINING = '入会情况';
const BY_OCCUPATION = '本月新入会（按职业）';
const LEGAL = '维权服务';
const BENEFITS = '普惠服务';
const STATIONS = '职工驿站';
const FUND = '专项经费';

export const REPORT_COLUMNS: ReportColumn[] = [
  count(CENSUS, '企业总数', '建会普查台账中月末已登记的企业数（含外迁、注销倒闭）', (row) => row.census.enterprises),
  count(CENSUS, '已建会', '月末建会状态为已建会的企业数', (row) => row.census.byStatus.established),
  count(CENSUS, '未建会', '月末建会状态为未建会的企业数', (row) => row.census.byStatus.not_established),
  count(CENSUS, '外迁', '月末建会状态为外迁的企业数', (row) => row.census.byStatus.moved_out),
  count(CENSUS, '注销倒闭', '月末建会状态为注销倒闭的企业数', (row) => row.census.byStatus.closed),
  count(CENSUS, '单独建', '已建会企业中以单独建方式建会的企业数', (row) => row.census.byMode.standalone),
  count(CENSUS, '牵头建', '已建会企业中以牵头建（龙头企业牵头、园区联合）方式建会的企业数', (row) => row.census.byMode.lead),
  count(CENSUS, '推动建', '已建会企业中通过行业工会推动建会的企业数', (row) => row.census.byMode.industry),
  ...monthAndYear(CENSUS, '新建会企业', '建会状态变更为已建会的企业数', (row) => row.census.newlyEstablished),
  count(JOINING, '新就业形态劳动者', '月末未外迁、未注销的普查企业中新就业形态劳动者人数合计', (row) => row.census.newFormWorkers),
  count(JOINING, '其中已入会', '入会申请选择上述企业并已批准入会的会员数', (row) => row.census.newFormWorkerMembers),
  { group: JOINING, label: '入会率', definition: '其中已入会 ÷ 新就业形态劳动者；无劳动者时空白', format: 'rate', value: (row) => row.census.joinRate },
  count(JOINING, '会员总数', '月末会员数，按会员所属工会计入所在镇（街道）', (row) => row.membership.members),
  ...monthAndYear(JOINING, '新入会会员', '入会申请获批准（入会时间）的会员数', (row) => row.membership.joined),
  count(JOINING, '月末待审核申请', '月末已提交、尚未审核的入会申请数，按申请所分派的工会计', (row) => row.membership.pendingApplications),
  ...OCCUPATIONS.map(({ code, name }) =>
    count(
      BY_OCCUPATION,
      name,
      `统计月份内新入会会员中职业为${name}的人数`,
      (row) => row.membership.joinedByOccupation.find((one) => one.occupation === code)?.joined.month ?? 0,
    ),
  ),
  ...monthAndYear(LEGAL, '法律咨询', '作为法律咨询答复的维权求助件数（按答复时间）', (row) => row.legal.consultations),
  ...monthAndYear(LEGAL, '立案', '登记立案的维权案件数（按立案时间）', (row) => row.legal.casesRegistered),
  ...monthAndYear(LEGAL, '结案', '立案后已履行、不予受理、转仲裁/诉讼或撤回的案件数（按结案时间）', (row) => row.legal.casesClosed),
  ...monthAndYear(LEGAL, '涉案金额（元）', '期间立案案件的诉求金额，按统计月末的记录', (row) => row.legal.amountClaimedFen, 'yuan'),
  ...monthAndYear(LEGAL, '调解协议金额（元）', '期间达成调解协议的案件的协议金额，按统计月末的记录', (row) => row.legal.amountAgreedFen, 'yuan'),
  ...monthAndYear(LEGAL, '追回金额（元）', '期间履行完毕的案件追回的金额，按统计月末的记录', (row) => row.legal.amountRecoveredFen, 'yuan'),
  ...monthAndYear(BENEFITS, '确认申领', '福利申领获确认的件数（按确认时间，含其后取消的），按会员所属工会计', (row) => row.benefits.confirmed),
  ...monthAndYear(BENEFITS, '核销', '服务机构扫码核销（已使用）的申领件数', (row) => row.benefits.redeemed),
  ...monthAndYear(BENEFITS, '支出（元）', '已核销申领的费用合计；各项目预算见“福利项目”表', (row) => row.benefits.spentFen, 'yuan'),
  count(STATIONS, '运营驿站', '月末对职工开放（未停用）的驿站数', (row) => row.stations.active),
  ...monthAndYear(STATIONS, '打卡人次', '职工在驿站打卡的人次', (row) => row.stations.checkIns),
  ...monthAndYear(STATIONS, '问题反馈', '职工提交的驿站问题反馈件数（按提交时间）', (row) => row.stations.reportsOpened),
  ...monthAndYear(STATIONS, '反馈已解决', '标记为已处理的问题反馈件数（按处理时间）', (row) => row.stations.reportsResolved),
  count(STATIONS, '月末未解决反馈', '月末仍未处理的问题反馈件数', (row) => row.stations.reportsOpen),
  {
    group: FUND,
    label: '下拨（元）',
    definition: '当年新就业形态工会工作专项经费下拨到该单位的金额（下拨日期在月末前）',
    format: 'yuan',
    value: (row) => row.fund.allocatedFen,
  },
  ...monthAndYear(FUND, '支出（元）', '专项经费支出金额（按支出日期）', (row) => row.fund.spentFen, 'yuan'),
  { group: FUND, label: '结余（元）', definition: '下拨 − 本年累计支出', format: 'yuan', value: (row) => row.fund.balanceFen },
];

/** What the whole table counts, for the top of the 指标说明 sheet. */
export const REPORT_NOTES = [
  '所有数字均按统计月末（次月1日零时，北京时间）的记录计算；之后的变更不影响已过月份的报表。',
  '“本月”为统计月份1日零时至月末；“本年累计”为当年1月1日零时至统计月末（北京时间）。',
  '每条记录计入其所属组织所在的镇（街道）：会员按所属工会，企业、驿站按所属镇（街道）总工会，维权案件按承办工会；区直属工会（如快递行业工会）单列一行。',
  '金额单位为元，保留两位小数（系统内以分为单位的整数记录）。',
];

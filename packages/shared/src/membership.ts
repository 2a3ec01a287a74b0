export const OCCUPATIONS = [
  { code: 'courier', name: '快递员' },
  { code: 'food_delivery', name: '外卖骑手' },
  { code: 'livestreamer', name: '电商主播' },
  { code: 'freight_driver', name: '货运司机' },
  { code: 'domestic_worker', name: '家政服务员' },
  { code: 'ride_hailing_driver', name: '网约车司机' },
  { code: 'other', name: '其他新就业形态' },
] as const;
export type Occupation = (typeof OCCUPATIONS)[number]['code'];
export const OCCUPATION_CODES: Occupation[] = OCCUPATIONS.map((o) => o.code);

// Employers and platforms offered in the join form; 'other' lets a worker name any employer.
export const EMPLOYERS = [
  { code: 'meituan', name: '美团' },
  { code: 'eleme', name: '饿了么' },
  { code: 'sf', name: '顺丰速运' },
  { code: 'yto', name: '圆通速递' },
  { code: 'zto', name: '中通快递' },
  { code: 'sto', name: '申通快递' },
  { code: 'yunda', name: '韵达速递' },
  { code: 'jd', name: '京东物流' },
  { code: 'jtexpress', name: '极兔速递' },
  { code: 'ems', name: '中国邮政EMS' },
  { code: 'deppon', name: '德邦快递' },
  { code: 'huolala', name: '货拉拉' },
  { code: 'manbang', name: '满帮' },
  { code: 'douyin', name: '抖音' },
  { code: 'kuaishou', name: '快手' },
  { code: 'other', name: '其他' },
] as const;
export type EmployerCode = (typeof EMPLOYERS)[number]['code'];
export const EMPLOYER_CODES: EmployerCode[] = EMPLOYERS.map((e) => e.code);

export const APPLICATION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Where a worker stands: `none` before any application, else the latest application's status. */
export const MEMBERSHIP_STATES = ['none', ...APPLICATION_STATUSES] as const;
export type MembershipState = (typeof MEMBERSHIP_STATES)[number];

export const APPLICATION_STATUS_NAMES: Record<ApplicationStatus, string> = {
  pending: '审核中',
  approved: '已入会',
  rejected: '未通过',
};

/** The answers of a join application staff can send back to be corrected, in the form's order. */
export const APPLICATION_FIELDS = [
  { code: 'name', name: '姓名' },
  { code: 'idNumber', name: '身份证号' },
  { code: 'phone', name: '手机号' },
  { code: 'occupation', name: '职业' },
  { code: 'employer', name: '工作单位/平台' },
  { code: 'townCode', name: '工作镇街' },
] as const;
export type ApplicationField = (typeof APPLICATION_FIELDS)[number]['code'];
export const APPLICATION_FIELD_CODES: ApplicationField[] = APPLICATION_FIELDS.map((f) => f.code);

/** The privacy notice version the join form shows; the API refuses other versions. */
export const CURRENT_CONSENT_VERSION = '2026-11';

export const ROLES = ['worker', 'provider', 'mediator', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

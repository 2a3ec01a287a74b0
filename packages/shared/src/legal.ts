// Legal help (维权服务): what a worker asks about, against whom, and where the request stands.

export const LEGAL_TOPICS = [
  { code: 'unpaid_wages', name: '欠薪' },
  { code: 'work_injury', name: '工伤' },
  { code: 'labour_contract', name: '劳动合同/劳动关系' },
  { code: 'social_insurance', name: '社会保险' },
  { code: 'traffic_accident', name: '交通事故' },
  { code: 'other', name: '其他' },
] as const;
export type LegalTopic = (typeof LEGAL_TOPICS)[number]['code'];
export const LEGAL_TOPIC_CODES: LegalTopic[] = LEGAL_TOPICS.map((topic) => topic.code);

/** Who the request is against; gig workers often cannot name their employer, so 不清楚 is allowed. */
export const LEGAL_PARTIES = [
  { code: 'platform', name: '平台' },
  { code: 'partner', name: '配送合作商/外包公司' },
  { code: 'enterprise', name: '用工企业' },
  { code: 'other', name: '其他' },
  { code: 'unknown', name: '不清楚' },
] as const;
export type LegalParty = (typeof LEGAL_PARTIES)[number]['code'];
export const LEGAL_PARTY_CODES: LegalParty[] = LEGAL_PARTIES.map((party) => party.code);

/**
 * A request waits as `submitted` until staff answer it as a consultation (`answered`) or register it
 * as a case; a case then moves registered → mediating → agreed → fulfilled, or ends declined,
 * failed → referred, or withdrawn. The allowed moves are the API's (legal/case-transitions.ts).
 */
export const LEGAL_STATUSES = [
  { code: 'submitted', name: '待受理' },
  { code: 'answered', name: '已解答' },
  { code: 'registered', name: '已立案' },
  { code: 'mediating', name: '调解中' },
  { code: 'agreed', name: '已达成协议' },
  { code: 'fulfilled', name: '已履行' },
  { code: 'declined', name: '不予受理' },
  { code: 'failed', name: '调解未成' },
  { code: 'referred', name: '已转仲裁/诉讼' },
  { code: 'withdrawn', name: '已撤回' },
] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number]['code'];
export const LEGAL_STATUS_CODES: LegalStatus[] = LEGAL_STATUSES.map((status) => status.code);

/** Where a request is done with: the worker can add information or withdraw until then. */
export const CLOSED_LEGAL_STATUSES: readonly LegalStatus[] = ['answered', 'fulfilled', 'declined', 'referred', 'withdrawn'];

export const MEDIATION_FORMS = [
  { code: 'in_person', name: '现场调解' },
  { code: 'phone', name: '电话调解' },
  { code: 'video', name: '视频调解' },
  { code: 'court', name: '诉前联动调解（法院工会工作室）' },
] as const;
export type MediationForm = (typeof MEDIATION_FORMS)[number]['code'];
export const MEDIATION_FORM_CODES: MediationForm[] = MEDIATION_FORMS.map((form) => form.code);

/** Where a failed mediation is sent on. */
export const REFERRAL_BODIES = [
  { code: 'arbitration', name: '劳动人事争议仲裁委员会' },
  { code: 'court', name: '人民法院' },
] as const;
export type ReferralBody = (typeof REFERRAL_BODIES)[number]['code'];
export const REFERRAL_BODY_CODES: ReferralBody[] = REFERRAL_BODIES.map((body) => body.code);

/** The mediation period from registration (人民调解法 / 劳动争议调解仲裁法: 15 days), counted in Asia/Shanghai days. */
export const MEDIATION_DAYS = 15;
/** A new request should be answered or registered within this many days of arriving. */
export const LEGAL_REQUEST_DUE_DAYS = 3;
/** Longest description a worker may send. */
export const LEGAL_DESCRIPTION_MAX = 1000;

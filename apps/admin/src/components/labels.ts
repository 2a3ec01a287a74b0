import {
  AMENITIES,
  APPLICATION_STATUS_NAMES,
  CLAIM_STATUS_NAMES,
  EMPLOYERS,
  FORMATION_MODES,
  INDUSTRIES,
  LEGAL_PARTIES,
  LEGAL_STATUSES,
  LEGAL_TOPICS,
  MEDIATION_FORMS,
  OCCUPATIONS,
  REFERRAL_BODIES,
  STATION_KINDS,
  STATION_REPORT_KINDS,
  TOWNS,
  UNION_STATUSES,
  type Role,
} from '@kgh/shared';

/** `{code: name}` for a vocabulary, as ProTable's `valueEnum` and plain lookups want it. */
function namesOf(list: readonly { code: string; name: string }[]): Record<string, string> {
  return Object.fromEntries(list.map(({ code, name }) => [code, name]));
}

export const OCCUPATION_NAMES = namesOf(OCCUPATIONS);
export const EMPLOYER_NAMES = namesOf(EMPLOYERS);
export const TOWN_NAMES = namesOf(TOWNS);
export const STATION_KIND_NAMES = namesOf(STATION_KINDS);
export const AMENITY_NAMES = namesOf(AMENITIES);
export const STATION_REPORT_KIND_NAMES = namesOf(STATION_REPORT_KINDS);
export const INDUSTRY_NAMES = namesOf(INDUSTRIES);
export const UNION_STATUS_NAMES = namesOf(UNION_STATUSES);
export const FORMATION_MODE_NAMES = namesOf(FORMATION_MODES);
export const LEGAL_TOPIC_NAMES = namesOf(LEGAL_TOPICS);
export const LEGAL_PARTY_NAMES = namesOf(LEGAL_PARTIES);
export const LEGAL_STATUS_NAMES = namesOf(LEGAL_STATUSES);
export const MEDIATION_FORM_NAMES = namesOf(MEDIATION_FORMS);
export const REFERRAL_BODY_NAMES = namesOf(REFERRAL_BODIES);
/** What a legal request has become: still waiting, answered as a consultation, or a case. */
export const LEGAL_KIND_NAMES: Record<string, string> = { request: '待受理', consultation: '法律咨询', case: '维权案件' };
export { APPLICATION_STATUS_NAMES, CLAIM_STATUS_NAMES };
export const ROLE_NAMES: Record<Role, string> = { admin: '区总工会管理员', staff: '工会工作人员', mediator: '调解员', provider: '服务机构', worker: '职工' };
export const GENDER_NAMES: Record<string, string> = { male: '男', female: '女' };

/** Select options of a vocabulary. */
export function optionsOf(names: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(names).map(([value, label]) => ({ value, label }));
}

export function nameOf(names: Record<string, string>, code: string | null | undefined): string {
  return code ? (names[code] ?? code) : '—';
}

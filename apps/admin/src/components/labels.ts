import {
  AMENITIES,
  APPLICATION_STATUS_NAMES,
  CLAIM_STATUS_NAMES,
  EMPLOYERS,
  FORMATION_MODES,
  INDUSTRIES,
  OCCUPATIONS,
  STATION_KINDS,
  STATION_REPORT_KINDS,
  TOWNS,
  UNION_STATUSES,
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
export { APPLICATION_STATUS_NAMES, CLAIM_STATUS_NAMES };
export const GENDER_NAMES: Record<string, string> = { male: '男', female: '女' };

/** Select options of a vocabulary. */
export function optionsOf(names: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(names).map(([value, label]) => ({ value, label }));
}

export function nameOf(names: Record<string, string>, code: string | null | undefined): string {
  return code ? (names[code] ?? code) : '—';
}

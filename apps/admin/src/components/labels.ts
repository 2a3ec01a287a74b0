import { AMENITIES, APPLICATION_STATUS_NAMES, CLAIM_STATUS_NAMES, EMPLOYERS, OCCUPATIONS, STATION_KINDS, STATION_REPORT_KINDS, TOWNS } from '@kgh/shared';

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
export { APPLICATION_STATUS_NAMES, CLAIM_STATUS_NAMES };
export const GENDER_NAMES: Record<string, string> = { male: '男', female: '女' };

/** Select options of a vocabulary. */
export function optionsOf(names: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(names).map(([value, label]) => ({ value, label }));
}

export function nameOf(names: Record<string, string>, code: string | null | undefined): string {
  return code ? (names[code] ?? code) : '—';
}

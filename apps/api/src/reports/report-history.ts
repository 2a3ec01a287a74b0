// A value as it stood at an instant, from a table of its changes (`from_<value>`, `to_<value>`,
// `changed_at`): what the last change before then set it to; else, if it changed only later, what
// the first of those started from; else, never changed, what it is now. Only changes are kept, so
// a record made before its history was (or by a seed) needs no first row.

/**
 * The two LATERAL joins of `table` for the row whose id is `owner` (`<table's key> = <owner>`):
 * `before`, the last change before `end`, and `after`, the first one from it.
 */
export function changesAround(table: string, key: string, owner: string, end: string, values: string[]): string {
  const pick = (side: 'to' | 'from') => ['changed_at', ...values.map((value) => `${side}_${value}`)].join(', ');
  return `
    LEFT JOIN LATERAL (
      SELECT ${pick('to')} FROM ${table} WHERE ${key} = ${owner} AND changed_at < ${end} ORDER BY changed_at DESC, id DESC LIMIT 1) before ON true
    LEFT JOIN LATERAL (
      SELECT ${pick('from')} FROM ${table} WHERE ${key} = ${owner} AND changed_at >= ${end} ORDER BY changed_at, id LIMIT 1) after ON true`;
}

/** `value` as it stood at the joins' instant; `current` is the column holding it now. A null set by a change stays null. */
export function asOf(value: string, current: string): string {
  return `CASE WHEN before.changed_at IS NOT NULL THEN before.to_${value} WHEN after.changed_at IS NOT NULL THEN after.from_${value} ELSE ${current} END`;
}

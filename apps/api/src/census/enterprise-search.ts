import type { UnionStatus } from '@kgh/shared';

/** The join form offers only enterprises still there: not moved out, not closed. */
export const SEARCHABLE_STATUSES: UnionStatus[] = ['established', 'not_established'];

export function isSearchable(status: UnionStatus): boolean {
  return SEARCHABLE_STATUSES.includes(status);
}

/** At most this many answers to one search. */
export const SEARCH_LIMIT = 20;

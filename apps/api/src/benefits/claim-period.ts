import type { ClaimPeriod } from '@kgh/shared';

// The business time zone is Asia/Shanghai, UTC+8 all year (no daylight saving).
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** Warmth packs are a winter (Nov–Feb) benefit, cooling kits a summer (Jun–Sep) one. */
export function seasonOf(at: Date): string {
  const local = new Date(at.getTime() + SHANGHAI_OFFSET_MS);
  const month = local.getUTCMonth() + 1;
  const year = local.getUTCFullYear();
  if (month >= 11) return `${year}-winter`;
  if (month <= 2) return `${year - 1}-winter`;
  if (month <= 5) return `${year}-spring`;
  if (month <= 9) return `${year}-summer`;
  return `${year}-autumn`;
}

/**
 * The key a claim's one-per-period rule counts in; a partial unique index over
 * (programme, member, key) among live claims makes it hold under any concurrency.
 */
export function claimPeriodKey(period: ClaimPeriod, at: Date, sessionId: string | null): string {
  switch (period) {
    case 'year':
      return String(new Date(at.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear());
    case 'season':
      return seasonOf(at);
    case 'programme':
      return 'programme';
    case 'session':
      return `session:${sessionId}`;
  }
}

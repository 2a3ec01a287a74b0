import type { ClaimPeriod } from '@kgh/shared';

export const CLAIM_PERIOD_NAMES: Record<ClaimPeriod, string> = { year: '每年一次', season: '每季一次', programme: '项目期内一次', session: '每个批次一次' };

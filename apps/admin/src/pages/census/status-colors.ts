import type { UnionStatus } from '@kgh/shared';

export const STATUS_COLORS: Record<UnionStatus, string> = { established: 'green', not_established: 'gold', moved_out: 'default', closed: 'default' };

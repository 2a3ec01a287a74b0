import type { Role } from '@kgh/shared';

/** The roles an account an administrator opens may have (workers sign themselves up). */
export const ACCOUNT_ROLES = ['provider', 'mediator', 'staff', 'admin'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

// A mediator (a union lawyer) stands with a provider: below the staff who open its account and assign it cases.
const RANK: Record<Role, number> = { worker: 0, provider: 1, mediator: 1, staff: 2, admin: 3 };

/** An account's standing: its highest role (the district admin also holds `staff`). */
export function accountRole(roles: readonly Role[]): AccountRole | null {
  const top = [...roles].sort((a, b) => RANK[b] - RANK[a])[0];
  return top && top !== 'worker' ? top : null;
}

/** The roles stored for an account of `role`: a district admin is staff of the whole district too. */
export function rolesOf(role: AccountRole): Role[] {
  return role === 'admin' ? ['admin', 'staff'] : [role];
}

/** Whether a caller with `callerRoles` may open, or manage, an account of `role`: never one above their own. */
export function mayGrant(callerRoles: readonly Role[], role: AccountRole): boolean {
  const caller = accountRole(callerRoles);
  return caller !== null && RANK[role] <= RANK[caller];
}

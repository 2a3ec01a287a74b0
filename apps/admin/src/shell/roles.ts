import type { Role } from '@kgh/shared';

export const STAFF: readonly Role[] = ['staff', 'admin'];

/** Staff and admins work their whole part of the tree; a mediator only the cases handed to them. */
export function isStaff(roles: readonly Role[]): boolean {
  return roles.some((role) => STAFF.includes(role));
}

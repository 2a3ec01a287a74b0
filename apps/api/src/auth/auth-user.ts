import type { Role } from '@kgh/shared';

/** Who is calling, as read from a verified access token. */
export interface AuthUser {
  id: string;
  roles: Role[];
  orgId: string | null;
}

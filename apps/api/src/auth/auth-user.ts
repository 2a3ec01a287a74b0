import type { Role } from '@kgh/shared';
import type { FastifyRequest } from 'fastify';

/** Who is calling, as read from a verified access token. */
export interface AuthUser {
  id: string;
  roles: Role[];
  orgId: string | null;
  /** Staff, admin and provider accounts with an initial or reset password (read by AccessGuard). */
  mustChangePassword?: boolean;
}

/** A request as AccessGuard leaves it: with the caller on every route not marked @Public. */
export type CallerRequest = FastifyRequest & { user?: AuthUser };

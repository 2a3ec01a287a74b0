import { SetMetadata } from '@nestjs/common';
import type { Role } from '@kgh/shared';

export const IS_PUBLIC = 'kgh:isPublic';
export const REQUIRED_ROLES = 'kgh:roles';

/** Reachable without signing in. Every other route needs a valid access token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Reachable only by a caller holding one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

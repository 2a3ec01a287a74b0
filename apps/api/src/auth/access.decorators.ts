import { SetMetadata } from '@nestjs/common';
import type { Role } from '@kgh/shared';

export const IS_PUBLIC = 'kgh:isPublic';
export const REQUIRED_ROLES = 'kgh:roles';
export const WHILE_PASSWORD_CHANGE_PENDING = 'kgh:whilePasswordChangePending';

/** Reachable without signing in. Every other route needs a valid access token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * Reachable by an account that still has an initial or reset password (its own account and the
 * password change); every other route answers such an account 403 PASSWORD_CHANGE_REQUIRED.
 */
export const WhilePasswordChangePending = () => SetMetadata(WHILE_PASSWORD_CHANGE_PENDING, true);

/** Reachable only by a caller holding one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

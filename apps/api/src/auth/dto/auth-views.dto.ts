import { ApiProperty } from '@nestjs/swagger';
import { maskPhone, Role } from '@kgh/shared';
import { ENUM } from '../../openapi/enums';
import type { User } from '../user.entity';

/** The signed-in account; staff have an org, workers none. */
export class UserView {
  id: string;

  @ApiProperty({ ...ENUM.Role, isArray: true })
  roles: Role[];

  orgId: string | null;
  displayName: string;
  phoneMasked: string | null;
  /** An initial or reset password: the account must set its own (POST /me/password) before anything else. */
  mustChangePassword: boolean;
}

/** A new session: a short-lived access token and a single-use refresh token. */
export class SessionTokensView {
  accessToken: string;
  refreshToken: string;
  /** Seconds the access token is valid. */
  expiresIn: number;
  user: UserView;
}

export class SmsCodeSentView {
  /** Seconds before another code may be asked for. */
  retryAfterSeconds: number;
  /** The code itself, only from the dev SMS provider (never in production). */
  devCode?: string;
}

export const toUserView = (user: User): UserView => ({
  id: user.id,
  roles: user.roles,
  orgId: user.orgId,
  displayName: user.displayName,
  phoneMasked: user.phone ? maskPhone(user.phone) : null,
  mustChangePassword: user.mustChangePassword === true,
});

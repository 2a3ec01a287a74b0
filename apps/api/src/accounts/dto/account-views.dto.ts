import { ApiProperty } from '@nestjs/swagger';
import type { Role } from '@kgh/shared';
import type { User } from '../../auth/user.entity';
import { ENUM } from '../../openapi/enums';
import { OrgRefView } from '../../orgs/dto/org-views.dto';
import type { Org } from '../../orgs/org.entity';
import { ACCOUNT_ROLES, accountRole, type AccountRole } from '../account-rank';

export const ACCOUNT_STATUSES = ['active', 'disabled'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** A staff, admin or provider account as its administrators see it (never its password). */
export class AccountView {
  id: string;
  username: string;
  displayName: string;

  /** The account's highest role (a district admin also holds `staff`). */
  @ApiProperty({ enum: ACCOUNT_ROLES, enumName: 'AccountRole' })
  role: AccountRole;

  @ApiProperty({ ...ENUM.Role, isArray: true })
  roles: Role[];

  org: OrgRefView | null;

  @ApiProperty({ enum: ACCOUNT_STATUSES, enumName: 'AccountStatus' })
  status: AccountStatus;

  /** Still on its initial or reset password. */
  mustChangePassword: boolean;

  createdAt: Date;
  lastSignInAt: Date | null;
}

/** A new account and its one-time password, shown this once and never again. */
export class AccountCreatedView {
  account: AccountView;
  /** Give it to the account's holder; they must change it at first sign-in. */
  initialPassword: string;
}

/** A reset password, shown this once; the holder must change it at their next sign-in. */
export class InitialPasswordView {
  initialPassword: string;
}

export function accountView(user: User, org: Pick<Org, 'id' | 'name'> | null): AccountView {
  return {
    id: user.id,
    username: user.username ?? '',
    displayName: user.displayName,
    role: accountRole(user.roles) ?? 'provider',
    roles: user.roles,
    org: org ? { id: org.id, name: org.name } : null,
    status: user.disabledAt ? 'disabled' : 'active',
    mustChangePassword: user.mustChangePassword,
    createdAt: user.createdAt,
    lastSignInAt: user.lastSignInAt,
  };
}

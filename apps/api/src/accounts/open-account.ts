import { ErrorCode } from '@kgh/shared';
import { hash } from '@node-rs/argon2';
import { EntityManager } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import { User } from '../auth/user.entity';
import { AppException, notFound } from '../common/app-exception';
import { violates } from '../common/database-errors';
import { Org } from '../orgs/org.entity';
import { AccountRole, rolesOf } from './account-rank';
import { initialPassword } from './password-policy';

/** Usernames of new accounts: what people type at sign-in, so lower case, plain and short. */
export const USERNAME_PATTERN = /^[a-z0-9_.-]{3,32}$/;
export const USERNAME_MESSAGE = '用户名为3到32个字符，只能包含小写字母、数字、下划线、点和连字符';

export interface NewAccount {
  username: string;
  displayName: string;
  role: AccountRole;
  orgId: string;
}

/** A district admin administers the whole district, so the account sits at the district's own org. */
export function requireAdminAtDistrict(role: AccountRole, org: Pick<Org, 'parentId'>): void {
  if (role === 'admin' && org.parentId !== null) throw new AppException(ErrorCode.AdminOrgRequired, '区级管理员账号只能设在区总工会');
}

export const usernameTaken = (username: string) => new AppException(ErrorCode.UsernameTaken, `用户名“${username}”已被使用，请换一个`);

/** A fresh one-time password and its argon2 hash, made outside any transaction (hashing takes a while). */
export async function aOneTimePassword(): Promise<{ password: string; passwordHash: string }> {
  const password = initialPassword();
  return { password, passwordHash: await hash(password) };
}

export type OneTimePassword = Awaited<ReturnType<typeof aOneTimePassword>>;

/**
 * Opens a staff, admin or provider account with a one-time password it must change at first sign-in,
 * and audits it, in the caller's transaction: the API's POST /admin/accounts and the CLI's create-admin.
 */
export async function openAccount(
  manager: EntityManager,
  audit: AuditService,
  account: NewAccount,
  { password, passwordHash }: OneTimePassword,
  actor: { userId: string | null; via: 'console' | 'cli' },
): Promise<{ user: User; initialPassword: string }> {
  const org = (await manager.findOneBy(Org, { id: account.orgId })) ?? notFoundOrg();
  requireAdminAtDistrict(account.role, org);
  const values = {
    username: account.username,
    displayName: account.displayName,
    roles: rolesOf(account.role),
    orgId: org.id,
    passwordHash,
    mustChangePassword: true,
  };
  let id: string;
  try {
    const inserted = await manager.createQueryBuilder().insert().into(User).values(values).returning(['id']).execute();
    id = (inserted.raw as { id: string }[])[0].id;
  } catch (error) {
    if (violates(error, 'uq_users_username')) throw usernameTaken(account.username);
    throw error;
  }
  await audit.record(
    {
      actorUserId: actor.userId,
      action: 'account.created',
      entityType: 'account',
      entityId: id,
      orgId: org.id,
      detail: { username: account.username, role: account.role, via: actor.via },
    },
    manager,
  );
  return { user: await manager.findOneByOrFail(User, { id }), initialPassword: password };
}

function notFoundOrg(): never {
  throw notFound('工会组织');
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode } from '@kgh/shared';
import { hash, verify } from '@node-rs/argon2';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { accountGone } from '../auth/tokens.service';
import { User } from '../auth/user.entity';
import { AppException } from '../common/app-exception';
import { LimitRule, LimitsService } from '../limits/limits.service';
import { limitRefusal, STAFF_LOCK_SECONDS } from '../limits/sign-in-limits';
import { ChangePasswordDto } from './accounts.dto';

/** A stolen access token must not become a way to guess the password behind it. */
const WRONG_CURRENT_PASSWORDS = 5;
const wrongCurrentPasswordRule = (userId: string): LimitRule => ({
  scope: 'own-password:user',
  key: userId,
  limit: WRONG_CURRENT_PASSWORDS,
  windowSeconds: STAFF_LOCK_SECONDS,
  code: ErrorCode.TooManyRequests,
  field: 'currentPassword',
  message: (wait) => `当前密码错误次数过多，请 ${wait}后再试`,
});

/** One's own password: staff, admin and provider accounts, with the current password. */
@Injectable()
export class MyPasswordService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly limits: LimitsService,
    private readonly audit: AuditService,
  ) {}

  async change(caller: AuthUser, { currentPassword, newPassword }: ChangePasswordDto): Promise<void> {
    const user =
      (await this.dataSource.getRepository(User).createQueryBuilder('user').addSelect('user.passwordHash').where({ id: caller.id }).getOne()) ?? accountGone();
    const rule = wrongCurrentPasswordRule(user.id);
    const taken = await this.limits.take([rule]);
    if (taken.refused) throw limitRefusal(taken.refused, taken.retryAfterSeconds);
    if (!user.passwordHash || !(await verify(user.passwordHash, currentPassword))) {
      throw new AppException(ErrorCode.CurrentPasswordIncorrect, '当前密码不正确', [{ field: 'currentPassword', message: '当前密码不正确' }]);
    }
    await this.limits.forget(rule);
    if (newPassword === currentPassword) {
      throw new AppException(ErrorCode.PasswordUnchanged, '新密码不能与当前密码相同', [{ field: 'newPassword', message: '新密码不能与当前密码相同' }]);
    }
    const passwordHash = await hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { passwordHash, mustChangePassword: false });
      await this.audit.record(
        { actorUserId: user.id, action: 'account.password_changed', entityType: 'account', entityId: user.id, orgId: user.orgId },
        manager,
      );
    });
  }
}

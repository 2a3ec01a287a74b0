import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode } from '@kgh/shared';
import { randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppException } from '../common/app-exception';
import { AppConfig } from '../config/app-config';
import { constantTimeEqual, hmac, subkey } from '../crypto/secrets';
import { LimitRule, LimitsService } from '../limits/limits.service';
import { addressKey, limitRefusal, SMS_GLOBAL_SCOPE, smsGuessRule, smsSendRules } from '../limits/sign-in-limits';
import { SmsCode } from './sms-code.entity';
import { SmsSender } from './sms-sender';
import { Session, TokensService } from './tokens.service';
import { User } from './user.entity';

export const SMS_CODE_TTL_SECONDS = 300;
export const SMS_RESEND_AFTER_SECONDS = 60;
export const SMS_MAX_WRONG_ATTEMPTS = 5;

type VerifyOutcome = { user: User } | { error: AppException };

/** Worker sign-in by a 6-digit code sent to the phone. */
@Injectable()
export class SmsLoginService {
  private readonly logger = new Logger(SmsLoginService.name);
  private readonly codeKey: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sender: SmsSender,
    private readonly tokens: TokensService,
    private readonly limits: LimitsService,
    private readonly config: AppConfig,
  ) {
    this.codeKey = subkey(config.keys.jwt, 'sms-code');
  }

  /** `address` is the caller's (request.ip: X-Forwarded-For only from a TRUST_PROXY proxy). */
  async send(phone: string, address: string): Promise<{ retryAfterSeconds: number; devCode?: string }> {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const refusal = await this.dataSource.transaction(async (manager) => {
      // One sender per phone at a time, so two quick taps cannot both pass the resend check.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`sms:${phone}`]);
      const latest = await manager.findOne(SmsCode, { where: { phone }, order: { createdAt: 'DESC' } });
      const waited = latest ? (Date.now() - latest.createdAt.getTime()) / 1000 : Infinity;
      if (waited < SMS_RESEND_AFTER_SECONDS) {
        const retryAfterSeconds = Math.ceil(SMS_RESEND_AFTER_SECONDS - waited);
        throw new AppException(ErrorCode.SmsResendTooSoon, `请 ${retryAfterSeconds} 秒后再获取验证码`, [
          { field: 'phone', message: '获取验证码过于频繁', retryAfterSeconds },
        ]);
      }
      // Counted in this transaction, so a code that is not stored is not counted either.
      const taken = await this.limits.take(smsSendRules(phone, addressKey(address), this.config.smsLimits), manager);
      if (taken.refused) return taken;
      await manager.insert(SmsCode, {
        phone,
        codeHash: this.hash(phone, code),
        expiresAt: new Date(Date.now() + SMS_CODE_TTL_SECONDS * 1000),
      });
      return null;
    });
    if (refusal) {
      if (refusal.refused.scope === SMS_GLOBAL_SCOPE) await this.warnBreakerOpen(refusal.refused);
      throw limitRefusal(refusal.refused, refusal.retryAfterSeconds);
    }
    try {
      const { devCode } = await this.sender.sendCode(phone, code);
      return { retryAfterSeconds: SMS_RESEND_AFTER_SECONDS, ...(devCode && { devCode }) };
    } catch (error) {
      this.logger.error(`SMS sending failed: ${(error as Error).message}`);
      throw new AppException(ErrorCode.ServiceUnavailable, '短信发送失败，请稍后再试');
    }
  }

  async verify(phone: string, code: string): Promise<Session> {
    // The wrong-attempt count must commit even when the answer is a refusal, so the transaction
    // returns the outcome and the refusal is thrown after it.
    const outcome = await this.dataSource.transaction(async (manager): Promise<VerifyOutcome> => {
      const latest = await manager.findOne(SmsCode, {
        where: { phone },
        order: { createdAt: 'DESC' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!latest || latest.consumedAt) return { error: new AppException(ErrorCode.SmsCodeInvalid, '验证码不正确，请重新获取') };
      if (latest.failedAttempts >= SMS_MAX_WRONG_ATTEMPTS) {
        return { error: new AppException(ErrorCode.SmsTooManyAttempts, '验证码错误次数过多，请重新获取') };
      }
      if (latest.expiresAt.getTime() <= Date.now()) return { error: new AppException(ErrorCode.SmsCodeExpired, '验证码已过期，请重新获取') };
      // Every guess counts against the phone's day until it proves right: new codes do not buy new guesses.
      const guess = await this.limits.take([smsGuessRule(phone)], manager);
      if (guess.refused) return { error: limitRefusal(guess.refused, guess.retryAfterSeconds) };
      if (!constantTimeEqual(latest.codeHash, this.hash(phone, code))) {
        await manager.increment(SmsCode, { id: latest.id }, 'failedAttempts', 1);
        const left = SMS_MAX_WRONG_ATTEMPTS - latest.failedAttempts - 1;
        return { error: new AppException(ErrorCode.SmsCodeInvalid, left > 0 ? `验证码不正确，还可尝试 ${left} 次` : '验证码不正确，请重新获取') };
      }
      await this.limits.giveBack(guess.hits, manager);
      await manager.update(SmsCode, { id: latest.id }, { consumedAt: new Date() });
      await manager.query(`INSERT INTO users (phone, display_name, roles) VALUES ($1, $2, '{worker}') ON CONFLICT (phone) WHERE phone IS NOT NULL DO NOTHING`, [
        phone,
        `用户${phone.slice(-4)}`,
      ]);
      return { user: await manager.findOneByOrFail(User, { phone }) };
    });
    if ('error' in outcome) throw outcome.error;
    return this.tokens.startSession(outcome.user);
  }

  // Once per window across all processes: the first refusal of the window wins a one-hit marker.
  private async warnBreakerOpen(breaker: LimitRule): Promise<void> {
    const marker = await this.limits.take([{ ...breaker, scope: `${breaker.scope}:warned`, limit: 1 }]);
    if (!marker.refused) {
      this.logger.warn(
        `SMS circuit breaker open: ${breaker.limit} codes sent this minute across all callers (SMS_GLOBAL_PER_MINUTE); refusing more until the minute ends`,
      );
    }
  }

  // Six digits are easy to guess offline, so codes are kept as a keyed hash, under their own key.
  private hash(phone: string, code: string): string {
    return hmac(`${phone}:${code}`, this.codeKey);
  }
}

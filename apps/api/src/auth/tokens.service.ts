import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, Role } from '@kgh/shared';
import { createSecretKey, KeyObject, randomUUID } from 'node:crypto';
import { IsNull, MoreThan, Repository } from 'typeorm';
import { AppException } from '../common/app-exception';
import { rowsOf } from '../common/sql-rows';
import { AppConfig } from '../config/app-config';
import { randomToken, sha256 } from '../crypto/secrets';
import type { AuthUser } from './auth-user';
import { SessionTokensView, toUserView } from './dto/auth-views.dto';
import { RefreshToken } from './refresh-token.entity';
import { User } from './user.entity';

interface AccessClaims {
  sub: string;
  roles: Role[];
  orgId: string | null;
}

export type Session = SessionTokensView;

/**
 * For a valid token or refresh token whose user no longer exists (the account was deleted): 401, so
 * the client signs in again. Thrown where the user row is loaded.
 */
export function accountGone(): never {
  throw new AppException(ErrorCode.TokenInvalid, '账号不存在，请重新登录');
}

/** A disabled account's sign-in, refresh or request: 403, said plainly so the person knows why. */
export function accountDisabled(): never {
  throw new AppException(ErrorCode.AccountDisabled, '该账号已被停用，请联系管理员');
}

// Workers sign in by phone or WeChat and are never disabled; every other role is an account an
// administrator manages.
const MANAGED_ROLES: readonly Role[] = ['provider', 'mediator', 'staff', 'admin'];
export const isManagedAccount = (roles: readonly Role[]) => roles.some((role) => MANAGED_ROLES.includes(role));

/** Short-lived signed access tokens and rotating, single-use refresh tokens. */
@Injectable()
export class TokensService {
  // One KeyObject for the process: given a string, jsonwebtoken first tries to parse it as a public
  // key on every verify (≈1 ms of CPU a request). The same bytes as before, so issued tokens stay valid.
  private readonly key: KeyObject;

  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    @InjectRepository(RefreshToken) private readonly refreshTokens: Repository<RefreshToken>,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {
    this.key = createSecretKey(Buffer.from(config.keys.jwt.toString('base64')));
  }

  async startSession(user: User, familyId: string = randomUUID()): Promise<Session> {
    const claims: AccessClaims = { sub: user.id, roles: user.roles, orgId: user.orgId };
    const accessToken = await this.jwt.signAsync(claims, { privateKey: this.key, expiresIn: this.config.accessTokenTtlSeconds, algorithm: 'HS256' });
    const refreshToken = randomToken();
    await this.refreshTokens.insert({
      userId: user.id,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000),
    });
    return { accessToken, refreshToken, expiresIn: this.config.accessTokenTtlSeconds, user: toUserView(user) };
  }

  async verifyAccessToken(token: string): Promise<AuthUser> {
    try {
      // @nestjs/jwt types publicKey as string | Buffer; jsonwebtoken takes a KeyObject too.
      const claims = await this.jwt.verifyAsync<AccessClaims>(token, { publicKey: this.key as unknown as Buffer, algorithms: ['HS256'] });
      return { id: claims.sub, roles: claims.roles, orgId: claims.orgId };
    } catch (error) {
      const expired = (error as Error).name === 'TokenExpiredError';
      throw new AppException(ErrorCode.TokenInvalid, expired ? '登录已过期，请重新登录' : '登录凭证无效，请重新登录');
    }
  }

  /**
   * The caller as the database has it now, for a managed account (one primary-key read): refused
   * when disabled or deleted, with its current roles and org (a move applies at once). A worker's
   * token is taken as signed, asking the database nothing.
   */
  async currentAccount(caller: AuthUser): Promise<AuthUser> {
    if (!isManagedAccount(caller.roles)) return caller;
    const [row] = await rowsOf<{ roles: Role[]; org_id: string | null; disabled_at: Date | null; must_change_password: boolean }>(
      this.users,
      `SELECT roles, org_id, disabled_at, must_change_password FROM users WHERE id = $1`,
      [caller.id],
    );
    if (!row) accountGone();
    if (row.disabled_at) accountDisabled();
    return { id: caller.id, roles: row.roles, orgId: row.org_id, mustChangePassword: row.must_change_password };
  }

  /** Signing out: the session's refresh tokens (its whole family) stop working; an unknown token changes nothing. */
  async endSession(refreshToken: string): Promise<void> {
    const known = await this.refreshTokens.findOneBy({ tokenHash: sha256(refreshToken) });
    if (known) await this.refreshTokens.update({ familyId: known.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Spends a refresh token for a new session; a token spent twice revokes its whole family. */
  async refresh(refreshToken: string): Promise<Session> {
    const tokenHash = sha256(refreshToken);
    const spent = await this.refreshTokens
      .createQueryBuilder()
      .update()
      .set({ usedAt: () => 'now()' })
      .where({ tokenHash, usedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) })
      .returning(['userId', 'familyId'])
      .execute();
    const [row] = spent.raw as { user_id: string; family_id: string }[];
    if (!row) {
      const known = await this.refreshTokens.findOneBy({ tokenHash });
      if (known?.usedAt) await this.refreshTokens.update({ familyId: known.familyId }, { revokedAt: new Date() });
      throw new AppException(ErrorCode.TokenInvalid, '登录已失效，请重新登录');
    }
    const user = (await this.users.findOneBy({ id: row.user_id })) ?? accountGone();
    if (user.disabledAt) accountDisabled();
    return this.startSession(user, row.family_id);
  }
}

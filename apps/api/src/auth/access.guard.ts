import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode, Role } from '@kgh/shared';
import { AppException } from '../common/app-exception';
import { IS_PUBLIC, REQUIRED_ROLES, WHILE_PASSWORD_CHANGE_PENDING } from './access.decorators';
import type { CallerRequest } from './auth-user';
import { TokensService } from './tokens.service';

/**
 * Global guard: a bearer access token on every route not marked @Public, and @Roles if given. An
 * account that can be disabled (staff, admin, provider) is read on each request, so disabling it
 * ends its sessions at once in every process; a worker's token is trusted as signed.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokensService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<CallerRequest>();
    const header = request.headers.authorization;
    if (!header) throw new AppException(ErrorCode.Unauthenticated, '请先登录');
    const [scheme, token] = header.split(' ');
    if (scheme !== 'Bearer' || !token) throw new AppException(ErrorCode.TokenInvalid, '登录凭证格式不正确');
    const user = await this.tokens.currentAccount(await this.tokens.verifyAccessToken(token));
    request.user = user;
    if (user.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(WHILE_PASSWORD_CHANGE_PENDING, targets)) {
      throw new AppException(ErrorCode.PasswordChangeRequired, '请先修改初始密码');
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.some((role) => user.roles.includes(role))) {
      throw new AppException(ErrorCode.Forbidden, '无权访问此功能');
    }
    return true;
  }
}

import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode, Role } from '@kgh/shared';
import { AppException } from '../common/app-exception';
import { IS_PUBLIC, REQUIRED_ROLES } from './access.decorators';
import type { CallerRequest } from './auth-user';
import { TokensService } from './tokens.service';

/** Global guard: a bearer access token on every route not marked @Public, and @Roles if given. */
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
    const user = await this.tokens.verifyAccessToken(token);
    request.user = user;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.some((role) => user.roles.includes(role))) {
      throw new AppException(ErrorCode.Forbidden, '无权访问此功能');
    }
    return true;
  }
}

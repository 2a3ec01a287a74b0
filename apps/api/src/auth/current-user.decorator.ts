import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { AuthUser, CallerRequest } from './auth-user';

// Used on guarded routes only, where AccessGuard has set the caller or refused the request.
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  return context.switchToHttp().getRequest<CallerRequest>().user!;
});

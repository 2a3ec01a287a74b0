import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ErrorCode } from '@kgh/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppException } from './app-exception';
import { isDatabaseUnavailable } from './database-errors';
import { UNAVAILABLE_RETRY_AFTER_SECONDS } from './framework-errors';

// Nest turns Fastify's own errors (body parsing, limits) into HttpExceptions carrying their status.
const STATUS_CODES: Partial<Record<number, [ErrorCode, string]>> = {
  [HttpStatus.NOT_FOUND]: [ErrorCode.RouteNotFound, '接口不存在'],
  [HttpStatus.UNAUTHORIZED]: [ErrorCode.Unauthenticated, '请先登录'],
  [HttpStatus.FORBIDDEN]: [ErrorCode.Forbidden, '无权进行此操作'],
  [HttpStatus.PAYLOAD_TOO_LARGE]: [ErrorCode.PayloadTooLarge, '请求体过大'],
  [HttpStatus.TOO_MANY_REQUESTS]: [ErrorCode.TooManyRequests, '请求过于频繁，请稍后再试'],
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: [ErrorCode.UnsupportedMediaType, '不支持的内容类型'],
};

interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  details?: unknown[];
}

interface Answer {
  body: ErrorBody;
  retryAfterSeconds?: number;
  /** A 5xx we expected (an outage, an upstream away): one warning line, no stack. */
  expected?: string;
}

/** Maps every error, ours or the framework's, to the api.md error body; nothing leaks a stack. */
@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const { body, retryAfterSeconds, expected } = this.toAnswer(error);
    // The limit of the route asked (a file upload raises it with @RouteConfig({ bodyLimit })).
    if (body.code === ErrorCode.PayloadTooLarge)
      body.message = `请求体过大（上限 ${host.switchToHttp().getRequest<FastifyRequest>().routeOptions.bodyLimit / 1024} KB）`;
    if (expected) this.logger.warn(expected);
    else if (body.statusCode >= 500) this.logger.error(error instanceof Error ? error.stack : String(error));
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (retryAfterSeconds !== undefined) reply.header('retry-after', String(retryAfterSeconds));
    // A route that answers a file (@Header content-type text/csv) set its headers before it failed:
    // the error is JSON, and no attachment.
    reply.removeHeader('content-disposition');
    void reply.status(body.statusCode).type('application/json; charset=utf-8').send(body);
  }

  private toAnswer(error: unknown): Answer {
    if (error instanceof AppException) {
      const body = { statusCode: error.status, code: error.code, message: error.message, ...(error.details && { details: error.details }) };
      // Every 503 says when to come back, whether or not its thrower did.
      const retryAfterSeconds = error.retryAfterSeconds ?? (error.code === ErrorCode.ServiceUnavailable ? UNAVAILABLE_RETRY_AFTER_SECONDS : undefined);
      return { body, retryAfterSeconds, expected: error.status >= HttpStatus.INTERNAL_SERVER_ERROR ? `${error.code}: ${error.message}` : undefined };
    }
    if (isDatabaseUnavailable(error)) {
      return {
        body: { statusCode: HttpStatus.SERVICE_UNAVAILABLE, code: ErrorCode.ServiceUnavailable, message: '服务暂时不可用，请稍后再试' },
        retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS,
        expected: `database unavailable: ${(error as Error).message}`,
      };
    }
    return { body: this.toBody(error) };
  }

  private toBody(error: unknown): ErrorBody {
    if (error instanceof HttpException) {
      const status: HttpStatus = error.getStatus();
      if (status === HttpStatus.BAD_REQUEST && /json/i.test(error.message)) {
        return { statusCode: status, code: ErrorCode.MalformedJson, message: '请求体不是合法的 JSON' };
      }
      const known = STATUS_CODES[status];
      if (known) return { statusCode: status, code: known[0], message: known[1] };
      if (status < HttpStatus.INTERNAL_SERVER_ERROR) return { statusCode: status, code: ErrorCode.ValidationFailed, message: '请求无效' };
    }
    const status = (error as { statusCode?: number } | null)?.statusCode;
    if (status && status >= 400 && status < 500) {
      return { statusCode: status, code: STATUS_CODES[status]?.[0] ?? ErrorCode.ValidationFailed, message: '请求无效' };
    }
    return { statusCode: 500, code: ErrorCode.InternalError, message: '服务器内部错误，请稍后再试' };
  }
}

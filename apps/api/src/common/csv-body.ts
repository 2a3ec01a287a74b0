import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ErrorCode } from '@kgh/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppException } from './app-exception';

/**
 * text/csv request bodies arrive as a string. They share the general body limit unless the route
 * raises it with `@RouteConfig({ bodyLimit })`, so only the routes that take files take big bodies.
 */
export function acceptCsvBodies(fastify: FastifyInstance): void {
  fastify.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  fastify.addHook('onRoute', (route) => {
    const config: { bodyLimit?: number } | undefined = route.config;
    const bodyLimit = config?.bodyLimit;
    if (bodyLimit) route.bodyLimit = bodyLimit;
  });
}

/**
 * The text of a text/csv body. Anything else is refused with 415: Fastify also reads text/plain
 * into a string by default, and the contract is text/csv.
 */
export const CsvBody = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  const mediaType = request.headers['content-type']?.split(';')[0].trim().toLowerCase();
  if (mediaType !== 'text/csv') throw new AppException(ErrorCode.UnsupportedMediaType, '请以 text/csv（UTF-8 的 CSV 文件）上传表格');
  // The text/csv parser above reads every such body, an empty one included, as a string.
  return request.body as string;
});

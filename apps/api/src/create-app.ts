import compress, { FastifyCompressOptions } from '@fastify/compress';
import helmet from '@fastify/helmet';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { AppExceptionFilter } from './common/app-exception.filter';
import { answerUnavailableWhileClosing, onClientError, onFrameworkError } from './common/framework-errors';
import { acceptCsvBodies } from './common/csv-body';
import { acceptEmptyJsonBodies } from './common/json-body';
import { createValidationPipe } from './common/validation.pipe';
import { AppConfig } from './config/app-config';
import { setUpOpenApi } from './openapi/openapi';
import { serveFrontEnds } from './web/front-ends';

export const API_PREFIX = 'api/v1';
const BODY_LIMIT_BYTES = 100 * 1024;
/** /api/v1 and everything under it, and /health. */
const UNCACHED_PATHS = /^\/(api\/v1|health)([/?]|$)/;
/**
 * Brotli, else gzip, for the H5 app's files and any text or JSON answer of 1 KB or more. API answers
 * are compressed too: they carry bearer tokens, never cookies, so a page elsewhere cannot make a
 * signed-in browser fetch one with its own text reflected beside a secret (the BREACH setting).
 */
const COMPRESSION: FastifyCompressOptions = { encodings: ['br', 'gzip'], threshold: 1024 };

/** The whole HTTP application, configured the same way for `pnpm start` and for the tests. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, databaseUrl),
    new FastifyAdapter({
      bodyLimit: BODY_LIMIT_BYTES,
      // X-Forwarded-For is believed only from the configured proxies (TRUST_PROXY), never from any caller.
      trustProxy: config.trustProxy.length > 0 ? config.trustProxy : false,
      frameworkErrors: onFrameworkError,
      clientErrorHandler: onClientError,
      // Requests during shutdown get our 503 (answerUnavailableWhileClosing), not Fastify's own body.
      return503OnClosing: false,
    }),
    // Fastify's own JSON parser only: other content types get 415, bad JSON its own error code.
    { bufferLogs: true, bodyParser: false },
  );
  app.useLogger(app.get(Logger));
  const fastify = app.getHttpAdapter().getInstance();
  answerUnavailableWhileClosing(fastify);
  keepApiAnswersOutOfCaches(fastify);
  acceptEmptyJsonBodies(fastify);
  acceptCsvBodies(fastify);
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health', 'api/v1/health'] });
  app.useGlobalFilters(new AppExceptionFilter());
  app.useGlobalPipes(createValidationPipe());
  app.enableCors({ origin: config.corsOrigins.length > 0 ? config.corsOrigins : false });
  await app.register(helmet, {
    // Swagger UI and the H5 app use inline styles; scripts stay same-origin.
    contentSecurityPolicy: { directives: { 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:', 'blob:'] } },
  });
  // Before any route is added: the plugin attaches itself to the routes registered after it.
  await app.register(compress, COMPRESSION);
  if (config.apiDocs) setUpOpenApi(app);
  await serveFrontEnds(app, config);
  await app.init();
  await fastify.ready();
  return app;
}

/**
 * Every API answer may carry personal data or tokens: no browser, proxy or CDN may keep a copy.
 * The H5 app's static files keep their own caching.
 */
function keepApiAnswersOutOfCaches(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (UNCACHED_PATHS.test(request.url)) reply.header('cache-control', 'no-store');
    done(null, payload);
  });
}

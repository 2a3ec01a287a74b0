import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';

const CONSOLE_PREFIX = '/admin';
/** Vite and Taro name built assets after their content, so a browser may keep them for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Taro's H5 output: `js/518.5365b0de.js`, `css/app.1a2b3c4d.css`. */
const TARO_HASHED = /\.[0-9a-f]{8}\.(js|css)$/;

/** The built H5 mini-app at `/` and the staff console at `/admin`, each when it has been built. */
export async function serveFrontEnds(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  if (config.h5Dir) {
    await app.register(fastifyStatic, {
      root: config.h5Dir,
      prefix: '/',
      wildcard: false,
      // index.html and anything not named by its content is checked again on every load, so a release shows at once.
      setHeaders: (reply, path) => void reply.header('cache-control', TARO_HASHED.test(path) ? IMMUTABLE : 'no-cache'),
    });
  }
  if (config.adminDir) await serveConsole(app, config.adminDir);
}

/**
 * The console is a single-page app: its files as they are, and any other path under /admin answers
 * index.html (never cached, so a new release is picked up at once) for the client-side router.
 */
async function serveConsole(app: NestFastifyApplication, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    prefix: `${CONSOLE_PREFIX}/`,
    wildcard: false,
    index: false,
    decorateReply: false,
    setHeaders: (reply, path) => void reply.header('cache-control', path.includes('/assets/') ? IMMUTABLE : 'no-cache'),
  });
  const indexHtml = readFileSync(join(root, 'index.html'), 'utf8');
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get(CONSOLE_PREFIX, (_request, reply) => reply.redirect(`${CONSOLE_PREFIX}/`));
  fastify.get(`${CONSOLE_PREFIX}/*`, (_request, reply) => reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(indexHtml));
}

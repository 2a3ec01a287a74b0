import type { FastifyInstance } from 'fastify';

/**
 * text/csv request bodies arrive as a string. They share the general body limit unless the route
 * raises it with `@RouteConfig({ bodyLimit })`, so only the routes that take files take big bodies.
 */
export function acceptCsvBodies(fastify: FastifyInstance): void {
  fastify.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  fastify.addHook('onRoute', (route) => {
    const bodyLimit = (route.config as { bodyLimit?: number } | undefined)?.bodyLimit;
    if (bodyLimit) route.bodyLimit = bodyLimit;
  });
}

import { ErrorCode } from '@kgh/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Socket } from 'node:net';
import { ERROR_STATUS } from './app-exception';

// Errors Fastify and Node raise before any route or Nest filter runs, answered in the api.md shape.

const body = (code: ErrorCode, message: string) => JSON.stringify({ statusCode: ERROR_STATUS[code], code, message });

/** How long a client should wait before trying again when the API or its database is briefly away. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * From the moment the server starts closing (SIGTERM), requests still arriving on open connections
 * are answered 503 in the api.md shape, with Retry-After; requests already running finish. Either
 * way the connection closes after the answer, so the close does not wait for keep-alive timeouts.
 * Replaces Fastify's own 503 (its `return503OnClosing`, turned off).
 */
export function answerUnavailableWhileClosing(fastify: FastifyInstance): void {
  let closing = false;
  fastify.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  fastify.addHook('onRequest', (_request, reply, done) => {
    if (!closing) return done();
    void reply
      .status(ERROR_STATUS[ErrorCode.ServiceUnavailable])
      .headers({ 'retry-after': String(UNAVAILABLE_RETRY_AFTER_SECONDS), connection: 'close' })
      .type('application/json; charset=utf-8')
      .send(body(ErrorCode.ServiceUnavailable, '服务正在重启，请稍后再试'));
  });
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) void reply.header('connection', 'close');
    done(null, payload);
  });
}

/** A path that is not valid percent-encoding (Fastify's FST_ERR_BAD_URL) never echoes the path back. */
export function onFrameworkError(_error: Error, _request: FastifyRequest, reply: FastifyReply): void {
  void reply
    .status(ERROR_STATUS[ErrorCode.MalformedRequest])
    .type('application/json; charset=utf-8')
    .send(body(ErrorCode.MalformedRequest, '请求地址格式不正确'));
}

/** Requests Node's HTTP parser refuses: headers over its limit, broken framing, bad header lines. */
export function onClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const [code, message] =
    error.code === 'HPE_HEADER_OVERFLOW' ? [ErrorCode.HeadersTooLarge, '请求头或地址过长'] : [ErrorCode.MalformedRequest, '请求格式不正确'];
  const payload = body(code, message);
  socket.end(
    `HTTP/1.1 ${ERROR_STATUS[code]} ${code === ErrorCode.HeadersTooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
      `Connection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(payload)}\r\n\r\n${payload}`,
  );
}

import { ErrorCode } from '@kgh/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Socket } from 'node:net';
import { ERROR_STATUS } from './app-exception';

// Errors Fastify and Node raise before any route or Nest filter runs, answered in the api.md shape.

const body = (code: ErrorCode, message: string) => JSON.stringify({ statusCode: ERROR_STATUS[code], code, message });

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
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [ErrorCode.HeadersTooLarge, '请求头或地址过长']
      : [ErrorCode.MalformedRequest, '请求格式不正确'];
  const payload = body(code, message);
  socket.end(
    `HTTP/1.1 ${ERROR_STATUS[code]} ${code === ErrorCode.HeadersTooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
      `Connection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(payload)}\r\n\r\n${payload}`,
  );
}

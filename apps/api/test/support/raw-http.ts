import { connect } from 'node:net';

/** The status line, headers and JSON body of each response in a raw HTTP/1.1 stream. */
function parseResponses(raw: string) {
  return raw
    .split(/(?=HTTP\/1\.1 \d{3})/)
    .filter(Boolean)
    .map((text) => {
      const [head, body] = text.split('\r\n\r\n');
      const [status, ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      return { status: Number(status.split(' ')[1]), headers, body: JSON.parse(body) as Record<string, unknown> };
    });
}

/** A raw HTTP/1.1 connection: write to `socket`, read every response once the server closed it. */
export function rawExchange(port: number) {
  const socket = connect(port, '127.0.0.1');
  const chunks: Buffer[] = [];
  socket.on('data', (chunk) => chunks.push(chunk));
  const responses = new Promise<ReturnType<typeof parseResponses>>((resolve) =>
    socket.on('close', () => resolve(parseResponses(Buffer.concat(chunks).toString()))),
  );
  return { socket, responses };
}

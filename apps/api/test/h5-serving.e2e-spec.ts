import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { get as httpGet, IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestApp, TestApp } from './support/test-app';

const SCRIPT = `console.log(${JSON.stringify('柯工惠'.repeat(400))})`;

describe('the H5 mini-app at /', () => {
  let t: TestApp;
  beforeAll(async () => {
    const h5Dir = mkdtempSync(join(tmpdir(), 'kgh-h5-'));
    mkdirSync(join(h5Dir, 'js'));
    writeFileSync(join(h5Dir, 'index.html'), '<!doctype html><title>柯工惠</title>');
    writeFileSync(join(h5Dir, 'js', 'app.5365b0de.js'), SCRIPT);
    writeFileSync(join(h5Dir, 'js', 'app.js.LICENSE.txt'), 'MIT');
    writeFileSync(join(h5Dir, 'sw.js'), 'const VERSION = "1"');
    t = await startTestApp({ H5_DIR: h5Dir });
  });
  afterAll(() => t.close());

  it('lets browsers keep the files named by their content for good', async () => {
    const script = await t.http().get('/js/app.5365b0de.js').expect(200);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('has the page, its service worker and unhashed files checked again on every load', async () => {
    for (const path of ['/', '/index.html', '/sw.js', '/js/app.js.LICENSE.txt']) {
      const answer = await t.http().get(path).expect(200);
      expect(answer.headers['cache-control']).toBe('no-cache');
    }
  });

  /** The answer as sent on the wire, body not decoded (supertest would decode it). */
  const get = async (path: string, acceptEncoding: string) => {
    const server: Server = t.app.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      httpGet({ host: '127.0.0.1', port, path, headers: { 'accept-encoding': acceptEncoding } }, (answer) => {
        expect(answer.statusCode).toBe(200);
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => resolve({ headers: answer.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
  };

  it('sends brotli or gzip as the browser accepts, keeping the cache headers', async () => {
    const brotli = await get('/js/app.5365b0de.js', 'gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['vary']).toMatch(/accept-encoding/i);
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(brotli.body).toString()).toBe(SCRIPT);
    expect(brotli.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 4);

    const gzip = await get('/js/app.5365b0de.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['vary']).toMatch(/accept-encoding/i);
    expect(gunzipSync(gzip.body).toString()).toBe(SCRIPT);

    const page = await get('/', 'br');
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['cache-control']).toBe('no-cache');

    const plain = await get('/js/app.5365b0de.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it('compresses API answers of 1 KB or more, and keeps them out of caches', async () => {
    const towns = await get('/api/v1/orgs/towns', 'br');
    expect(towns.headers['content-encoding']).toBe('br');
    expect(towns.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(brotliDecompressSync(towns.body).toString())).toMatchObject({
      items: expect.arrayContaining([expect.objectContaining({ code: 'keqiao' })]),
    });
    const health = await get('/health', 'br');
    expect(health.headers['content-encoding']).toBeUndefined();
  });
});

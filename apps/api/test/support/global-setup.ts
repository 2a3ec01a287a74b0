import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

/**
 * The API tests run on DATABASE_URL when it is given (CI's system server); otherwise on a real
 * PostgreSQL server embedded for this run, so `pnpm test` needs no server set up beforehand.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) return;
  const server = await startEmbeddedPostgres(mkdtempSync(join(tmpdir(), 'kgh-api-tests-')), { durable: false, maxConnections: 300 });
  process.env.DATABASE_URL = server.url;
  (globalThis as { embeddedPostgres?: typeof server }).embeddedPostgres = server;
}

import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { EmbeddedPostgres } from '../../src/database/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { embeddedPostgres?: EmbeddedPostgres }).embeddedPostgres;
  if (!server) return;
  await server.stop();
  rmSync(dirname(server.dataDir), { recursive: true, force: true });
}

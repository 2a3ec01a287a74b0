// Writes the OpenAPI document to packages/api-client, from which the client types are generated.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../config/app-config';
import { createApp } from '../create-app';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { buildOpenApiDocument } from './openapi';

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kgh-openapi-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
  const database = await startEmbeddedPostgres(dataDir, { durable: false });
  const app = await createApp(config, database.url);
  const target = resolve(__dirname, '../../../../packages/api-client/openapi.json');
  writeFileSync(target, JSON.stringify(buildOpenApiDocument(app), null, 2) + '\n');
  await app.close();
  await database.stop();
  rmSync(dataDir, { recursive: true, force: true });
  console.log(`Wrote ${target}`);
}

void main();

import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { createApp } from '../../src/create-app';
import { migrate, seed } from '../../src/database/open-database';
import { createTestDatabase } from './test-database';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  db: DataSource;
  http: () => ReturnType<typeof request>;
  close(): Promise<void>;
}

const key = () => randomBytes(32).toString('base64');

/**
 * The real application on its own migrated PostgreSQL database, with the union tree and demo accounts;
 * on the test server, or on `serverUrl` (a server the test controls).
 */
export async function startTestApp(env: Record<string, string> = {}, serverUrl?: string): Promise<TestApp> {
  const database = await createTestDatabase(serverUrl);
  await migrate(database.url);
  await seed(database.url, { demo: true });
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'kgh-test-')),
    PII_ENCRYPTION_KEY: key(),
    PII_INDEX_KEY: key(),
    JWT_SECRET: key(),
    CARD_SIGNING_KEY: key(),
    REDEMPTION_SIGNING_KEY: key(),
    LOG_LEVEL: 'silent',
    // supertest connects from 127.0.0.1, standing in for the load balancer: each simulated worker
    // then comes from their own address (X-Forwarded-For), as real workers do, under the real limits.
    TRUST_PROXY: '127.0.0.1',
    ...env,
  });
  const app = await createApp(config, database.url);
  return {
    app,
    config,
    db: app.get(DataSource),
    http: () => request(app.getHttpServer()),
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

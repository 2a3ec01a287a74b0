import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The server the API tests run on: DATABASE_URL, set by globalSetup to an embedded server when not given. */
export const SERVER_URL = process.env.DATABASE_URL!;

async function admin<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database per test file, so files never see each other's rows. */
export async function createTestDatabase(serverUrl = SERVER_URL): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `kgh_test_${randomBytes(6).toString('hex')}`;
  await admin(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

// The database and the API process a claims storm runs against.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';

const require = createRequire(import.meta.url);
const apiDir = dirname(require.resolve('@kgh/api/package.json'));
const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function onServer(sql) {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

/** Runs `work` with the URL of a fresh database on the local server, dropped afterwards. */
export async function withBenchDatabase(work) {
  const host = new URL(SERVER_URL).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) throw new Error(`refusing a non-loopback database host: ${host}`);
  const name = `kgh_bench_claims_${randomBytes(4).toString('hex')}`;
  await onServer(`CREATE DATABASE ${name}`);
  try {
    await work(Object.assign(new URL(SERVER_URL), { pathname: `/${name}` }).toString());
  } finally {
    await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

/** The built API in its own process (its own core's worth of event loop), on a port the OS picks. */
export async function startApi(url, env) {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const key = () => randomBytes(32).toString('base64');
  const child = spawn(process.execPath, [...(process.env.API_NODE_ARGS?.split(' ') ?? []), join(apiDir, 'dist/main.js')], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: url,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'kgh-bench-claims-')),
      SEED_DEMO_DATA: 'false',
      MIGRATE_ON_START: 'false',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      PII_ENCRYPTION_KEY: key(),
      PII_INDEX_KEY: key(),
      CARD_SIGNING_KEY: key(),
      REDEMPTION_SIGNING_KEY: key(),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    if (
      await fetch(`${base}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { base, stop: () => child.kill('SIGTERM') };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGTERM');
  throw new Error('the API did not answer /health within 20 s');
}

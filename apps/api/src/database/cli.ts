// `pnpm db:migrate` and `pnpm db:seed`: against DATABASE_URL, or the embedded database in DATA_DIR.
import { ConfigError, loadConfig } from '../config/app-config';
import { migrate, openDatabase, seed } from './open-database';

async function main(command: string | undefined): Promise<void> {
  if (command !== 'migrate' && command !== 'seed') throw new Error('usage: cli.js migrate|seed');
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    if (command === 'migrate') {
      const applied = await migrate(database.url);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
    } else {
      await seed(database.url, { demo: config.seedDemoData, keys: config.keys });
      console.log(`Seeded the union tree${config.seedDemoData ? ' and the demo accounts' : ''}.`);
    }
  } finally {
    await database.stop();
  }
}

main(process.argv[2]).catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});

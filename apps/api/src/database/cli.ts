// `pnpm db:migrate`, `pnpm db:seed` and `pnpm admin:create`: against DATABASE_URL, or the embedded database in DATA_DIR.
import { parseArgs } from 'node:util';
import { adminInputProblem, createDistrictAdmin, CreateAdminRefused } from '../accounts/create-admin';
import { ConfigError, loadConfig } from '../config/app-config';
import { migrate, openDatabase, seed } from './open-database';

const USAGE = 'usage: cli.js migrate | seed | create-admin --username <用户名> --name <显示名称>';

async function main([command, ...args]: string[]): Promise<void> {
  if (command !== 'migrate' && command !== 'seed' && command !== 'create-admin') throw new CreateAdminRefused(USAGE);
  const options = command === 'create-admin' ? adminOptions(args) : null;
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    if (command === 'migrate') {
      const applied = await migrate(database.url);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
    } else if (command === 'seed') {
      await seed(database.url, { demo: config.seedDemoData, keys: config.keys });
      console.log(`Seeded the union tree${config.seedDemoData ? ' and the demo accounts' : ''}.`);
    } else {
      const applied = await migrate(database.url);
      if (applied.length) console.log(`Applied: ${applied.join(', ')}`);
      const admin = await createDistrictAdmin(database.url, options!.username, options!.name);
      console.log(`已创建区级管理员账号 ${options!.username}（${admin.id}）。`);
      console.log(`初始密码（只显示这一次，首次登录后须修改）：${admin.initialPassword}`);
    }
  } finally {
    await database.stop();
  }
}

function adminOptions(args: string[]): { username: string; name: string } {
  try {
    const { values } = parseArgs({ args, options: { username: { type: 'string' }, name: { type: 'string' } }, strict: true });
    if (values.username && values.name) {
      const problem = adminInputProblem(values.username, values.name);
      if (problem) throw new CreateAdminRefused(problem);
      return { username: values.username, name: values.name };
    }
  } catch (error) {
    // Otherwise an unknown or valueless option: the usage says what is expected.
    if (error instanceof CreateAdminRefused) throw error;
  }
  throw new CreateAdminRefused(USAGE);
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof ConfigError || error instanceof CreateAdminRefused ? error.message : error);
  process.exit(1);
});

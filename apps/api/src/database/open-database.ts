import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';
import { RunningDatabase, startEmbeddedPostgres } from './embedded-postgres';
import { seedDatabase, SeedOptions } from './seed';

/** The configured real server, or a real PostgreSQL server embedded under DATA_DIR and stopped with the API. */
export async function openDatabase(config: AppConfig): Promise<RunningDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: () => Promise.resolve() };
  return startEmbeddedPostgres(config.dataDir);
}

export async function migrate(url: string): Promise<string[]> {
  return withDataSource(url, async (dataSource) => (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name));
}

export async function seed(url: string, options: SeedOptions): Promise<void> {
  await withDataSource(url, (dataSource) => seedDatabase(dataSource, options));
}

async function withDataSource<T>(url: string, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = await new DataSource(dataSourceOptions(url, 2)).initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

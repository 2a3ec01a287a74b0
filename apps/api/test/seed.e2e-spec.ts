import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { migrate, seed } from '../src/database/open-database';
import { createTestDatabase } from './support/test-database';

describe('seeding', () => {
  let database: { url: string; drop(): Promise<void> };
  let db: DataSource;
  const count = async (table: string) => (await db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    db = await new DataSource(dataSourceOptions(database.url, 2)).initialize();
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('gives a real server the union tree and no demo data', async () => {
    await seed(database.url, { demo: false });
    expect(await count('orgs')).toBe(1 + 16 + 16 + 4);
    for (const table of ['users', 'stations', 'benefit_programmes', 'membership_applications']) expect(await count(table)).toBe(0);
  });

  it('adds the demo once and leaves what staff deleted deleted', async () => {
    await seed(database.url, { demo: true });
    const programmes = await count('benefit_programmes');
    const stations = await count('stations');
    expect(programmes).toBeGreaterThanOrEqual(10);
    expect(stations).toBe(63);
    await db.query(`DELETE FROM benefit_sessions WHERE programme_id = (SELECT id FROM benefit_programmes WHERE code = 'warmth-pack')`);
    await db.query(`DELETE FROM benefit_programme_providers WHERE programme_id = (SELECT id FROM benefit_programmes WHERE code = 'warmth-pack')`);
    await db.query(`DELETE FROM benefit_programmes WHERE code = 'warmth-pack'`);

    await seed(database.url, { demo: true });
    expect(await count('benefit_programmes')).toBe(programmes - 1);
    expect(await count('stations')).toBe(stations);
    expect(await count('orgs')).toBe(37);
  });
});

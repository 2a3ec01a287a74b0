import { DataSource } from 'typeorm';
import { seedDemoAccounts } from '../auth/demo-accounts.seed';
import { seedBenefitProgrammes } from '../benefits/benefits.seed';
import { seedOrgTree } from '../orgs/org-tree.seed';
import { seedDemoStations } from '../stations/demo-stations.seed';

/** Reference data always; demo accounts only for the embedded demo. Safe to run again. */
export async function seedDatabase(dataSource: DataSource, options: { demo: boolean }): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await seedOrgTree(manager);
    if (options.demo) await seedDemoAccounts(manager);
    await seedBenefitProgrammes(manager);
    if (options.demo) await seedDemoStations(manager);
  });
}

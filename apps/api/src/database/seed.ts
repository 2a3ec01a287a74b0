import { DataSource } from 'typeorm';
import { seedDemoAccounts } from '../auth/demo-accounts.seed';
import { seedDemoCensus } from '../census/demo-census.seed';
import { BenefitProgramme } from '../benefits/benefit-programme.entity';
import { seedBenefitProgrammes } from '../benefits/benefits.seed';
import type { AppConfig } from '../config/app-config';
import { seedDemoLegal } from '../legal/demo-legal.seed';
import { seedDemoApplications } from '../membership/demo-applications.seed';
import { seedOrgTree } from '../orgs/org-tree.seed';
import { seedDemoSpecialFund } from '../reports/demo-special-fund.seed';
import { seedDemoStations } from '../stations/demo-stations.seed';

export interface SeedOptions {
  demo: boolean;
  /** With them, the demo also gets pending applications (their ID numbers are stored encrypted). */
  keys?: AppConfig['keys'];
}

/** The union tree always; demo accounts, stations, programmes, the census, legal help and applications only for the demo. Safe to run again. */
export async function seedDatabase(dataSource: DataSource, options: SeedOptions): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await seedOrgTree(manager);
    if (options.demo) await seedDemoAccounts(manager);
    // The ten measures as demo programmes, once: afterwards they are staff's to edit and delete.
    if (options.demo && !(await manager.exists(BenefitProgramme))) await seedBenefitProgrammes(manager);
    if (options.demo) await seedDemoStations(manager);
    if (options.demo) await seedDemoCensus(manager);
    if (options.demo) await seedDemoLegal(manager);
    if (options.demo) await seedDemoSpecialFund(manager);
    if (options.demo && options.keys) await seedDemoApplications(manager, options.keys);
  });
}

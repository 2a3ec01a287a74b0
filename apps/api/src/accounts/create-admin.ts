import { DataSource, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/app-exception';
import { dataSourceOptions } from '../database/data-source-options';
import { seedDatabase } from '../database/seed';
import { Org } from '../orgs/org.entity';
import { aOneTimePassword, openAccount, USERNAME_MESSAGE, USERNAME_PATTERN } from './open-account';

/** A refusal the command line prints as it is and exits non-zero for. */
export class CreateAdminRefused extends Error {}

/** What is wrong with the command line's username or display name, before any database is opened. */
export function adminInputProblem(username: string, displayName: string): string | null {
  if (!USERNAME_PATTERN.test(username)) return USERNAME_MESSAGE;
  const name = displayName.trim();
  if (name.length < 1 || name.length > 40) return '显示名称为1到40个字符';
  return null;
}

/**
 * A real server's first district admin (or one more): an `admin` account at the district's org
 * with a one-time password to change at first sign-in. The database must be migrated; the union
 * tree is seeded when missing. Returns the password, which is stored nowhere but as its hash.
 */
export async function createDistrictAdmin(url: string, username: string, displayName: string): Promise<{ id: string; initialPassword: string }> {
  const problem = adminInputProblem(username, displayName);
  if (problem) throw new CreateAdminRefused(problem);
  const name = displayName.trim();
  const dataSource = await new DataSource(dataSourceOptions(url, 2)).initialize();
  try {
    const orgs = dataSource.getRepository(Org);
    if (!(await orgs.existsBy({ parentId: IsNull() }))) await seedDatabase(dataSource, { demo: false });
    const district = await orgs.findOneByOrFail({ parentId: IsNull() });
    const oneTime = await aOneTimePassword();
    const { user, initialPassword } = await dataSource.transaction((manager) =>
      openAccount(manager, new AuditService(dataSource), { username, displayName: name, role: 'admin', orgId: district.id }, oneTime, {
        userId: null,
        via: 'cli',
      }),
    );
    return { id: user.id, initialPassword };
  } catch (error) {
    if (error instanceof AppException) throw new CreateAdminRefused(error.message);
    throw error;
  } finally {
    await dataSource.destroy();
  }
}

import { hash } from '@node-rs/argon2';
import { EntityManager } from 'typeorm';
import { Org } from '../orgs/org.entity';
import { User } from './user.entity';

export const DEMO_PASSWORD = 'demo12345';

export const DEMO_ACCOUNTS = [
  { username: 'district-admin', displayName: '区总工会管理员', roles: ['admin', 'staff'], orgCode: 'district', note: '区总工会，看全区' },
  { username: 'keqiao-staff', displayName: '柯桥街道工会干事', roles: ['staff'], orgCode: 'town:keqiao', note: '柯桥街道总工会，只看本街道' },
  { username: 'provider-demo', displayName: '合作体检医院核销员', roles: ['provider'], orgCode: 'district', note: '服务商，扫码核销' },
  {
    username: 'mediator-demo',
    displayName: '王律师（公益律师团）',
    roles: ['mediator'],
    orgCode: 'town:keqiao',
    note: '调解员（公益律师），只看指派给自己的维权案件',
  },
] as const;

/** The README's demo accounts; created once, never overwritten. */
export async function seedDemoAccounts(manager: EntityManager): Promise<void> {
  const passwordHash = await hash(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const org = await manager.findOneByOrFail(Org, { code: account.orgCode });
    await manager
      .createQueryBuilder()
      .insert()
      .into(User)
      .values({ username: account.username, displayName: account.displayName, roles: [...account.roles], orgId: org.id, passwordHash })
      .orIgnore()
      .execute();
  }
}

import { CURRENT_CONSENT_VERSION, EmployerCode, idNumberCheckCharacter, Occupation, TownCode } from '@kgh/shared';
import { EntityManager } from 'typeorm';
import { User } from '../auth/user.entity';
import type { AppConfig } from '../config/app-config';
import { Org } from '../orgs/org.entity';
import { applicationRecord } from './application-record';
import { MembershipApplication } from './membership-application.entity';
import { routeApplication, routingReason } from './union-routing';

// Made-up people with made-up, checksum-valid ID numbers, so staff have a queue to review in the demo.
const DEMO_APPLICANTS: { name: string; first17: string; phone: string; occupation: Occupation; employer: EmployerCode; townCode: TownCode }[] = [
  { name: '张小伟', first17: '33062119950312301', phone: '13800000101', occupation: 'food_delivery', employer: 'meituan', townCode: 'keqiao' },
  { name: '李娜', first17: '33062119980721402', phone: '13800000102', occupation: 'food_delivery', employer: 'eleme', townCode: 'keqiao' },
  { name: '王建强', first17: '33062119880105503', phone: '13800000103', occupation: 'courier', employer: 'zto', townCode: 'hutang' },
  { name: '赵敏', first17: '33062120000918604', phone: '13800000104', occupation: 'livestreamer', employer: 'douyin', townCode: 'keqiao' },
  { name: '陈刚', first17: '33062119830611705', phone: '13800000105', occupation: 'freight_driver', employer: 'huolala', townCode: 'anchang' },
];

/** Pending applications from demo workers (once per phone), routed like real ones. */
export async function seedDemoApplications(manager: EntityManager, keys: AppConfig['keys']): Promise<void> {
  const orgs = await manager.find(Org);
  for (const applicant of DEMO_APPLICANTS) {
    await manager.query(`INSERT INTO users (phone, display_name, roles) VALUES ($1, $2, '{worker}') ON CONFLICT (phone) WHERE phone IS NOT NULL DO NOTHING`, [
      applicant.phone,
      applicant.name,
    ]);
    const user = await manager.findOneByOrFail(User, { phone: applicant.phone });
    if (await manager.existsBy(MembershipApplication, { userId: user.id })) continue;
    const input = {
      ...applicant,
      idNumber: applicant.first17 + idNumberCheckCharacter(applicant.first17),
      consentVersion: CURRENT_CONSENT_VERSION,
    };
    const target = routeApplication(applicant.employer, applicant.townCode, orgs);
    await manager.save(
      manager.create(MembershipApplication, applicationRecord(input, user.id, target.id, keys, routingReason(applicant.employer, applicant.townCode, target))),
    );
  }
}

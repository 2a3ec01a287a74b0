import { randomBytes, randomUUID } from 'node:crypto';
import type { LegalStatus, Role } from '@kgh/shared';
import { TokensService } from '../../src/auth/tokens.service';
import { User } from '../../src/auth/user.entity';
import { BenefitProgramme } from '../../src/benefits/benefit-programme.entity';
import { addDays, shanghaiToday } from '../../src/common/calendar-day';
import { signRedemptionCode } from '../../src/benefits/redemption-code';
import { applicationRecord } from '../../src/membership/application-record';
import { MembershipApplication } from '../../src/membership/membership-application.entity';
import { Org } from '../../src/orgs/org.entity';
import { StationReport } from '../../src/stations/station-report.entity';
import { Station } from '../../src/stations/station.entity';
import { aProgramme, aSession } from './benefits';
import { anApplication } from './factories';
import { aMember, signInStaff } from './sessions';
import type { TestApp } from './test-app';

/** The callers of the access matrix, in the order of its columns. */
export const CALLERS = ['anonymous', 'owner', 'worker', 'townStaff', 'otherTownStaff', 'districtAdmin', 'linkedProvider', 'otherProvider', 'mediator'] as const;
export type Caller = (typeof CALLERS)[number];

export type AccessWorld = Awaited<ReturnType<typeof anAccessWorld>>;

/**
 * The matrix's world: a member of 柯桥街道 (the owner of the objects), a worker who is no member, the
 * demo staff of 柯桥街道, a staff account of 华舍街道, the district admin, the demo provider (linked
 * to every programme made here), a provider linked to none and the demo mediator (assigned every
 * legal case made here); and factories for fresh objects, all in 柯桥街道 unless another town is named.
 */
export async function anAccessWorld(t: TestApp) {
  const orgs = t.db.getRepository(Org);
  const orgId = async (code: string) => (await orgs.findOneByOrFail({ code })).id;
  const town = { keqiao: await orgId('town:keqiao'), huashe: await orgId('town:huashe') };
  const joint = { keqiao: await orgId('joint:keqiao'), huashe: await orgId('joint:huashe') };

  const account = async (roles: Role[], org: string | null) => {
    const user = await t.db.getRepository(User).save({ displayName: '测试账号', roles, orgId: org, phone: null });
    return { id: user.id, token: `Bearer ${(await t.app.get(TokensService).startSession(user)).accessToken}` };
  };
  const owner = await aMember(t, { employer: 'eleme', townCode: 'keqiao', occupation: 'food_delivery' });
  const worker = await account(['worker'], null);
  const [linkedProvider]: { id: string }[] = await t.db.query(`SELECT id FROM users WHERE username = 'provider-demo'`);
  const [mediator, keqiaoStaff]: { id: string }[] = await t.db.query(
    `SELECT id FROM users WHERE username IN ('mediator-demo', 'keqiao-staff') ORDER BY username = 'mediator-demo' DESC`,
  );
  const tokens: Record<Caller, string | null> = {
    anonymous: null,
    owner: owner.token,
    worker: worker.token,
    townStaff: await signInStaff(t, 'keqiao-staff'),
    otherTownStaff: (await account(['staff'], town.huashe)).token,
    districtAdmin: await signInStaff(t, 'district-admin'),
    linkedProvider: await signInStaff(t, 'provider-demo'),
    otherProvider: (await account(['provider'], await orgId('district'))).token,
    mediator: await signInStaff(t, 'mediator-demo'),
  };

  const station = async (where: keyof typeof town = 'keqiao') =>
    t.db.getRepository(Station).save({
      name: `矩阵驿站${randomBytes(4).toString('hex')}`,
      kind: 'worker_station' as const,
      address: `测试路${randomBytes(4).toString('hex')}号`,
      townCode: where,
      orgId: town[where],
      lat: 30.08,
      lng: 120.49,
      amenities: ['water'],
      openingHours: { is24h: true, weekly: {} },
      closures: [],
    });
  const report = async (where: keyof typeof town = 'keqiao') =>
    t.db.getRepository(StationReport).save({ stationId: (await station(where)).id, userId: owner.userId, kind: 'moved' as const, note: null });
  const application = async (where: keyof typeof town = 'keqiao') => {
    const applicant = await account(['worker'], null);
    const input = anApplication({ townCode: where, employer: 'eleme' }) as unknown as Parameters<typeof applicationRecord>[0];
    return t.db.getRepository(MembershipApplication).save(applicationRecord(input, applicant.id, joint[where], t.config.keys));
  };
  const programme = async (overrides: Partial<BenefitProgramme> = {}, where: keyof typeof town = 'keqiao') => {
    const made = await aProgramme(t, { orgId: town[where], ...overrides });
    await t.db.query(`INSERT INTO benefit_programme_providers (programme_id, user_id) VALUES ($1, $2)`, [made.id, linkedProvider.id]);
    return made;
  };
  const session = async () => aSession(t, await programme({ hasSessions: true }));
  /** A claim of the owner's on a fresh programme, made through the API as the member makes it. */
  const claim = async (overrides: Partial<BenefitProgramme> = {}) => {
    const made = await programme(overrides);
    const response = await t.http().post(`/api/v1/benefits/${made.id}/claims`).set('authorization', owner.token).set('idempotency-key', randomUUID()).send({});
    if (response.status !== 201) throw new Error(`claim: ${response.status} ${JSON.stringify(response.body)}`);
    return (response.body as { id: string }).id;
  };
  const redemptionCode = async () => signRedemptionCode(await claim(), t.config.keys.redemption, new Date()).code;
  const refreshToken = async () => {
    const user = await t.db.getRepository(User).findOneByOrFail({ id: worker.id });
    return (await t.app.get(TokensService).startSession(user)).refreshToken;
  };
  /** A legal request of the owner's in 柯桥街道 at `status`, assigned to the demo mediator once registered. */
  const legalRequest = async (status: LegalStatus = 'submitted') => {
    const registered = status !== 'submitted';
    const [row]: { id: string }[] = await t.db.query(
      `INSERT INTO legal_requests (number, user_id, topic, against, description, is_member, phone, town_code, org_id, status, kind, assignee_id, registered_on, mediation_due_on)
       VALUES ($1, $2, 'unpaid_wages', 'platform', '矩阵测试：配送费被拖欠两个月', true, $3, 'keqiao', $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        `WQ${randomBytes(4).toString('hex')}`,
        owner.userId,
        owner.phone,
        town.keqiao,
        status,
        registered ? 'case' : 'request',
        registered ? mediator.id : null,
        registered ? yesterday() : null,
        registered ? addDays(yesterday(), 15) : null,
      ],
    );
    return row.id;
  };
  const card = await t.http().get('/api/v1/membership/card').set('authorization', owner.token).expect(200);

  return {
    t,
    town,
    owner,
    tokens,
    cardPayload: (card.body as { qrPayload: string }).qrPayload,
    station,
    report,
    application,
    programme,
    session,
    claim,
    redemptionCode,
    refreshToken,
    legalRequest,
    keqiaoStaffId: keqiaoStaff.id,
  };
}

const yesterday = () => addDays(shanghaiToday(), -1);

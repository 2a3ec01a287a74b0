import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { TokensService } from '../src/auth/tokens.service';
import { User } from '../src/auth/user.entity';
import { BenefitProgramme } from '../src/benefits/benefit-programme.entity';
import { BenefitSession } from '../src/benefits/benefit-session.entity';
import { addDays, shanghaiDayStart, shanghaiToday } from '../src/common/calendar-day';
import { createApp } from '../src/create-app';
import { SHORT_CODE_FAILURES_PER_ACCOUNT, SHORT_CODE_FAILURES_PER_ADDRESS } from '../src/limits/redemption-limits';
import { Org } from '../src/orgs/org.entity';
import { RetentionService } from '../src/retention/retention.service';
import { aProgramme, aSession, insertMembers } from './support/benefits';
import { anIdNumber } from './support/factories';
import { aMember, anAddress, signInStaff } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Ten days ahead in Shanghai: a batch day that is not today. */
const BATCH_DAY = addDays(shanghaiToday(), 10);

describe('redemption at a counter: 8 digits read aloud, a preview, the batch window', () => {
  let t: TestApp;
  let provider: string;
  let providerId: string;
  beforeAll(async () => {
    t = await startTestApp();
    provider = await signInStaff(t, 'provider-demo');
    providerId = (await t.db.getRepository(User).findOneByOrFail({ username: 'provider-demo' })).id;
  });
  afterAll(() => t.close());

  /** A programme with one batch that provider-demo redeems: 09:00–11:00 Shanghai time on `BATCH_DAY` unless moved. */
  async function aLinkedBatch(overrides: Partial<BenefitProgramme> = {}) {
    const programme = await aProgramme(t, { hasSessions: true, name: '职工体检', ...overrides });
    await t.db.query(`INSERT INTO benefit_programme_providers (programme_id, user_id) VALUES ($1, $2)`, [programme.id, providerId]);
    const startsAt = new Date(shanghaiDayStart(BATCH_DAY).getTime() + 9 * HOUR);
    const session = await aSession(t, programme, { name: '12月第一批', startsAt, endsAt: new Date(startsAt.getTime() + 2 * HOUR) });
    return { programme, session };
  }
  /** Moves the batch to now, so today (Shanghai) is its day. */
  const batchToday = (session: BenefitSession) =>
    t.db.query(`UPDATE benefit_sessions SET starts_at = $2, ends_at = $3 WHERE id = $1`, [
      session.id,
      new Date(Date.now() - MINUTE),
      new Date(Date.now() + MINUTE),
    ]);
  async function aClaim(member: { token: string }, programme: BenefitProgramme, session: BenefitSession) {
    const claimed = await t
      .http()
      .post(`/api/v1/benefits/${programme.id}/claims`)
      .set('authorization', member.token)
      .set('idempotency-key', randomBytes(8).toString('hex'))
      .send({ sessionId: session.id })
      .expect(201);
    return claimed.body.id as string;
  }
  const codesFor = async (member: { token: string }, claimId: string) =>
    (await t.http().get(`/api/v1/claims/${claimId}/redemption-code`).set('authorization', member.token).expect(200)).body as {
      code: string;
      shortCode: string;
      expiresAt: string;
    };
  const preview = (token: string, body: object, http = t.http()) => http.post('/api/v1/redemptions/preview').set('authorization', token).send(body);
  const redeem = (token: string, body: object, http = t.http()) => http.post('/api/v1/redemptions').set('authorization', token).send(body);
  const claimRow = async (claimId: string) =>
    (await t.db.query(`SELECT status, redeemed_at, redemption_code_id FROM benefit_claims WHERE id = $1`, [claimId]))[0] as Record<string, unknown>;
  const shortCodeRows = (claimId: string) => t.db.query(`SELECT code_id, code_hash, used_at FROM redemption_short_codes WHERE claim_id = $1`, [claimId]);

  it('lets a provider preview a claim by its 8 digits, match the person, and redeem it once', async () => {
    const idNumber = anIdNumber();
    const member = await aMember(t, { idNumber });
    const { programme, session } = await aLinkedBatch();
    const claimId = await aClaim(member, programme, session);
    await batchToday(session);
    const { code, shortCode, expiresAt } = await codesFor(member, claimId);
    expect(shortCode).toMatch(/^\d{8}$/);
    expect(new Date(expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(120_000);
    const [stored] = await shortCodeRows(claimId);
    expect(stored.code_hash).not.toContain(shortCode);
    expect(code).toMatch(/^KGHR1\./);

    const before = { claim: await claimRow(claimId), codes: await shortCodeRows(claimId) };
    const seen = await preview(provider, { shortCode }).expect(200);
    expect(seen.body).toEqual({
      claimId,
      status: 'confirmed',
      statusName: expect.any(String),
      programme: { id: programme.id, name: '职工体检' },
      session: {
        id: session.id,
        name: '12月第一批',
        location: session.location,
        startsAt: expect.any(String),
        endsAt: expect.any(String),
        firstDay: shanghaiToday(),
        lastDay: shanghaiToday(),
      },
      claimedAt: expect.any(String),
      memberNumber: member.memberNumber,
      memberNameMasked: '王**',
      idNumberLast4: idNumber.slice(-4),
      membershipActive: true,
      warnings: [],
      refusal: null,
    });
    expect(seen.text).not.toContain(idNumber.slice(0, 14));
    // Nothing but the audit of the read is written.
    expect({ claim: await claimRow(claimId), codes: await shortCodeRows(claimId) }).toEqual(before);
    const audit = await t.db.query(`SELECT actor_user_id, action FROM audit_entries WHERE entity_id = $1 ORDER BY id`, [claimId]);
    expect(audit).toContainEqual({ actor_user_id: providerId, action: 'benefit.claim.redemption_previewed' });

    const redeemed = await redeem(provider, { shortCode, place: '柯桥区中医医院体检中心' }).expect(201);
    expect(redeemed.body).toMatchObject({ id: claimId, status: 'redeemed', memberNumber: member.memberNumber, memberNameMasked: '王**' });
    const [used] = await shortCodeRows(claimId);
    expect(used.used_at).not.toBeNull();
    expect((await claimRow(claimId)).redemption_code_id).toBe(used.code_id);

    // Used once: the digits again, or the QR issued with them, find the claim redeemed.
    for (const again of [{ shortCode }, { code }]) {
      const replay = await redeem(provider, again);
      expect(replay.status).toBe(409);
      expect(replay.body.code).toBe('ALREADY_REDEEMED');
    }
    expect((await preview(provider, { shortCode }).expect(200)).body.refusal).toEqual({ code: 'ALREADY_REDEEMED', message: expect.any(String) });
  });

  it('warns outside the batch day and still redeems for a programme that only warns', async () => {
    const [member] = await insertMembers(t, 1);
    const { programme, session } = await aLinkedBatch();
    const claimId = await aClaim(member, programme, session);
    const { code } = await codesFor(member, claimId);
    const [, month, day] = BATCH_DAY.split('-').map(Number);
    const seen = await preview(provider, { code }).expect(200);
    expect(seen.body.warnings).toEqual([{ code: 'OUTSIDE_REDEMPTION_WINDOW', message: `该批次为${month}月${day}日，今天不在核销时段内` }]);
    expect(seen.body.session).toMatchObject({ id: session.id, firstDay: BATCH_DAY, lastDay: BATCH_DAY });
    expect(seen.body.refusal).toBeNull();
    // A member made without an application has no name or ID number on record.
    expect(seen.body).toMatchObject({ memberNameMasked: null, idNumberLast4: null, membershipActive: true });
    await redeem(provider, { code }).expect(201);
  });

  it('refuses outside the batch day with 409 where the programme says so, using up nothing', async () => {
    const [member] = await insertMembers(t, 1);
    const { programme, session } = await aLinkedBatch();
    const admin = await signInStaff(t, 'district-admin');
    const changed = await t
      .http()
      .patch(`/api/v1/admin/benefits/${programme.id}`)
      .set('authorization', admin)
      .send({ outsideWindowRedemption: 'refuse' })
      .expect(200);
    expect(changed.body.outsideWindowRedemption).toBe('refuse');
    const claimId = await aClaim(member, programme, session);
    const { shortCode } = await codesFor(member, claimId);

    const seen = await preview(provider, { shortCode }).expect(200);
    expect(seen.body.refusal).toEqual({ code: 'OUTSIDE_REDEMPTION_WINDOW', message: expect.stringContaining('该批次为') });
    const refused = await redeem(provider, { shortCode });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('OUTSIDE_REDEMPTION_WINDOW');
    expect((await claimRow(claimId)).status).toBe('confirmed');
    expect((await shortCodeRows(claimId))[0].used_at).toBeNull();

    // On the batch's day the same digits redeem.
    await batchToday(session);
    await redeem(provider, { shortCode }).expect(201);
    const bad = await t.http().patch(`/api/v1/admin/benefits/${programme.id}`).set('authorization', admin).send({ outsideWindowRedemption: 'never' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });

  it('redeems once when two desks send the same 8 digits at the same moment', async () => {
    const [member] = await insertMembers(t, 1);
    const { programme, session } = await aLinkedBatch();
    const claimId = await aClaim(member, programme, session);
    await batchToday(session);
    const { shortCode } = await codesFor(member, claimId);
    const admin = await signInStaff(t, 'district-admin');
    const answers = await Promise.all([redeem(provider, { shortCode }), redeem(admin, { shortCode })]);
    expect(answers.map((answer) => `${answer.status} ${answer.body.code ?? answer.body.status}`).sort()).toEqual(['201 redeemed', '409 ALREADY_REDEEMED']);
  });

  it('warns the provider when the member account has been stopped', async () => {
    const [member] = await insertMembers(t, 1);
    const { programme, session } = await aLinkedBatch();
    const claimId = await aClaim(member, programme, session);
    await batchToday(session);
    const { shortCode } = await codesFor(member, claimId);
    await t.db.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [member.userId]);
    const seen = await preview(provider, { shortCode }).expect(200);
    expect(seen.body).toMatchObject({ membershipActive: false, warnings: [{ code: 'MEMBERSHIP_INACTIVE', message: '该会员账号已停用，请核实身份' }] });
  });

  it('refuses an expired 8-digit code with 400 INVALID_CODE, and the retention job drops it', async () => {
    const [member] = await insertMembers(t, 1);
    const { programme, session } = await aLinkedBatch();
    const claimId = await aClaim(member, programme, session);
    const { shortCode } = await codesFor(member, claimId);
    await t.db.query(`UPDATE redemption_short_codes SET expires_at = now() - interval '1 second' WHERE claim_id = $1`, [claimId]);
    for (const answer of [await preview(provider, { shortCode }), await redeem(provider, { shortCode })]) {
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('INVALID_CODE');
    }
    expect((await t.app.get(RetentionService).purge()).redemption_short_codes).toBeGreaterThanOrEqual(1);
    expect(await shortCodeRows(claimId)).toEqual([]);
  });

  it('answers a provider not linked to the programme as for a scanned code: 403', async () => {
    const [member] = await insertMembers(t, 1);
    const other = await aProgramme(t, { hasSessions: true });
    const session = await aSession(t, other);
    const claimId = await aClaim(member, other, session);
    const { shortCode } = await codesFor(member, claimId);
    for (const answer of [await preview(provider, { shortCode }), await redeem(provider, { shortCode })]) {
      expect(answer.status).toBe(403);
      expect(answer.body.code).toBe('FORBIDDEN');
    }
    expect((await shortCodeRows(claimId))[0].used_at).toBeNull();
  });

  it('refuses bodies with both codes, neither, or anything but 8 digits with 400 VALIDATION_FAILED', async () => {
    const bodies = [{ code: 'KGHR1.x.y', shortCode: '12345678' }, {}, { shortCode: '1234567' }, { shortCode: '123456789' }, { shortCode: 'abcdefgh' }];
    const more = [
      { shortCode: 12345678 },
      { shortCode: null },
      { code: null },
      { shortCode: '1234 5678' },
      { shortCode: '１２３４５６７８' },
      { place: '医院' },
    ];
    for (const body of [...bodies, ...more]) {
      for (const answer of [await preview(provider, body), await redeem(provider, body)]) {
        expect({ body, status: answer.status, code: answer.body.code }).toEqual({ body, status: 400, code: 'VALIDATION_FAILED' });
      }
    }
    expect((await preview(provider, { shortCode: '12345678', place: '医院' })).body.code).toBe('VALIDATION_FAILED');
  });

  describe('guessing', () => {
    let second: NestFastifyApplication;
    beforeAll(async () => {
      second = await createApp(t.config, t.config.databaseUrl!);
    });
    afterAll(() => second.close());

    /** A provider account of its own, so its guesses count against nobody else's. */
    async function aGuesser(programme: BenefitProgramme): Promise<string> {
      const district = await t.db.getRepository(Org).findOneByOrFail({ code: 'district' });
      const username = `guesser-${randomBytes(4).toString('hex')}`;
      const user = await t.db.getRepository(User).save({ username, displayName: '猜码者', roles: ['provider' as const], orgId: district.id });
      await t.db.query(`INSERT INTO benefit_programme_providers (programme_id, user_id) VALUES ($1, $2)`, [programme.id, user.id]);
      return `Bearer ${(await t.app.get(TokensService).startSession(user)).accessToken}`;
    }

    it('stops an account after 10 wrong codes in 10 minutes across both API processes; right ones do not count', async () => {
      const [member] = await insertMembers(t, 1);
      const { programme, session } = await aLinkedBatch();
      const guesser = await aGuesser(programme);
      const claimId = await aClaim(member, programme, session);
      const { shortCode } = await codesFor(member, claimId);
      const wrong = String((Number(shortCode) + 1) % 100_000_000).padStart(8, '0');
      const address = anAddress();
      const apps = [() => t.http(), () => request(second.getHttpServer())];
      const attempt = (i: number, body: object) => {
        const http = apps[i % 2]().post(i % 3 === 0 ? '/api/v1/redemptions/preview' : '/api/v1/redemptions');
        return http.set('authorization', guesser).set('x-forwarded-for', address).send(body);
      };

      for (let i = 0; i < SHORT_CODE_FAILURES_PER_ACCOUNT - 1; i++) expect((await attempt(i, { shortCode: wrong })).body.code).toBe('INVALID_CODE');
      await preview(guesser, { shortCode }, request(second.getHttpServer())).set('x-forwarded-for', address).expect(200);
      expect((await attempt(1, { shortCode: wrong })).body.code).toBe('INVALID_CODE');

      for (const i of [0, 1]) {
        const refused = await attempt(i, { shortCode: i === 0 ? wrong : shortCode });
        expect(refused.status).toBe(429);
        expect(refused.body.code).toBe('TOO_MANY_REQUESTS');
        expect(refused.body.message).toMatch(/^核销码输错次数过多，请 \d+ (分钟|秒)后再试$/);
        expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      }
      // Another provider at the same desk is still served; a scanned QR code is never limited.
      await preview(provider, { shortCode }).set('x-forwarded-for', address).expect(200);
      const { code } = await codesFor(member, claimId);
      await attempt(1, { code }).expect(201);
    });

    it('counts a live code of a programme the provider may not redeem as a wrong one', async () => {
      const [member] = await insertMembers(t, 1);
      const { programme } = await aLinkedBatch();
      const guesser = await aGuesser(programme);
      const other = await aProgramme(t, { hasSessions: true });
      const claimId = await aClaim(member, other, await aSession(t, other));
      const { shortCode } = await codesFor(member, claimId);
      const address = anAddress();
      for (let i = 0; i < SHORT_CODE_FAILURES_PER_ACCOUNT; i++) {
        expect((await preview(guesser, { shortCode }).set('x-forwarded-for', address)).status).toBe(403);
      }
      expect((await preview(guesser, { shortCode }).set('x-forwarded-for', address)).body.code).toBe('TOO_MANY_REQUESTS');
    });

    it('stops an address after 30 wrong codes across accounts, and serves other addresses', async () => {
      const { programme } = await aLinkedBatch();
      const address = anAddress();
      const wrong = '00000000';
      const accounts = Math.ceil(SHORT_CODE_FAILURES_PER_ADDRESS / SHORT_CODE_FAILURES_PER_ACCOUNT);
      for (let a = 0; a < accounts; a++) {
        const guesser = await aGuesser(programme);
        for (let i = 0; i < SHORT_CODE_FAILURES_PER_ACCOUNT; i++) {
          expect((await preview(guesser, { shortCode: wrong }).set('x-forwarded-for', address)).body.code).toBe('INVALID_CODE');
        }
      }
      const fresh = await aGuesser(programme);
      const refused = await preview(fresh, { shortCode: wrong }).set('x-forwarded-for', address);
      expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 429, code: 'TOO_MANY_REQUESTS' });
      expect((await preview(fresh, { shortCode: wrong }).set('x-forwarded-for', anAddress())).body.code).toBe('INVALID_CODE');
    });
  });
});

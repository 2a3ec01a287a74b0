import { BenefitProgramme } from '../src/benefits/benefit-programme.entity';
import { signRedemptionCode } from '../src/benefits/redemption-code';
import { aProgramme, aSession, insertMembers } from './support/benefits';
import { aMember, signInStaff } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';

describe('redemption: a signed, short-lived code used once by a linked provider', () => {
  let t: TestApp;
  let provider: string;
  beforeAll(async () => {
    t = await startTestApp();
    provider = await signInStaff(t, 'provider-demo');
  });
  afterAll(() => t.close());

  /** A confirmed checkup claim (the programme provider-demo is linked to) and its owner. */
  async function aCheckupClaim() {
    const [member] = await insertMembers(t, 1);
    const checkup = await t.db.getRepository(BenefitProgramme).findOneByOrFail({ code: 'checkup' });
    const [session] = await t.db.query(`SELECT id FROM benefit_sessions WHERE programme_id = $1 ORDER BY starts_at LIMIT 1`, [checkup.id]);
    const claim = await t
      .http()
      .post(`/api/v1/benefits/${checkup.id}/claims`)
      .set('authorization', member.token)
      .set('idempotency-key', `k-${member.userId}`)
      .send({ sessionId: session.id })
      .expect(201);
    return { member, claimId: claim.body.id as string };
  }
  const codeFor = async (member: { token: string }, claimId: string) =>
    (await t.http().get(`/api/v1/claims/${claimId}/redemption-code`).set('authorization', member.token).expect(200)).body;
  const redeem = (token: string, body: object) => t.http().post('/api/v1/redemptions').set('authorization', token).send(body);

  it('gives the owner a code valid for at most 120 s and nobody else one', async () => {
    const { member, claimId } = await aCheckupClaim();
    const { code, expiresAt } = await codeFor(member, claimId);
    expect(code).toMatch(/^KGHR1\./);
    const ttl = new Date(expiresAt).getTime() - Date.now();
    expect(ttl).toBeGreaterThan(100_000);
    expect(ttl).toBeLessThanOrEqual(120_000);
    const [stranger] = await insertMembers(t, 1);
    expect((await t.http().get(`/api/v1/claims/${claimId}/redemption-code`).set('authorization', stranger.token)).status).toBe(404);
  });

  it('redeems once, recording who, where and when; a replay is ALREADY_REDEEMED', async () => {
    const { member, claimId } = await aCheckupClaim();
    const { code } = await codeFor(member, claimId);
    const redeemed = await redeem(provider, { code, place: '柯桥区中医医院体检中心' }).expect(201);
    // A member made without an application has no name on record.
    expect(redeemed.body).toMatchObject({
      id: claimId,
      status: 'redeemed',
      redeemedPlace: '柯桥区中医医院体检中心',
      memberNumber: expect.any(String),
      memberNameMasked: null,
    });
    expect(redeemed.body.redeemedAt).toEqual(expect.any(String));
    const replay = await redeem(provider, { code });
    expect(replay.status).toBe(409);
    expect(replay.body.code).toBe('ALREADY_REDEEMED');
    const [row] = await t.db.query(`SELECT redeemed_by, redeemed_org_id, redemption_code_id FROM benefit_claims WHERE id = $1`, [claimId]);
    expect(row.redeemed_by).not.toBeNull();
    expect(row.redeemed_org_id).not.toBeNull();
    expect(row.redemption_code_id).not.toBeNull();
    // A redeemed claim gets no new code either.
    expect((await t.http().get(`/api/v1/claims/${claimId}/redemption-code`).set('authorization', member.token)).body.code).toBe('ALREADY_REDEEMED');
  });

  it('tells the redeemer whose claim it was: the member number and the masked name', async () => {
    const joined = await aMember(t);
    const programme = await aProgramme(t);
    const claim = await t
      .http()
      .post(`/api/v1/benefits/${programme.id}/claims`)
      .set('authorization', joined.token)
      .set('idempotency-key', 'named')
      .send({})
      .expect(201);
    const { code } = await codeFor(joined, claim.body.id);
    const admin = await signInStaff(t, 'district-admin');
    const redeemed = await redeem(admin, { code }).expect(201);
    expect(redeemed.body).toMatchObject({ id: claim.body.id, status: 'redeemed', memberNumber: joined.memberNumber, memberNameMasked: '王**' });
  });

  it('refuses forged, expired and garbage codes with 400 INVALID_CODE', async () => {
    const { member, claimId } = await aCheckupClaim();
    const { code } = await codeFor(member, claimId);
    const [prefix, body, signature] = code.split('.');
    const forged = `${prefix}.${body}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    const expired = signRedemptionCode(claimId, t.config.keys.redemption, new Date(Date.now() - 121_000)).code;
    for (const bad of [forged, expired, 'garbage', 'KGHR1.e30.x']) {
      const response = await redeem(provider, { code: bad });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('INVALID_CODE');
    }
    expect((await redeem(provider, {})).body.code).toBe('VALIDATION_FAILED');
  });

  it('lets only providers linked to the programme, or staff of its subtree, redeem', async () => {
    const [member] = await insertMembers(t, 1);
    const other = await aProgramme(t, { hasSessions: true });
    const session = await aSession(t, other);
    const claim = await t
      .http()
      .post(`/api/v1/benefits/${other.id}/claims`)
      .set('authorization', member.token)
      .set('idempotency-key', 'x1')
      .send({ sessionId: session.id })
      .expect(201);
    const { code } = await codeFor(member, claim.body.id);
    const notLinked = await redeem(provider, { code });
    expect(notLinked.status).toBe(403);
    expect((await redeem(member.token, { code })).status).toBe(403);
    const townStaff = await signInStaff(t, 'keqiao-staff');
    expect((await redeem(townStaff, { code })).status).toBe(403);
    const admin = await signInStaff(t, 'district-admin');
    await redeem(admin, { code }).expect(201);
  });

  it('refuses to redeem a waitlisted or cancelled claim', async () => {
    const { member, claimId } = await aCheckupClaim();
    const { code } = await codeFor(member, claimId);
    await t.http().post(`/api/v1/claims/${claimId}/cancel`).set('authorization', member.token).expect(200);
    const response = await redeem(provider, { code });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('CLAIM_NOT_REDEEMABLE');
  });
});

import { anApplication, anIdNumber, withWrongCheckCharacter } from './support/factories';
import { aMember, signInStaff, signInWorker } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';

describe('joining the union', () => {
  let t: TestApp;
  let keqiaoStaff: string;
  let admin: string;
  const responses: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    keqiaoStaff = await signInStaff(t, 'keqiao-staff');
    admin = await signInStaff(t, 'district-admin');
  });
  afterAll(() => t.close());

  const apply = async (token: string, body: Record<string, unknown>) => {
    const response = await t.http().post('/api/v1/membership/applications').set('authorization', token).send(body);
    responses.push(response.text);
    return response;
  };
  const countApplications = async () => Number((await t.db.query('SELECT count(*) FROM membership_applications'))[0].count);

  it('takes a rider from application to approved member with an e-card', async () => {
    const worker = await signInWorker(t);
    const idNumber = anIdNumber('female');
    const applied = await apply(
      worker.token,
      anApplication({ idNumber, phone: worker.phone, employer: 'eleme', townCode: 'keqiao', occupation: 'food_delivery' }),
    );
    expect(applied.status).toBe(201);
    expect(applied.body).toMatchObject({ status: 'pending', targetOrg: { name: '柯桥街道新就业形态劳动者联合工会' } });

    const pending = await t.http().get('/api/v1/membership/me').set('authorization', worker.token).expect(200);
    expect(pending.body.status).toBe('pending');
    expect((await t.http().get('/api/v1/membership/card').set('authorization', worker.token)).body.code).toBe('NOT_A_MEMBER');

    const queue = await t.http().get('/api/v1/admin/applications?status=pending').set('authorization', keqiaoStaff).expect(200);
    responses.push(queue.text);
    const listed = queue.body.items.find((item: { id: string }) => item.id === applied.body.id);
    expect(listed.idNumberMasked).toBe(`**************${idNumber.slice(-4)}`);

    const approved = await t.http().post(`/api/v1/admin/applications/${applied.body.id}/approve`).set('authorization', keqiaoStaff).expect(200);
    expect(approved.body.memberNumber).toMatch(/^KQ\d{4}\d{6}$/);

    const card = await t.http().get('/api/v1/membership/card').set('authorization', worker.token).expect(200);
    responses.push(card.text);
    expect(card.body).toMatchObject({ nameMasked: '王**', memberNumber: approved.body.memberNumber, idNumberMasked: listed.idNumberMasked });
    expect(card.body.qrPayload).not.toContain(idNumber.slice(6, 14));

    const provider = await signInStaff(t, 'provider-demo');
    const verified = await t.http().post('/api/v1/membership/card/verify').set('authorization', provider).send({ payload: card.body.qrPayload }).expect(200);
    expect(verified.body).toMatchObject({
      valid: true,
      memberNumber: approved.body.memberNumber,
      memberNameMasked: '王**',
      idNumberLast4: idNumber.slice(-4),
      membershipActive: true,
      unionName: expect.any(String),
      joinedAt: expect.any(String),
    });
    expect(verified.text).not.toContain(idNumber.slice(0, 14));
    const [providerUser] = await t.db.query(`SELECT id FROM users WHERE username = 'provider-demo'`);
    const [member] = await t.db.query(`SELECT id, user_id FROM members WHERE member_number = $1`, [approved.body.memberNumber]);
    const reads = await t.db.query(`SELECT actor_user_id, entity_type, entity_id FROM audit_entries WHERE action = 'membership.card.verified'`);
    expect(reads).toEqual([{ actor_user_id: providerUser.id, entity_type: 'member', entity_id: member.id }]);

    // A member whose account was stopped still has a card that verifies, and the host is told.
    await t.db.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [member.user_id]);
    const stopped = await t.http().post('/api/v1/membership/card/verify').set('authorization', provider).send({ payload: card.body.qrPayload }).expect(200);
    expect(stopped.body).toMatchObject({ valid: true, membershipActive: false });
    await t.db.query(`UPDATE users SET disabled_at = NULL WHERE id = $1`, [member.user_id]);
    const forged = card.body.qrPayload.replace(/.$/, (c: string) => (c === 'A' ? 'B' : 'A'));
    await t.http().post('/api/v1/membership/card/verify').set('authorization', provider).send({ payload: forged }).expect(404);

    const audit = await t.db.query(`SELECT action FROM audit_entries WHERE entity_id = $1 ORDER BY id`, [applied.body.id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['membership.application.submitted', 'membership.application.approved']);
  });

  it('routes couriers of an express brand to the express industry union and Meituan riders to their station union', async () => {
    const courier = await signInWorker(t);
    expect((await apply(courier.token, anApplication({ employer: 'sf', townCode: 'anchang' }))).body.targetOrg.name).toBe('柯桥区快递行业工会');
    const rider = await signInWorker(t);
    expect((await apply(rider.token, anApplication({ employer: 'meituan', occupation: 'food_delivery' }))).body.targetOrg.name).toContain('美团轻纺城站点');
  });

  it('hides applications of other towns from town staff with 404', async () => {
    const worker = await signInWorker(t);
    const applied = await apply(worker.token, anApplication({ employer: 'other', townCode: 'anchang' }));
    const list = await t.http().get('/api/v1/admin/applications').set('authorization', keqiaoStaff).expect(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).not.toContain(applied.body.id);
    for (const path of ['approve', 'reject']) {
      const answer = await t
        .http()
        .post(`/api/v1/admin/applications/${applied.body.id}/${path}`)
        .set('authorization', keqiaoStaff)
        .send(path === 'reject' ? { reason: '材料不全' } : {});
      expect(answer.status).toBe(404);
      expect(answer.body.code).toBe('NOT_FOUND');
    }
    await t
      .http()
      .post(`/api/v1/admin/applications/${applied.body.id}/id-number`)
      .set('authorization', keqiaoStaff)
      .send({ reason: '核对身份证原件' })
      .expect(404);
    const status = await t.http().get('/api/v1/membership/me').set('authorization', worker.token);
    expect(status.body.status).toBe('pending');
  });

  it('lets a rejected worker see the reason and apply again', async () => {
    const worker = await signInWorker(t);
    const body = anApplication({ employer: 'other', townCode: 'keqiao' });
    const first = await apply(worker.token, body);
    const blank = await t.http().post(`/api/v1/admin/applications/${first.body.id}/reject`).set('authorization', keqiaoStaff).send({ reason: '    ' });
    expect(blank.body.code).toBe('VALIDATION_FAILED');
    await t
      .http()
      .post(`/api/v1/admin/applications/${first.body.id}/reject`)
      .set('authorization', keqiaoStaff)
      .send({ reason: ' 姓名与身份证不符 ' })
      .expect(200);
    const status = await t.http().get('/api/v1/membership/me').set('authorization', worker.token).expect(200);
    expect(status.body).toMatchObject({ status: 'rejected', application: { rejectReason: '姓名与身份证不符' } });
    const again = await t.http().post(`/api/v1/admin/applications/${first.body.id}/approve`).set('authorization', keqiaoStaff);
    expect(again.body.code).toBe('APPLICATION_NOT_PENDING');
    expect((await apply(worker.token, body)).status).toBe(201);
  });

  it('shows a rejected application to its owner to correct, and keeps its ID number when none is sent', async () => {
    const worker = await signInWorker(t);
    const body = anApplication({ employer: 'other', townCode: 'keqiao', occupation: 'courier' });
    const first = await apply(worker.token, body);
    const pending = await t.http().get('/api/v1/membership/me').set('authorization', worker.token).expect(200);
    expect(pending.body.application.answers).toBeNull();
    const rejectWith = (body: object) => t.http().post(`/api/v1/admin/applications/${first.body.id}/reject`).set('authorization', keqiaoStaff).send(body);
    for (const fields of [['salary'], ['phone', 'phone'], 'phone']) {
      expect((await rejectWith({ reason: '手机号不是本人的', fields })).body.code).toBe('VALIDATION_FAILED');
    }
    const rejected = await rejectWith({ reason: '手机号不是本人的', fields: ['phone'] }).expect(200);
    expect(rejected.body.rejectFields).toEqual(['phone']);

    const status = await t.http().get('/api/v1/membership/me').set('authorization', worker.token).expect(200);
    responses.push(status.text);
    expect(status.headers['cache-control']).toContain('no-store');
    expect(status.body.application.answers).toEqual({
      name: body.name,
      idNumberMasked: `**************${String(body.idNumber).slice(-4)}`,
      phone: body.phone,
      occupation: 'courier',
      employer: 'other',
      employerName: null,
      enterprise: null,
      townCode: 'keqiao',
      rejectFields: ['phone'],
    });

    // Another worker cannot borrow this application's ID number, nor may a pending one be named.
    const stranger = await signInWorker(t);
    const { idNumber: _idNumber, ...withoutId } = body;
    for (const [token, id] of [
      [stranger.token, first.body.id],
      [worker.token, '00000000-0000-4000-8000-000000000000'],
    ]) {
      const refused = await apply(token, { ...withoutId, correctsApplicationId: id });
      expect({ status: refused.status, code: refused.body.code, field: refused.body.details[0].field }).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
        field: 'idNumber',
      });
    }
    expect((await apply(worker.token, withoutId)).body.code).toBe('VALIDATION_FAILED');

    const corrected = await apply(worker.token, { ...withoutId, phone: '13900001111', correctsApplicationId: first.body.id });
    expect(corrected.status).toBe(201);
    const rows = await t.db.query(`SELECT id_number_index, phone FROM membership_applications WHERE id = ANY($1) ORDER BY submitted_at`, [
      [first.body.id, corrected.body.id],
    ]);
    expect(rows[1]).toEqual({ id_number_index: rows[0].id_number_index, phone: '13900001111' });
    // Pending now: the ID number is taken by the live application, a second correction is refused.
    const twice = await apply(worker.token, { ...withoutId, correctsApplicationId: first.body.id });
    expect(twice.body.code).toBe('ALREADY_APPLIED');
  });

  it('refuses a second application for an ID number that is pending or a member', async () => {
    const member = await aMember(t);
    const idNumber = (
      await t
        .http()
        .post(`/api/v1/admin/applications/${member.applicationId}/id-number`)
        .set('authorization', admin)
        .send({ reason: '核对身份证原件' })
        .expect(200)
    ).body.idNumber;
    const other = await signInWorker(t);
    const answer = await apply(other.token, anApplication({ idNumber }));
    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('ALREADY_APPLIED');
    const reveal = await t.db.query(`SELECT detail FROM audit_entries WHERE action = 'membership.id_number.revealed' AND entity_id = $1`, [
      member.applicationId,
    ]);
    expect(reveal).toEqual([{ detail: { reason: '核对身份证原件' } }]);
  });

  it('lets exactly one of ten racing applications with the same ID number through', async () => {
    const idNumber = anIdNumber();
    const workers = await Promise.all(Array.from({ length: 10 }, () => signInWorker(t)));
    const answers = await Promise.all(workers.map((worker) => apply(worker.token, anApplication({ idNumber }))));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409 && a.body.code === 'ALREADY_APPLIED')).toHaveLength(9);
  });

  it('lets exactly one of two racing approvals create the member', async () => {
    const worker = await signInWorker(t);
    const applied = await apply(worker.token, anApplication({ townCode: 'keqiao', employer: 'other' }));
    const answers = await Promise.all(
      [keqiaoStaff, admin].map((token) => t.http().post(`/api/v1/admin/applications/${applied.body.id}/approve`).set('authorization', token)),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(Number((await t.db.query('SELECT count(*) FROM members WHERE application_id = $1', [applied.body.id]))[0].count)).toBe(1);
  });

  describe('bad input writes nothing', () => {
    let token: string;
    beforeAll(async () => {
      token = (await signInWorker(t)).token;
    });

    const cases: [string, Record<string, unknown>, string, string | null][] = [
      ['a wrong check character', anApplication({ idNumber: withWrongCheckCharacter(anIdNumber()) }), 'VALIDATION_FAILED', 'idNumber'],
      ['an impossible birth date', anApplication({ idNumber: '330621199002300000' }), 'VALIDATION_FAILED', 'idNumber'],
      ['a phone that is not a mainland mobile', anApplication({ phone: '0575-84123456' }), 'VALIDATION_FAILED', 'phone'],
      ['an unknown town', anApplication({ townCode: 'beijing' }), 'VALIDATION_FAILED', 'townCode'],
      ['an unknown occupation', anApplication({ occupation: 'astronaut' }), 'VALIDATION_FAILED', 'occupation'],
      ['a number for the name', anApplication({ name: 42 }), 'VALIDATION_FAILED', 'name'],
      ['a missing ID number', { ...anApplication(), idNumber: undefined }, 'VALIDATION_FAILED', 'idNumber'],
      ['an unknown field', anApplication({ isApproved: true }), 'VALIDATION_FAILED', 'isApproved'],
      ['no consent', { ...anApplication(), consentVersion: undefined }, 'VALIDATION_FAILED', 'consentVersion'],
      ['a name of spaces only', anApplication({ name: '   ' }), 'VALIDATION_FAILED', 'name'],
      ['an outdated consent version', anApplication({ consentVersion: '2020-01' }), 'CONSENT_REQUIRED', 'consentVersion'],
    ];

    it.each(cases)('refuses %s', async (_name, body, code, field) => {
      const before = await countApplications();
      const answer = await apply(token, body);
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe(code);
      if (field) expect(answer.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(await countApplications()).toBe(before);
    });

    it('refuses staff routes to workers and bad ids to staff', async () => {
      expect((await t.http().post('/api/v1/admin/applications/not-a-uuid/approve').set('authorization', admin)).status).toBe(404);
      expect((await t.http().get('/api/v1/admin/applications?pageSize=1000').set('authorization', admin)).body.code).toBe('VALIDATION_FAILED');
      expect((await t.http().get('/api/v1/admin/applications?page=1e20').set('authorization', admin)).body.code).toBe('VALIDATION_FAILED');
      expect((await t.http().post('/api/v1/admin/applications/x/reject').set('authorization', admin).send({ reason: '材料不全' })).status).toBe(404);
    });
  });

  it('never stores or returns a whole ID number', async () => {
    const idNumbers: string[] = (
      await Promise.all(
        (await t.db.query('SELECT id FROM membership_applications')).map(
          async ({ id }: { id: string }) =>
            (await t.http().post(`/api/v1/admin/applications/${id}/id-number`).set('authorization', admin).send({ reason: '检查数据库不存整号' })).body
              .idNumber as string,
        ),
      )
    ).filter(Boolean);
    expect(idNumbers.length).toBeGreaterThan(5);
    const tables: { table_name: string }[] = await t.db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
    for (const { table_name } of tables) {
      const dump = JSON.stringify(await t.db.query(`SELECT * FROM "${table_name}"`));
      for (const idNumber of idNumbers) expect(dump).not.toContain(idNumber);
    }
    for (const text of responses) for (const idNumber of idNumbers) expect(text).not.toContain(idNumber);
  });
});

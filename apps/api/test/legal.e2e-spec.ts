import { TokensService } from '../src/auth/tokens.service';
import { User } from '../src/auth/user.entity';
import { addDays, shanghaiToday } from '../src/common/calendar-day';
import { fakeDateAt } from './support/clock';
import { aLegalRequest, askForHelp, aSessionRecord, caseRoutes } from './support/legal';
import { aMember, signInStaff, signInWorker } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';

const NUMBER = /^WQ\d{8}-\d{4}$/;
const CHINESE = /[\u4e00-\u9fff]/;

describe('legal help', () => {
  let t: TestApp;
  let admin: string;
  let keqiaoStaff: string;
  let mediator: string;
  let ids: Record<'mediator' | 'keqiaoStaff' | 'districtAdmin', string>;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInStaff(t, 'district-admin');
    keqiaoStaff = await signInStaff(t, 'keqiao-staff');
    mediator = await signInStaff(t, 'mediator-demo');
    const rows: { username: string; id: string }[] = await t.db.query(
      `SELECT username, id FROM users WHERE username IN ('mediator-demo', 'keqiao-staff', 'district-admin')`,
    );
    const id = (username: string) => rows.find((row) => row.username === username)!.id;
    ids = { mediator: id('mediator-demo'), keqiaoStaff: id('keqiao-staff'), districtAdmin: id('district-admin') };
  });
  afterAll(() => t.close());

  /** A staff account of another town, signed in. */
  const staffOf = async (townCode: string) => {
    const [org]: { id: string }[] = await t.db.query(`SELECT id FROM orgs WHERE code = $1`, [`town:${townCode}`]);
    const user = await t.db
      .getRepository(User)
      .save({ displayName: `${townCode}干事`, roles: ['staff'], orgId: org.id, phone: null, username: `staff.${townCode}.${Date.now()}` });
    return { id: user.id, token: `Bearer ${(await t.app.get(TokensService).startSession(user)).accessToken}` };
  };
  const tokenOf = async (userId: string) => {
    const user = await t.db.getRepository(User).findOneByOrFail({ id: userId });
    return `Bearer ${(await t.app.get(TokensService).startSession(user)).accessToken}`;
  };
  const workerDetail = (token: string, id: string) => t.http().get(`/api/v1/legal/requests/${id}`).set('authorization', token);

  describe('a worker', () => {
    it('asks for help, routed to the town federation, with a number, a due day and the first step', async () => {
      const worker = await signInWorker(t);
      const created = await askForHelp(t, worker.token, { townCode: 'huashe' });
      expect(created).toMatchObject({
        number: expect.stringMatching(NUMBER),
        topic: 'unpaid_wages',
        against: 'partner',
        amountClaimedFen: 860_000,
        workersAffected: 1,
        isMember: false,
        townCode: 'huashe',
        org: { name: '华舍街道总工会' },
        status: 'submitted',
        kind: 'request',
        outcome: null,
      });
      const today = shanghaiToday();
      expect(created.number).toBe(`WQ${today.replaceAll('-', '')}-${created.number.slice(-4)}`);
      expect(created.dueOn).toBe(addDays(today, 3));
      const detail = await workerDetail(worker.token, created.id).expect(200);
      expect(detail.body).toMatchObject({ phoneMasked: '139****2222', amountAgreedFen: null, amountRecoveredFen: null });
      expect(detail.body.steps).toEqual([
        { id: expect.any(String), at: expect.any(String), by: 'worker', status: 'submitted', text: expect.stringContaining('欠薪') },
      ]);
      const audit = await t.db.query(`SELECT action FROM audit_entries WHERE entity_id = $1`, [created.id]);
      expect(audit).toEqual([{ action: 'legal.request.create' }]);
    });

    it('is stamped a member when they are one, and defaults to one worker affected', async () => {
      const member = await aMember(t);
      const created = await askForHelp(t, member.token, { workersAffected: undefined });
      expect(created).toMatchObject({ isMember: true, workersAffected: 1 });
      const seen = await caseRoutes(t, keqiaoStaff).get(created.id).expect(200);
      expect(seen.body.applicantNameMasked).toBe('王**');
    });

    it('sees only their own requests, newest first; another worker’s answers 404', async () => {
      const one = await signInWorker(t);
      const other = await signInWorker(t);
      const first = await askForHelp(t, one.token, { topic: 'work_injury' });
      const second = await askForHelp(t, one.token);
      await askForHelp(t, other.token);
      const mine = await t.http().get('/api/v1/legal/requests/me').set('authorization', one.token).expect(200);
      expect(mine.body.items.map((item: { id: string }) => item.id)).toEqual([second.id, first.id]);
      for (const response of [
        await workerDetail(other.token, first.id),
        await t.http().post(`/api/v1/legal/requests/${first.id}/notes`).set('authorization', other.token).send({ text: '不是我的' }),
        await t.http().post(`/api/v1/legal/requests/${first.id}/withdraw`).set('authorization', other.token).send({}),
        await workerDetail(other.token, '00000000-0000-4000-8000-000000000000'),
        await workerDetail(other.token, 'not-an-id'),
      ]) {
        expect({ status: response.status, code: response.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
      }
    });

    it('adds information and withdraws while open; both are refused with 409 once closed', async () => {
      const worker = await signInWorker(t);
      const request = await askForHelp(t, worker.token);
      const noted = await t
        .http()
        .post(`/api/v1/legal/requests/${request.id}/notes`)
        .set('authorization', worker.token)
        .send({ text: '  补充：工资条已拍照  ' })
        .expect(200);
      expect(noted.body.steps.at(-1)).toMatchObject({ by: 'worker', status: null, text: '您补充了情况：补充：工资条已拍照' });
      const withdrawn = await t
        .http()
        .post(`/api/v1/legal/requests/${request.id}/withdraw`)
        .set('authorization', worker.token)
        .send({ reason: '已自行和解' })
        .expect(200);
      expect(withdrawn.body).toMatchObject({ status: 'withdrawn', outcome: '您撤回了求助：已自行和解' });
      for (const response of [
        await t.http().post(`/api/v1/legal/requests/${request.id}/notes`).set('authorization', worker.token).send({ text: '还有一件事' }),
        await t.http().post(`/api/v1/legal/requests/${request.id}/withdraw`).set('authorization', worker.token).send({}),
      ]) {
        expect({ status: response.status, code: response.body.code }).toEqual({ status: 409, code: 'LEGAL_REQUEST_CLOSED' });
      }
      const answered = await askForHelp(t, worker.token);
      await caseRoutes(t, keqiaoStaff).answer(answered.id).expect(200);
      const late = await t.http().post(`/api/v1/legal/requests/${answered.id}/notes`).set('authorization', worker.token).send({ text: '还有一件事' });
      expect({ status: late.status, code: late.body.code }).toEqual({ status: 409, code: 'LEGAL_REQUEST_CLOSED' });
    });

    it('reads each step of a case to its end in Chinese, naming only the assignee', async () => {
      const worker = await signInWorker(t);
      const request = await askForHelp(t, worker.token);
      const staff = caseRoutes(t, keqiaoStaff);
      await staff.register(request.id, { assigneeId: ids.mediator, amountClaimedFen: 300_000 }).expect(200);
      const lawyer = caseRoutes(t, mediator);
      const mediating = await lawyer.session(request.id, aSessionRecord(shanghaiToday())).expect(201);
      expect(mediating.body).toMatchObject({ status: 'mediating', sessions: [{ form: 'in_person', recordedBy: { displayName: '王律师（公益律师团）' } }] });
      await lawyer.move(request.id, { to: 'agreed', amountAgreedFen: 300_000, reason: '站点于7日内一次付清' }).expect(200);
      const done = await lawyer.move(request.id, { to: 'fulfilled', amountRecoveredFen: 300_000 }).expect(200);
      expect(done.body).toMatchObject({ status: 'fulfilled', kind: 'case', amountAgreedFen: 300_000, amountRecoveredFen: 300_000, nextStatuses: [] });

      const detail = await workerDetail(worker.token, request.id).expect(200);
      expect(detail.body).toMatchObject({ status: 'fulfilled', kind: 'case', outcome: '调解协议已履行，为您追回3,000.00元', amountRecoveredFen: 300_000 });
      const steps = detail.body.steps as { by: string; status: string | null; text: string }[];
      expect(steps.map((step) => [step.by, step.status])).toEqual([
        ['worker', 'submitted'],
        ['union', 'registered'],
        ['union', null],
        ['union', 'mediating'],
        ['union', null],
        ['union', 'agreed'],
        ['union', 'fulfilled'],
      ]);
      for (const step of steps) expect(step.text).toMatch(CHINESE);
      expect(steps[2].text).toBe('工会已安排王律师（公益律师团）承办您的案件');
      expect(steps[5].text).toContain('3,000.00元');
      expect(JSON.stringify(steps)).not.toContain('柯桥街道工会干事');

      const timeline = (await staff.get(request.id).expect(200)).body.timeline as { kind: string; actor: { displayName: string } | null }[];
      expect(timeline.map((entry) => [entry.kind, entry.actor?.displayName ?? null])).toEqual([
        ['status', null],
        ['status', '柯桥街道工会干事'],
        ['assigned', '柯桥街道工会干事'],
        ['status', '王律师（公益律师团）'],
        ['session', '王律师（公益律师团）'],
        ['status', '王律师（公益律师团）'],
        ['status', '王律师（公益律师团）'],
      ]);
      const events: { to_status: string | null; amount_agreed_fen: number | null; amount_recovered_fen: number | null }[] = await t.db.query(
        `SELECT to_status, amount_agreed_fen, amount_recovered_fen FROM legal_request_events WHERE request_id = $1 AND kind = 'status' ORDER BY at`,
        [request.id],
      );
      expect(events.slice(-2)).toEqual([
        { to_status: 'agreed', amount_agreed_fen: 300_000, amount_recovered_fen: null },
        { to_status: 'fulfilled', amount_agreed_fen: 300_000, amount_recovered_fen: 300_000 },
      ]);
      const audit: { action: string }[] = await t.db.query(
        `SELECT action FROM audit_entries WHERE entity_id = $1 AND action <> 'legal.personal_data.read' ORDER BY created_at, id`,
        [request.id],
      );
      expect(audit.map((row) => row.action).sort()).toEqual(
        [
          'legal.request.create',
          'legal.status.change',
          'legal.assign',
          'legal.status.change',
          'legal.session.record',
          'legal.status.change',
          'legal.status.change',
        ].sort(),
      );
    });
  });

  describe('staff', () => {
    it('see the queue of their town oldest first, and another town’s cases answer 404', async () => {
      const worker = await signInWorker(t);
      const ours = await askForHelp(t, worker.token);
      const theirs = await askForHelp(t, worker.token, { townCode: 'huashe' });
      const queue = await t.http().get('/api/v1/admin/legal/requests?pageSize=100').set('authorization', keqiaoStaff).expect(200);
      const queued = queue.body.items as { id: string; submittedAt: string; status: string; townCode: string }[];
      expect(queued.map((item) => item.id)).toContain(ours.id);
      expect(queued.map((item) => item.id)).not.toContain(theirs.id);
      expect(queued.every((item) => item.status === 'submitted' && item.townCode === 'keqiao')).toBe(true);
      expect(queued.map((item) => item.submittedAt)).toEqual([...queued.map((item) => item.submittedAt)].sort());
      const staff = caseRoutes(t, keqiaoStaff);
      for (const response of [
        await staff.get(theirs.id),
        await staff.answer(theirs.id),
        await staff.register(theirs.id),
        await staff.move(theirs.id, { to: 'declined', reason: '不属于受理范围' }),
        await staff.amounts(theirs.id, { amountClaimedFen: 1 }),
      ]) {
        expect({ status: response.status, code: response.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
      }
      const huashe = await staffOf('huashe');
      await caseRoutes(t, huashe.token).get(theirs.id).expect(200);
      await caseRoutes(t, huashe.token).get(ours.id).expect(404);
      await caseRoutes(t, admin).get(theirs.id).expect(200);
    });

    it('read the whole phone in the detail, kept in the audit log as a view of personal data', async () => {
      const worker = await signInWorker(t);
      const request = await askForHelp(t, worker.token, { phone: '13900003333' });
      const listed = await t.http().get(`/api/v1/admin/legal/cases?q=${request.number}`).set('authorization', keqiaoStaff).expect(200);
      expect(listed.body.items).toEqual([expect.objectContaining({ id: request.id, phoneMasked: '139****3333', applicantNameMasked: '未入会职工' })]);
      expect(JSON.stringify(listed.body)).not.toContain('13900003333');
      const detail = await caseRoutes(t, keqiaoStaff).get(request.id).expect(200);
      expect(detail.body).toMatchObject({ phone: '13900003333', nextStatuses: ['answered', 'registered', 'declined', 'withdrawn'], requestOverdue: false });
      const [read] = await t.db.query(`SELECT actor_user_id, detail FROM audit_entries WHERE entity_id = $1 AND action = 'legal.personal_data.read'`, [
        request.id,
      ]);
      expect(read).toMatchObject({ actor_user_id: ids.keqiaoStaff, detail: { fields: ['phone'] } });
      const log = await t.http().get('/api/v1/admin/audit?action=legal.personal_data.read').set('authorization', admin).expect(200);
      expect(log.body.items[0]).toMatchObject({ sensitive: true });
    });

    it('answer a request as a consultation with the advice as its outcome', async () => {
      const worker = await signInWorker(t);
      const request = await askForHelp(t, worker.token, { topic: 'social_insurance', amountClaimedFen: undefined });
      const answered = await caseRoutes(t, keqiaoStaff).answer(request.id, '灵活就业人员可以个人身份参加职工养老保险。').expect(200);
      expect(answered.body).toMatchObject({
        status: 'answered',
        kind: 'consultation',
        outcome: '灵活就业人员可以个人身份参加职工养老保险。',
        nextStatuses: [],
      });
      const list = await t
        .http()
        .get('/api/v1/admin/legal/cases?kind=consultation&status=answered&topic=social_insurance')
        .set('authorization', keqiaoStaff)
        .expect(200);
      expect(list.body.items.map((item: { id: string }) => item.id)).toContain(request.id);
    });

    it('refuse a move the table does not allow with 409 ILLEGAL_TRANSITION naming both states', async () => {
      const worker = await signInWorker(t);
      const request = await askForHelp(t, worker.token);
      const staff = caseRoutes(t, keqiaoStaff);
      const early = await staff.move(request.id, { to: 'fulfilled', amountRecoveredFen: 100 });
      expect({ status: early.status, code: early.body.code, message: early.body.message }).toEqual({
        status: 409,
        code: 'ILLEGAL_TRANSITION',
        message: '不能从“待受理”变为“已履行”',
      });
      await staff.answer(request.id).expect(200);
      const again = await staff.register(request.id);
      expect({ status: again.status, code: again.body.code, message: again.body.message }).toEqual({
        status: 409,
        code: 'ILLEGAL_TRANSITION',
        message: '不能从“已解答”变为“已立案”',
      });
      const viaTransition = await staff.move(request.id, { to: 'registered' });
      expect({ status: viaTransition.status, field: viaTransition.body.details?.[0]?.field }).toEqual({ status: 400, field: 'to' });
    });

    it('name what a move needs: a reason to decline, the amount and terms to agree, where to refer', async () => {
      const worker = await signInWorker(t);
      const staff = caseRoutes(t, keqiaoStaff);
      const declined = await askForHelp(t, worker.token);
      const noReason = await staff.move(declined.id, { to: 'declined' });
      expect({ status: noReason.status, code: noReason.body.code, field: noReason.body.details[0].field }).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
        field: 'reason',
      });
      const done = await staff.move(declined.id, { to: 'declined', reason: '属于商业合同纠纷' }).expect(200);
      expect(done.body.outcome).toBe('属于商业合同纠纷');

      const request = await askForHelp(t, worker.token);
      await staff.register(request.id).expect(200);
      await staff.move(request.id, { to: 'mediating' }).expect(200);
      for (const [body, field] of [
        [{ to: 'agreed', reason: '分期支付' }, 'amountAgreedFen'],
        [{ to: 'agreed', amountAgreedFen: 100_000 }, 'reason'],
        [{ to: 'failed', reason: '对方拒不到场', amountAgreedFen: 5 }, 'amountAgreedFen'],
      ] as const) {
        const refused = await staff.move(request.id, body);
        expect({ status: refused.status, field: refused.body.details?.[0]?.field }).toEqual({ status: 400, field });
      }
      await staff.move(request.id, { to: 'failed', reason: '对方拒不到场' }).expect(200);
      const noBody = await staff.move(request.id, { to: 'referred' });
      expect({ status: noBody.status, field: noBody.body.details?.[0]?.field }).toEqual({ status: 400, field: 'referredTo' });
      const referred = await staff.move(request.id, { to: 'referred', referredTo: 'arbitration' }).expect(200);
      expect(referred.body).toMatchObject({ status: 'referred', referredTo: 'arbitration', outcome: '工会已协助将您的案件转至劳动人事争议仲裁委员会' });
    });

    it('take amounts only as whole fen, and recovered above agreed only with a reason', async () => {
      const worker = await signInWorker(t);
      for (const amountClaimedFen of [12.5, -1, '100', 1e12, true]) {
        const refused = await t.http().post('/api/v1/legal/requests').set('authorization', worker.token).send(aLegalRequest({ amountClaimedFen }));
        expect({ status: refused.status, code: refused.body.code, field: refused.body.details?.[0]?.field }).toEqual({
          status: 400,
          code: 'VALIDATION_FAILED',
          field: 'amountClaimedFen',
        });
      }
      const fractional = await t
        .http()
        .post('/api/v1/legal/requests')
        .set('authorization', worker.token)
        .send(aLegalRequest({ amountClaimedFen: 0.5 }));
      expect(fractional.body.details[0].message).toBe('金额应为以分计的整数');

      const request = await askForHelp(t, worker.token);
      const staff = caseRoutes(t, keqiaoStaff);
      await staff.register(request.id).expect(200);
      await staff.session(request.id, aSessionRecord(shanghaiToday())).expect(201);
      const half = await staff.move(request.id, { to: 'agreed', amountAgreedFen: 100_000.5, reason: '分期' });
      expect({ status: half.status, field: half.body.details?.[0]?.field, message: half.body.details?.[0]?.message }).toEqual({
        status: 400,
        field: 'amountAgreedFen',
        message: '金额应为以分计的整数',
      });
      await staff.move(request.id, { to: 'agreed', amountAgreedFen: 300_000, reason: '一次付清' }).expect(200);
      const patchedAbove = await staff.amounts(request.id, { amountRecoveredFen: 300_001 });
      expect({ status: patchedAbove.status, code: patchedAbove.body.code }).toEqual({ status: 422, code: 'RECOVERED_ABOVE_AGREED' });
      const above = await staff.move(request.id, { to: 'fulfilled', amountRecoveredFen: 320_000 });
      expect({ status: above.status, code: above.body.code, field: above.body.details?.[0]?.field }).toEqual({
        status: 422,
        code: 'RECOVERED_ABOVE_AGREED',
        field: 'amountRecoveredFen',
      });
      const stillAgreed = await staff.get(request.id).expect(200);
      expect(stillAgreed.body).toMatchObject({ status: 'agreed', amountRecoveredFen: null });
      const explained = await staff.move(request.id, { to: 'fulfilled', amountRecoveredFen: 320_000, overAgreedReason: '含逾期支付的利息' }).expect(200);
      expect(explained.body).toMatchObject({ status: 'fulfilled', amountAgreedFen: 300_000, amountRecoveredFen: 320_000 });
      const corrected = await staff.amounts(request.id, { amountClaimedFen: 350_000 }).expect(200);
      expect(corrected.body.timeline.at(-1)).toMatchObject({ kind: 'amounts', text: '涉案金额已更新：主张3,500.00元，协议3,000.00元，已追回3,200.00元' });
    });

    it('record sessions only on a registered, mediating or agreed case, never dated in the future', async () => {
      const worker = await signInWorker(t);
      const request = await askForHelp(t, worker.token);
      const staff = caseRoutes(t, keqiaoStaff);
      const early = await staff.session(request.id, aSessionRecord(shanghaiToday()));
      expect({ status: early.status, code: early.body.code }).toEqual({ status: 409, code: 'CONFLICT' });
      await staff.register(request.id).expect(200);
      const future = await staff.session(request.id, aSessionRecord(addDays(shanghaiToday(), 1)));
      expect({ status: future.status, field: future.body.details?.[0]?.field }).toEqual({ status: 400, field: 'heldOn' });
      const beforeRegistration = await staff.session(request.id, aSessionRecord(addDays(shanghaiToday(), -1)));
      expect({ status: beforeRegistration.status, field: beforeRegistration.body.details?.[0]?.field }).toEqual({ status: 400, field: 'heldOn' });
      await staff.session(request.id, aSessionRecord(shanghaiToday(), { form: 'court' })).expect(201);
      const second = await staff.session(request.id, aSessionRecord(shanghaiToday(), { form: 'phone' })).expect(201);
      expect(second.body).toMatchObject({ status: 'mediating', sessions: [{ form: 'court' }, { form: 'phone' }] });
      expect(second.body.timeline.filter((entry: { toStatus: string | null }) => entry.toStatus === 'mediating')).toHaveLength(1);
    });

    it('assign only accounts of the case’s union or above, or a mediator of its town', async () => {
      const worker = await signInWorker(t);
      const request = await askForHelp(t, worker.token);
      const huashe = await staffOf('huashe');
      const staff = caseRoutes(t, keqiaoStaff);
      const wrong = await staff.assign(request.id, huashe.id);
      expect({ status: wrong.status, field: wrong.body.details?.[0]?.field }).toEqual({ status: 400, field: 'assigneeId' });
      const ghost = await staff.assign(request.id, '00000000-0000-4000-8000-000000000000');
      expect(ghost.status).toBe(400);
      await staff.assign(request.id, ids.districtAdmin).expect(200);
      const assigned = await staff.assign(request.id, ids.mediator).expect(200);
      expect(assigned.body.assignee).toEqual({ id: ids.mediator, displayName: '王律师（公益律师团）' });
      const same = await staff.assign(request.id, ids.mediator);
      expect(same.status).toBe(409);
      const list = await t.http().get('/api/v1/admin/legal/assignees').set('authorization', keqiaoStaff).expect(200);
      expect(list.body.items[0]).toEqual({
        id: ids.mediator,
        displayName: '王律师（公益律师团）',
        role: 'mediator',
        org: { id: expect.any(String), name: '柯桥街道总工会' },
      });
      const listed = (list.body.items as { id: string }[]).map((item) => item.id);
      expect(listed).toEqual(expect.arrayContaining([ids.mediator, ids.keqiaoStaff, ids.districtAdmin]));
      expect(listed).not.toContain(huashe.id);
      const huasheList = await t.http().get('/api/v1/admin/legal/assignees').set('authorization', huashe.token).expect(200);
      expect((huasheList.body.items as { id: string }[]).map((item) => item.id)).not.toContain(ids.mediator);
    });
  });

  describe('a mediator', () => {
    it('sees and works only the cases assigned to them: 404 for others, 403 on the queue and on triage', async () => {
      const worker = await signInWorker(t);
      const assigned = await askForHelp(t, worker.token);
      const notAssigned = await askForHelp(t, worker.token);
      const staff = caseRoutes(t, keqiaoStaff);
      await staff.register(assigned.id, { assigneeId: ids.mediator }).expect(200);
      await staff.register(notAssigned.id, { assigneeId: ids.keqiaoStaff }).expect(200);
      const lawyer = caseRoutes(t, mediator);
      const seen = await lawyer.get(assigned.id).expect(200);
      expect(seen.body.nextStatuses).toEqual(['mediating', 'declined', 'withdrawn']);
      for (const response of [
        await lawyer.get(notAssigned.id),
        await lawyer.move(notAssigned.id, { to: 'mediating' }),
        await lawyer.session(notAssigned.id, aSessionRecord(shanghaiToday())),
        await lawyer.amounts(notAssigned.id, { amountClaimedFen: 1 }),
      ]) {
        expect({ status: response.status, code: response.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
      }
      const cases = await t.http().get('/api/v1/admin/legal/cases?pageSize=100').set('authorization', mediator).expect(200);
      const listed = (cases.body.items as { id: string; assignee: { id: string } }[]).map((item) => item.assignee?.id);
      expect(listed).toContain(ids.mediator);
      expect(new Set(listed)).toEqual(new Set([ids.mediator]));
      for (const response of [
        await t.http().get('/api/v1/admin/legal/requests').set('authorization', mediator),
        await t.http().get('/api/v1/admin/legal/assignees').set('authorization', mediator),
        await lawyer.answer(assigned.id),
        await lawyer.assign(assigned.id, ids.mediator),
      ]) {
        expect({ status: response.status, code: response.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
      }
      // Unassigned, the case is out of reach at once.
      await staff.assign(assigned.id, ids.keqiaoStaff).expect(200);
      await lawyer.get(assigned.id).expect(404);
    });

    it('signs in through the staff login and can be opened as an account by town staff', async () => {
      const opened = await t
        .http()
        .post('/api/v1/admin/accounts')
        .set('authorization', keqiaoStaff)
        .send({
          username: `lawyer.${Date.now() % 100000}`,
          displayName: '李律师',
          role: 'mediator',
          orgId: (await t.db.query(`SELECT id FROM orgs WHERE code = 'town:keqiao'`))[0].id,
        })
        .expect(201);
      expect(opened.body.account).toMatchObject({ role: 'mediator' });
      const login = await t.http().post('/api/v1/auth/staff/login').send({ username: 'mediator-demo', password: 'demo12345' }).expect(200);
      expect(login.body.user.roles).toEqual(['mediator']);
    });
  });

  describe('the 15-day mediation clock', () => {
    afterEach(() => jest.useRealTimers());

    it('counts days in Asia/Shanghai: registered at 23:30 there (15:30 UTC), it is overdue from the 16th Shanghai day', async () => {
      const worker = await signInWorker(t);
      fakeDateAt('2026-03-10T12:00:00+08:00');
      const request = await askForHelp(t, await tokenOf(worker.userId));
      expect(request.dueOn).toBe('2026-03-13');

      fakeDateAt('2026-03-10T23:30:00+08:00'); // 15:30 UTC, the same day in both
      const registered = await caseRoutes(t, await tokenOf(ids.keqiaoStaff))
        .register(request.id)
        .expect(200);
      expect(registered.body).toMatchObject({ registeredOn: '2026-03-10', mediationDueOn: '2026-03-25', mediationOverdue: false });

      fakeDateAt('2026-03-25T23:59:00+08:00');
      const lastDay = await caseRoutes(t, await tokenOf(ids.keqiaoStaff))
        .get(request.id)
        .expect(200);
      expect(lastDay.body.mediationOverdue).toBe(false);

      // 00:10 on the 26th in Shanghai is still the 25th in UTC: a UTC clock would not see it.
      fakeDateAt('2026-03-26T00:10:00+08:00');
      const token = await tokenOf(ids.keqiaoStaff);
      const overdue = await caseRoutes(t, token).get(request.id).expect(200);
      expect(overdue.body.mediationOverdue).toBe(true);
      const filtered = await t.http().get(`/api/v1/admin/legal/cases?overdue=true&q=${request.number}`).set('authorization', token).expect(200);
      expect(filtered.body.items.map((item: { id: string }) => item.id)).toEqual([request.id]);
      const notOverdue = await t.http().get(`/api/v1/admin/legal/cases?overdue=false&q=${request.number}`).set('authorization', token).expect(200);
      expect(notOverdue.body.items).toEqual([]);
    });

    it('marks a request overdue once past its third Shanghai day', async () => {
      fakeDateAt('2026-04-01T23:30:00+08:00');
      const worker = await signInWorker(t);
      const request = await askForHelp(t, worker.token);
      expect(request.dueOn).toBe('2026-04-04');
      fakeDateAt('2026-04-05T00:05:00+08:00');
      const queued = await caseRoutes(t, await tokenOf(ids.keqiaoStaff))
        .get(request.id)
        .expect(200);
      expect(queued.body).toMatchObject({ requestOverdue: true, mediationOverdue: false });
    });
  });

  describe('the demo seed', () => {
    it('holds a year of consultations and cases, one mediation overdue, and the mediator’s own cases', async () => {
      const seeded: { status: string; n: number }[] = await t.db.query(
        `SELECT r.status, count(*)::int AS n FROM legal_requests r JOIN users u ON u.id = r.user_id WHERE u.phone LIKE '138000020%' GROUP BY r.status`,
      );
      const by = Object.fromEntries(seeded.map((row) => [row.status, row.n]));
      expect(seeded.reduce((sum, row) => sum + row.n, 0)).toBe(120);
      expect(by).toMatchObject({ answered: 70, submitted: 5 });
      expect(by.fulfilled).toBeGreaterThan(15);
      expect(Object.keys(by).sort()).toEqual([
        'agreed',
        'answered',
        'declined',
        'failed',
        'fulfilled',
        'mediating',
        'referred',
        'registered',
        'submitted',
        'withdrawn',
      ]);
      const future: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM legal_request_events WHERE at > now()`);
      expect(future[0].n).toBe(0);
      const overdue = await t.http().get('/api/v1/admin/legal/cases?overdue=true&status=mediating').set('authorization', admin).expect(200);
      expect(overdue.body.total).toBe(1);
      const riders: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM legal_requests WHERE topic = 'unpaid_wages' AND against IN ('platform', 'partner') AND status = 'fulfilled' AND amount_recovered_fen > 0`,
      );
      expect(riders[0].n).toBeGreaterThan(0);
      const mine = await t.http().get('/api/v1/admin/legal/cases?pageSize=100').set('authorization', mediator).expect(200);
      expect(mine.body.total).toBeGreaterThan(5);
    });
  });
});

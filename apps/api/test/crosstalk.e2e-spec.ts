import type { Response } from 'supertest';
import { anApplication, anIdNumber } from './support/factories';
import { ApiProcess, startApiProcess } from './support/api-process';
import { anAddress, aPhone } from './support/sessions';

type Answer = Pick<Response, 'status' | 'body'>;

/**
 * The default `pnpm start` mode — the built API on its embedded PostgreSQL — under the load that
 * made PGlite hand members each other's data: 16 members at once reading their own records beside
 * duplicate applications and claim storms. Every answer must be the caller's own, none a 5xx.
 */
describe('sixteen members at once on the embedded default', () => {
  let api: ApiProcess;
  const answers: Answer[] = [];
  // Each worker signs in from their own phone network, told to the API by a trusted local proxy.
  beforeAll(async () => {
    api = await startApiProcess({ TRUST_PROXY: '127.0.0.1' });
  }, 120_000);
  afterAll(() => api?.stop());

  async function call(method: 'get' | 'post', path: string, token?: string, body?: object, headers: Record<string, string> = {}): Promise<Answer> {
    let pending = api.http()[method](`/api/v1${path}`);
    if (token) pending = pending.set('authorization', token);
    for (const [name, value] of Object.entries(headers)) pending = pending.set(name, value);
    const response = await (body ? pending.send(body) : pending);
    const answer = { status: response.status, body: response.body };
    answers.push(answer);
    return answer;
  }

  async function signIn(): Promise<{ token: string; userId: string; phone: string }> {
    const phone = aPhone();
    const sent = await call('post', '/auth/sms/send', undefined, { phone }, { 'x-forwarded-for': anAddress() });
    const session = await call('post', '/auth/sms/verify', undefined, { phone, code: sent.body.devCode });
    expect(session.status).toBe(200);
    return { token: `Bearer ${session.body.accessToken}`, userId: session.body.user.id, phone };
  }

  it('answers every member with their own data and never with a 5xx', async () => {
    const staff = await call('post', '/auth/staff/login', undefined, { username: 'district-admin', password: 'demo12345' });
    const admin = `Bearer ${staff.body.accessToken}`;
    const workers = await Promise.all(Array.from({ length: 16 }, signIn));

    // Each applies twice at once (a double tap): one application, the other refused.
    const applications = await Promise.all(
      workers.map(async (worker, i) => {
        // A birth date of their own, so no two of the sixteen draw the same random ID number.
        const form = anApplication({ phone: worker.phone, idNumber: anIdNumber('male', `199003${String(i + 1).padStart(2, '0')}`) });
        const both = await Promise.all([0, 1].map(() => call('post', '/membership/applications', worker.token, form)));
        expect(both.map((a) => a.status).sort()).toEqual([201, 409]);
        return both.find((a) => a.status === 201)!.body.id as string;
      }),
    );
    const approvals = await Promise.all(applications.map((id) => call('post', `/admin/applications/${id}/approve`, admin)));
    const members = workers.map((worker, i) => ({ ...worker, memberNumber: approvals[i].body.memberNumber as string }));
    expect(new Set(members.map((m) => m.memberNumber)).size).toBe(16);

    const programmes = await call('get', '/benefits', members[0].token);
    const checkup = programmes.body.items.find((p: { code: string }) => p.code === 'checkup');
    const sessions = await call('get', `/benefits/${checkup.id}/sessions`, members[0].token);
    const batch = sessions.body.items.find((s: { remaining: number }) => s.remaining >= 16);

    // Claim storms (five keys per member at once) while every member keeps reading their own records.
    const claimed = new Map<string, Set<string>>(members.map((m) => [m.userId, new Set()]));
    const seen = new Map<string, Set<string>>(members.map((m) => [m.userId, new Set()]));
    await Promise.all(
      members.map(async (member) => {
        const storm = Promise.all(
          Array.from({ length: 5 }, (_, k) =>
            call('post', `/benefits/${checkup.id}/claims`, member.token, { sessionId: batch.id }, { 'idempotency-key': `${member.userId}-${k}` }),
          ),
        ).then((results) => {
          expect(results.filter((r) => r.status === 201)).toHaveLength(1);
          for (const r of results) if (r.status === 201) claimed.get(member.userId)!.add(r.body.id);
        });
        const reads = (async () => {
          for (let round = 0; round < 15; round++) {
            const [me, membership, card, claims] = await Promise.all([
              call('get', '/me', member.token),
              call('get', '/membership/me', member.token),
              call('get', '/membership/card', member.token),
              call('get', '/claims/me', member.token),
            ]);
            expect(me.body.id).toBe(member.userId);
            expect(me.body.phoneMasked).toBe(`${member.phone.slice(0, 3)}****${member.phone.slice(-4)}`);
            expect(membership.body.membership.memberNumber).toBe(member.memberNumber);
            expect(card.body.memberNumber).toBe(member.memberNumber);
            const signed = JSON.parse(Buffer.from(card.body.qrPayload.split('.')[1], 'base64url').toString());
            expect(signed.m).toBe(member.memberNumber);
            for (const item of claims.body.items) seen.get(member.userId)!.add(item.id);
          }
        })();
        await Promise.all([storm, reads]);
      }),
    );

    for (const member of members) {
      const final = await call('get', '/claims/me', member.token);
      expect(final.body.items.map((c: { id: string }) => c.id)).toEqual([...claimed.get(member.userId)!]);
      for (const id of seen.get(member.userId)!) expect(claimed.get(member.userId)!.has(id)).toBe(true);
    }
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
  }, 180_000);
});

import { anApplication } from './factories';
import type { TestApp } from './test-app';

let phoneCounter = 0;

/** A distinct mainland mobile number per call within a test file. */
export function aPhone(): string {
  phoneCounter += 1;
  return `139${String(process.pid % 10000).padStart(4, '0')}${String(phoneCounter).padStart(4, '0')}`;
}

let addressCounter = 0;

/** A distinct client address per call within a test file (sent as X-Forwarded-For through the trusted proxy). */
export function anAddress(): string {
  addressCounter += 1;
  return `10.${process.pid % 250}.${addressCounter >> 8}.${addressCounter & 0xff}`;
}

/** Asks for a sign-in code as a worker on their own phone and network would. */
export function sendSmsCode(t: TestApp, phone: string, address = anAddress()) {
  return t.http().post('/api/v1/auth/sms/send').set('x-forwarded-for', address).send({ phone });
}

/** Signs a worker in through the dev SMS provider; returns the bearer header value. */
export async function signInWorker(t: TestApp, phone = aPhone()): Promise<{ token: string; phone: string; userId: string }> {
  const sent = await sendSmsCode(t, phone).expect(202);
  const session = await t.http().post('/api/v1/auth/sms/verify').send({ phone, code: sent.body.devCode }).expect(200);
  return { token: `Bearer ${session.body.accessToken}`, phone, userId: session.body.user.id };
}

export async function signInStaff(t: TestApp, username: string, password = 'demo12345'): Promise<string> {
  const session = await t.http().post('/api/v1/auth/staff/login').send({ username, password }).expect(200);
  return `Bearer ${session.body.accessToken}`;
}

/**
 * A worker who has joined: signs in, applies (routed by employer/town), and is approved by the
 * district admin. Returns the worker's bearer header and member number.
 */
export async function aMember(
  t: TestApp,
  application: Record<string, unknown> = {},
): Promise<{ token: string; phone: string; userId: string; memberNumber: string; applicationId: string }> {
  const worker = await signInWorker(t);
  const applied = await t
    .http()
    .post('/api/v1/membership/applications')
    .set('authorization', worker.token)
    .send(anApplication({ phone: worker.phone, ...application }))
    .expect(201);
  const admin = await signInStaff(t, 'district-admin');
  const approved = await t.http().post(`/api/v1/admin/applications/${applied.body.id}/approve`).set('authorization', admin).expect(200);
  return { ...worker, memberNumber: approved.body.memberNumber, applicationId: applied.body.id };
}

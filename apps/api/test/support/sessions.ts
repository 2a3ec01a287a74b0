import type { TestApp } from './test-app';

let phoneCounter = 0;

/** A distinct mainland mobile number per call within a test file. */
export function aPhone(): string {
  phoneCounter += 1;
  return `139${String(process.pid % 10000).padStart(4, '0')}${String(phoneCounter).padStart(4, '0')}`;
}

/** Signs a worker in through the dev SMS provider; returns the bearer header value. */
export async function signInWorker(t: TestApp, phone = aPhone()): Promise<{ token: string; phone: string; userId: string }> {
  const sent = await t.http().post('/api/v1/auth/sms/send').send({ phone }).expect(202);
  const session = await t.http().post('/api/v1/auth/sms/verify').send({ phone, code: sent.body.devCode }).expect(200);
  return { token: `Bearer ${session.body.accessToken}`, phone, userId: session.body.user.id };
}

export async function signInStaff(t: TestApp, username: string, password = 'demo12345'): Promise<string> {
  const session = await t.http().post('/api/v1/auth/staff/login').send({ username, password }).expect(200);
  return `Bearer ${session.body.accessToken}`;
}

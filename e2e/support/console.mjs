// Steps the staff-console journeys share: applying through the API as a worker would, signing in to
// the console, and checking a page with axe.
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { idNumberCheckCharacter } from '@kgh/shared';
import { apiClient } from './api-server.mjs';
import { signInByPhone } from './journeys.mjs';

export const DEMO_PASSWORD = 'demo12345';

/** The worker's access token: from a sign-in by SMS code through the API, unless one is given. */
async function workerToken(call, phone) {
  const sent = await call('POST', '/auth/sms/send', { body: { phone } });
  return (await call('POST', '/auth/sms/verify', { body: { phone, code: sent.body.devCode } })).body.accessToken;
}

/** A worker applies to join through the API; answers the application's id and the ID number. */
export async function applyThroughApi(baseUrl, { name, phone, first17, townCode, employer = 'other', occupation = 'courier', token }) {
  const call = apiClient(baseUrl);
  const idNumber = first17 + idNumberCheckCharacter(first17);
  const applied = await call('POST', '/membership/applications', {
    token: token ?? (await workerToken(call, phone)),
    body: { name, idNumber, phone, occupation, employer, townCode, consentVersion: '2026-11' },
  });
  assert.equal(applied.status, 201, JSON.stringify(applied.body));
  return { id: applied.body.id, idNumber };
}

/** A desktop-sized page in Chinese, on Shanghai time. */
export async function desktopPage(browser) {
  // Staff work in Shanghai: a date picked "today" is Shanghai's today, as the API counts days.
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  return context.newPage();
}

export async function signInToConsole(page, baseUrl, username, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/admin/login`);
  await page.getByLabel('账号').fill(username);
  await page.getByLabel('密码').fill(password);
  await page
    .getByRole('button', { name: '登 录' })
    .or(page.getByRole('button', { name: '登录' }))
    .click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
}

/** No accessibility violation of impact serious or critical on the page once it has settled. */
export async function assertAccessible(page, name) {
  // On a settled page: a loading button is drawn faded, a toast fades as it goes, and axe would read either as low contrast.
  await page.waitForFunction(() => !document.querySelector('.ant-btn-loading, .ant-spin-spinning, .ant-message-notice'));
  const { violations } = await new AxeBuilder({ page }).analyze();
  const grave = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  assert.deepEqual(
    grave.map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.html.slice(0, 160)).join(' | ')}`),
    [],
    `accessibility of ${name}`,
  );
}

/** Signs a worker in on the H5 app; answers the page and the access token the sign-in returned. */
export async function signInOnPhone(page, baseUrl, phone) {
  const verified = page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/sms/verify') && response.ok());
  await signInByPhone(page, baseUrl, phone);
  return (await (await verified).json()).accessToken;
}

// Steps the staff-console journeys share: applying through the API as a worker would, signing in to
// the console, and checking a page with axe.
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { idNumberCheckCharacter } from '@kgh/shared';
import { apiClient } from './api-server.mjs';

export const DEMO_PASSWORD = 'demo12345';

/** A worker signs in by SMS code and applies to join; answers the application and the worker's token. */
export async function applyThroughApi(baseUrl, { name, phone, first17, townCode, employer = 'other', occupation = 'courier' }) {
  const call = apiClient(baseUrl);
  const sent = await call('POST', '/auth/sms/send', { body: { phone } });
  const session = await call('POST', '/auth/sms/verify', { body: { phone, code: sent.body.devCode } });
  const idNumber = first17 + idNumberCheckCharacter(first17);
  const applied = await call('POST', '/membership/applications', {
    token: session.body.accessToken,
    body: { name, idNumber, phone, occupation, employer, townCode, consentVersion: '2026-11' },
  });
  assert.equal(applied.status, 201, JSON.stringify(applied.body));
  return { id: applied.body.id, idNumber, token: session.body.accessToken };
}

/** A desktop-sized page in Chinese. */
export async function desktopPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
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

/** No accessibility violation of impact serious or critical on the page as it is now. */
export async function assertAccessible(page, name) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const grave = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  assert.deepEqual(
    grave.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`),
    [],
    `accessibility of ${name}`,
  );
}

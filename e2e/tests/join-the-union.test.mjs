// A courier signs in by phone code, applies to join (a wrong ID check character is flagged inline),
// staff approve through the API, and the e-card shows the member number and the masked ID.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { idNumberCheckCharacter } from '@kgh/shared';
import { apiClient, startApiServer } from '../support/api-server.mjs';
import { launchBrowser, phonePage, screenshot } from '../support/browser.mjs';

const first17 = '33062119920418351';
const idNumber = first17 + idNumberCheckCharacter(first17);
const wrongIdNumber = first17 + (idNumber.endsWith('1') ? '2' : '1');
const phone = '13955550123';

let server;
let browser;

before(async () => {
  server = await startApiServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function pickFirst(page, trigger) {
  await page.click(trigger);
  await page.click('.nut-picker-confirm-btn:visible');
}

test('a courier joins the union and carries the e-card', async () => {
  const page = await phonePage(browser);
  await page.goto(`${server.baseUrl}/`);
  await page.click('#home-login');

  await page.fill('#login-phone', phone);
  await page.click('#login-send');
  const hint = page.getByText(/开发环境验证码：\d{6}/);
  await hint.waitFor();
  const code = (await hint.textContent()).match(/\d{6}/)[0];
  await page.fill('#login-code', code);
  await screenshot(page, '01-login');
  await page.click('#login-submit');

  await page.locator('#home-join').click();
  await page.fill('#join-name', '李快递');
  await page.fill('#join-id-number', wrongIdNumber);
  await page.fill('#join-phone', phone);
  await page.locator('#join-phone').blur();
  const idError = page.locator('.form-error-idNumber');
  await idError.waitFor();
  assert.match(await idError.textContent(), /校验位/);
  await screenshot(page, '02-join-wrong-id');

  await page.fill('#join-id-number', idNumber);
  await page.locator('#join-name').click();
  await idError.waitFor({ state: 'detached' });
  await pickFirst(page, '#join-occupation');
  await pickFirst(page, '#join-employer');
  await pickFirst(page, '#join-town');
  await page.getByText('我已阅读并同意').click();
  await screenshot(page, '03-join-filled');
  await page.click('#join-submit');

  await page.locator('#status-name').waitFor();
  assert.match(await page.locator('#status-name').textContent(), /审核中/);
  await screenshot(page, '04-status-pending');

  const call = apiClient(server.baseUrl);
  const login = await call('POST', '/auth/staff/login', { body: { username: 'district-admin', password: 'demo12345' } });
  const pending = await call('GET', '/admin/applications?status=pending', { token: login.body.accessToken });
  const application = pending.body.items.find((item) => item.name === '李快递');
  assert.ok(application, 'the application reaches the staff queue');
  const approved = await call('POST', `/admin/applications/${application.id}/approve`, { token: login.body.accessToken });
  assert.equal(approved.status, 200);

  await page.reload();
  await page.locator('#status-name').waitFor();
  assert.match(await page.locator('#status-name').textContent(), /已入会/);
  await page.click('#status-card');
  await page.locator('#card-member-number').waitFor();
  assert.equal((await page.locator('#card-member-number').textContent()).trim(), approved.body.memberNumber);
  assert.equal((await page.locator('#card-id-number').textContent()).trim(), `**************${idNumber.slice(-4)}`);
  await page.locator('#card-qr img').waitFor();
  await screenshot(page, '05-card');
  assert.ok(!(await page.content()).includes(idNumber), 'the page never holds the whole ID number');
});

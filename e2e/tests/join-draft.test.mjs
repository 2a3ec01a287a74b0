// A courier half-fills the join form: a reload brings every answer back but the ID number (kept in
// memory only, never on the device), going back and forward inside the app keeps that too, and the
// draft is gone once the application is sent. Staff reject it, sending back the phone number, and
// 修改后重新申请 opens the form filled with everything but the phone, the ID number kept by the API
// (shown masked, never sent back to the phone); the corrected application goes in without retyping it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { idNumberCheckCharacter } from '@kgh/shared';
import { apiClient } from '../support/api-server.mjs';
import { phonePage, screenshot } from '../support/browser.mjs';
import { miniAppJourney, pickFirstOption, settled, signInByPhone, storedOnDevice } from '../support/journeys.mjs';

const first17 = '33062119880512463';
const idNumber = first17 + idNumberCheckCharacter(first17);
const phone = '13955550789';
const DRAFT = 'kgh.join.draft';

const journey = miniAppJourney();

// Going back inside the H5 app can leave the page it left hidden in the document: only the shown one counts.
const shown = (page, selector) => page.locator(`${selector}:visible`);

const value = (page, selector) => shown(page, selector).inputValue();

test('the join form keeps its draft across a reload and back, and a rejection is corrected from it', async () => {
  const page = await phonePage(journey.browser);
  await signInByPhone(page, journey.server.baseUrl, phone);
  await page.goto(`${journey.server.baseUrl}/#/pages/join/index`);
  await page.fill('#join-name', '王骑手');
  await page.fill('#join-id-number', idNumber);
  await page.fill('#join-phone', phone);
  await pickFirstOption(page, '#join-occupation');
  await pickFirstOption(page, '#join-town');
  // Saved once the typing pauses: wait for the last answer to be in.
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.data.values.townCode, DRAFT);
  assert.ok(!JSON.stringify(await storedOnDevice(page, DRAFT)).includes(idNumber), 'the ID number is not stored on the device');

  await page.reload();
  await page.locator('#join-name').waitFor();
  assert.equal(await value(page, '#join-name'), '王骑手');
  assert.equal(await value(page, '#join-phone'), phone);
  assert.equal(await value(page, '#join-id-number'), '', 'a reload forgets the ID number');
  await page.locator('#join-id-not-kept').waitFor();
  assert.match(await page.locator('#join-occupation').textContent(), /快递员/);
  assert.doesNotMatch(await page.locator('#join-town').textContent(), /请选择/);
  await screenshot(page, 'join-draft-01-reloaded');

  // Away to the home page and back: the ID number typed again stays, in memory.
  await page.fill('#join-id-number', idNumber);
  await page.goto(`${journey.server.baseUrl}/#/pages/index/index`);
  // Back only once home is shown, as a thumb would: Taro's router drops a back taken mid-transition.
  await shown(page, '#home-join').waitFor();
  await settled(page);
  await page.goBack();
  await settled(page);
  assert.equal(await value(page, '#join-name'), '王骑手');
  assert.equal(await value(page, '#join-id-number'), idNumber);

  await pickFirstOption(page, '#join-employer');
  await shown(page, '.join-form__consent').getByText('我已阅读并同意').click();
  await shown(page, '#join-submit').click();
  await shown(page, '#status-name').waitFor();
  assert.equal(await storedOnDevice(page, DRAFT), null, 'the draft is cleared once the application is sent');

  const call = apiClient(journey.server.baseUrl);
  const { body: login } = await call('POST', '/auth/staff/login', { body: { username: 'district-admin', password: 'demo12345' } });
  const { body: pending } = await call('GET', '/admin/applications?status=pending', { token: login.accessToken });
  const application = pending.items.find((item) => item.name === '王骑手');
  assert.ok(application, 'the application reaches the staff queue');
  const reason = '手机号不是本人的，请填写本人手机号';
  const rejected = await call('POST', `/admin/applications/${application.id}/reject`, { token: login.accessToken, body: { reason, fields: ['phone'] } });
  assert.equal(rejected.status, 200);

  await page.reload();
  await shown(page, '#status-reapply').click();
  await shown(page, '#join-review').waitFor();
  assert.match(await shown(page, '#join-review').textContent(), new RegExp(reason));
  assert.equal(await value(page, '#join-name'), '王骑手');
  assert.equal(await value(page, '#join-phone'), '', 'the field the reason names is left to fill in again');
  assert.match(await shown(page, '#join-id-kept').textContent(), new RegExp(`沿用上次申请的身份证号 \\*{14}${idNumber.slice(-4)}`));
  assert.match(await shown(page, '#join-occupation').textContent(), /快递员/);
  await screenshot(page, 'join-draft-02-correcting');

  await page.fill('#join-phone', '13955550790');
  await shown(page, '.join-form__consent').getByText('我已阅读并同意').click();
  await shown(page, '#join-submit').click();
  await shown(page, '#status-name').waitFor();
  const { body: again } = await call('GET', '/admin/applications?status=pending', { token: login.accessToken });
  const corrected = again.items.find((item) => item.name === '王骑手');
  assert.equal(corrected.idNumberMasked.slice(-4), idNumber.slice(-4), 'the corrected application keeps the ID number');
  assert.equal(corrected.phoneMasked.slice(-4), '0790');
});

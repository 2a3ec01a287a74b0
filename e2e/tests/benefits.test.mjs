// A courier who has just joined claims a free health checkup and shows the redemption QR; the
// partner hospital's provider account signs in with a password, redeems the code read off the
// page, the courier's page turns to 已核销, and the same code is refused a second time.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CURRENT_CONSENT_VERSION, idNumberCheckCharacter } from '@kgh/shared';
import { apiClient } from '../support/api-server.mjs';
import { phonePage, screenshot } from '../support/browser.mjs';
import { miniAppJourney, signInByPhone } from '../support/journeys.mjs';

const first17 = '33062119900312357'; // 17th digit odd: a man, so the checkup costs the union ¥1,200
const idNumber = first17 + idNumberCheckCharacter(first17);
const phone = '13955550789';

const journey = miniAppJourney();
const call = (...args) => apiClient(journey.server.baseUrl)(...args);

/** The token the H5 app keeps after signing in (Taro wraps stored values as {data}). */
const storedToken = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('kgh.accessToken')).data);

async function becomeMember(page) {
  await signInByPhone(page, journey.server.baseUrl, phone);
  const token = await storedToken(page);
  const applied = await call('POST', '/membership/applications', {
    token,
    body: { name: '王体检', idNumber, phone, occupation: 'courier', employer: 'sf', townCode: 'keqiao', consentVersion: CURRENT_CONSENT_VERSION },
  });
  assert.equal(applied.status, 201, JSON.stringify(applied.body));
  const admin = await call('POST', '/auth/staff/login', { body: { username: 'district-admin', password: 'demo12345' } });
  const approved = await call('POST', `/admin/applications/${applied.body.id}/approve`, { token: admin.body.accessToken });
  assert.equal(approved.status, 200, JSON.stringify(approved.body));
}

/** Pastes the long code; the provider checks whose claim it is, then confirms. */
async function pasteCode(page, code) {
  await page.fill('#redeem-code-input', code);
  await page.click('#redeem-submit');
  await page.locator('#redeem-preview').waitFor();
}

test('a member claims a checkup, shows the QR, and the hospital redeems it exactly once', async () => {
  const worker = await phonePage(journey.browser);
  await becomeMember(worker);

  await worker.goto(`${journey.server.baseUrl}/#/pages/benefits/index`);
  const checkup = worker.locator('.programme-card', { hasText: '免费健康体检' });
  await checkup.waitFor();
  assert.match(await checkup.textContent(), /可申领/);
  assert.match(await checkup.textContent(), /¥1,200/);
  const contest = worker.locator('.programme-card', { hasText: '金梭奖' });
  assert.match(await contest.textContent(), /仅限电商主播申领/, 'a programme for others says why the courier cannot claim it');
  await screenshot(worker, 'benefits-01-list');

  const programmeId = await checkup.getAttribute('data-programme-id');
  await checkup.click();
  const firstSession = worker.locator('.session-option').first();
  await firstSession.waitFor();
  assert.match(await firstSession.textContent(), /剩余名额 50\/50/);
  const sessionId = await firstSession.getAttribute('data-session-id');
  await firstSession.click();
  await screenshot(worker, 'benefits-02-programme');
  await worker.click('#programme-claim');
  // Asked on the page before anything is sent: which programme, which batch, when.
  assert.match(await worker.locator('#claim-confirm-panel').textContent(), /免费健康体检/);
  await worker.click('#claim-confirm');

  const result = worker.locator('#claim-result');
  await result.waitFor();
  assert.equal(await result.getAttribute('data-status'), 'confirmed');
  assert.match(await result.textContent(), /已确认/);
  await screenshot(worker, 'benefits-03-claimed');

  const token = await storedToken(worker);
  const { body: mine } = await call('GET', '/claims/me', { token });
  assert.equal(mine.items.length, 1, 'one claim, however the request was retried');
  assert.equal(mine.items[0].programmeId, programmeId);
  assert.equal(mine.items[0].sessionId, sessionId);
  const claimId = mine.items[0].id;

  await worker.click('#claim-result-show-code');
  await worker.locator('#redemption-qr').waitFor();
  const code = (await worker.locator('#redemption-code-text').textContent()).trim();
  assert.match(code, /^KGHR1\./);
  assert.match(await worker.locator('#redemption-status').textContent(), /待核销/);
  await screenshot(worker, 'benefits-04-qr');

  const provider = await phonePage(journey.browser);
  await provider.goto(`${journey.server.baseUrl}/#/pages/login/index`);
  await provider.click('#login-staff');
  await provider.fill('#staff-login-username', 'provider-demo');
  await provider.fill('#staff-login-password', 'demo12345');
  await screenshot(provider, 'benefits-05-staff-login');
  await provider.click('#staff-login-submit');
  await provider.locator('#redeem-code-input').waitFor();
  // 我的 shows the provider the way back to 核销 (reloaded, so Taro's page stack holds one redeem page).
  await provider.goto(`${journey.server.baseUrl}/#/pages/mine/index`);
  await provider.reload();
  await provider.click('#mine-redeem');
  await provider.locator('#redeem-code-input').waitFor();

  await pasteCode(provider, code);
  await provider.click('#redeem-confirm');
  const first = provider.locator('#redeem-result');
  await first.waitFor();
  assert.equal(await first.getAttribute('data-ok'), 'true', await first.textContent());
  assert.match(await first.textContent(), /核销成功/);
  assert.match(await first.textContent(), /免费健康体检/);
  await screenshot(provider, 'benefits-06-redeemed');

  await worker.locator('#redemption-status', { hasText: '已核销' }).waitFor({ timeout: 15_000 });
  assert.equal(await worker.locator('#redemption-qr').count(), 0, 'the used QR is no longer shown');
  await screenshot(worker, 'benefits-07-worker-sees-redeemed');

  await provider.click('#redeem-next');
  await pasteCode(provider, code);
  const second = provider.locator('#redeem-preview-refusal');
  assert.equal(await second.getAttribute('data-code'), 'ALREADY_REDEEMED', await second.textContent());
  assert.ok(await provider.locator('#redeem-confirm').evaluate((button) => button.classList.contains('nut-button-disabled')));
  await screenshot(provider, 'benefits-08-second-use-refused');

  await worker.goto(`${journey.server.baseUrl}/#/pages/my-claims/index`);
  const item = worker.locator(`.claim-item[data-claim-id="${claimId}"]`);
  await item.waitFor();
  assert.equal(await item.getAttribute('data-status'), 'redeemed');
  assert.equal(await item.locator('#claim-show-code').count(), 0);
  assert.match(await item.textContent(), /已使用/);
  // Taro slides the page in with a transition, which screenshot() does not wait for.
  await worker.waitForFunction((id) => document.querySelector(`.claim-item[data-claim-id="${id}"]`).getBoundingClientRect().left < 30, claimId);
  await screenshot(worker, 'benefits-09-my-claims');
});

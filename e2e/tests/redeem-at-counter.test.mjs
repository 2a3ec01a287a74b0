// A member claims a checkup whose batch is days away and reads the 8-digit code off the QR page; the
// partner hospital's provider types the digits on H5, sees the warning that today is outside the
// batch and the last four ID digits to match the card, confirms, and the same digits are refused
// next time. The camera, absent in headless Chromium, says so and points to the digits; the station
// host's 查验会员卡 shows whose e-card a payload is.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { apiClient } from '../support/api-server.mjs';
import { phonePage, screenshot } from '../support/browser.mjs';
import { miniAppJourney } from '../support/journeys.mjs';
import { applyThroughApi, assertAccessible, DEMO_PASSWORD, signInOnPhone } from '../support/console.mjs';

const phone = '13955550913';

const journey = miniAppJourney();
const call = (...args) => apiClient(journey.server.baseUrl)(...args);
/** The member's access token, kept from the first journey for the second (a new SMS code would wait a minute). */
let memberToken;

/** A member with a confirmed claim on the checkup's first batch (4 days from now in the seed). */
async function memberWithCheckupClaim(page) {
  const token = await signInOnPhone(page, journey.server.baseUrl, phone);
  const { id, idNumber } = await applyThroughApi(journey.server.baseUrl, { name: '赵柜台', phone, first17: '33062119880415247', townCode: 'keqiao', token });
  const admin = await call('POST', '/auth/staff/login', { body: { username: 'district-admin', password: DEMO_PASSWORD } });
  assert.equal((await call('POST', `/admin/applications/${id}/approve`, { token: admin.body.accessToken })).status, 200);
  const { body: programmes } = await call('GET', '/benefits', { token });
  const checkup = programmes.items.find((programme) => programme.code === 'checkup');
  const { body: batches } = await call('GET', `/benefits/${checkup.id}/sessions`, { token });
  const response = await fetch(`${journey.server.baseUrl}/api/v1/benefits/${checkup.id}/claims`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify({ sessionId: batches.items[0].id }),
  });
  const claim = await response.json();
  assert.equal(response.status, 201, JSON.stringify(claim));
  return { token, claimId: claim.id, idNumber };
}

async function signInAsProvider(page) {
  await page.goto(`${journey.server.baseUrl}/#/pages/staff-login/index`);
  await page.fill('#staff-login-username', 'provider-demo');
  await page.fill('#staff-login-password', DEMO_PASSWORD);
  await page.click('#staff-login-submit');
  await page.locator('#redeem-short-code').waitFor();
}

async function enterDigits(page, digits) {
  await page.fill('#redeem-short-code', digits);
  await page.click('#redeem-short-code-submit');
}

test('a provider redeems by the 8 digits read aloud, warned that today is outside the batch, exactly once', async () => {
  const member = await phonePage(journey.browser);
  const { token, claimId, idNumber } = await memberWithCheckupClaim(member);
  memberToken = token;

  await member.goto(`${journey.server.baseUrl}/#/pages/redemption/index?claimId=${claimId}`);
  const shown = member.locator('#redemption-short-code');
  await shown.waitFor();
  const grouped = (await shown.textContent()).trim();
  assert.match(grouped, /^\d{4} \d{4}$/, 'the member sees the digits in two groups of four');
  assert.match(await member.locator('.redemption__short').textContent(), /柜台扫码不便时，请报出数字码/);
  await screenshot(member, 'counter-01-member-code');
  const digits = grouped.replace(' ', '');

  const provider = await phonePage(journey.browser);
  const elsewhere = [];
  provider.on('request', (request) => {
    if (!/^(data|blob):/.test(request.url()) && !request.url().startsWith(journey.server.baseUrl)) elsewhere.push(request.url());
  });
  await signInAsProvider(provider);
  assert.equal(await provider.getAttribute('#redeem-short-code', 'inputmode'), 'numeric');
  await assertAccessible(provider, 'the redeem page');

  // No camera in headless Chromium: the page says so and points to the digits; the decoder came from our journey.server.
  await provider.click('#redeem-scan');
  assert.match(await provider.locator('#redeem-scan-problem').textContent(), /数字码/);
  assert.deepEqual(elsewhere, [], 'nothing is loaded from the internet');

  await enterDigits(provider, digits.slice(0, 6));
  assert.match(await provider.locator('#redeem-short-code-error').textContent(), /8 位，已输入 6 位/);

  await provider.fill('#redeem-short-code', digits);
  assert.equal(await provider.inputValue('#redeem-short-code'), grouped, 'typed digits are grouped as the member sees them');
  await provider.click('#redeem-short-code-submit');
  const preview = provider.locator('#redeem-preview');
  await preview.waitFor();
  assert.match(await preview.textContent(), /免费健康体检/);
  assert.match(await preview.textContent(), /赵\*/);
  assert.equal((await provider.locator('#redeem-preview-id-last4').textContent()).trim(), idNumber.slice(-4));
  assert.match(await provider.locator('#redeem-preview-membership').textContent(), /有效会员/);
  const warnings = provider.locator('#redeem-preview-warnings');
  assert.match(await warnings.textContent(), /请注意/);
  assert.equal(await provider.locator('#redeem-preview-warnings [data-code="OUTSIDE_REDEMPTION_WINDOW"]').count(), 1);
  await screenshot(provider, 'counter-02-preview-warning');
  await assertAccessible(provider, 'the redemption preview with its warning');

  await provider.click('#redeem-confirm');
  const done = provider.locator('#redeem-result[data-ok="true"]');
  await done.waitFor();
  assert.match(await done.textContent(), /核销成功/);
  assert.match(await done.textContent(), /免费健康体检/);
  assert.match(await done.textContent(), new RegExp(`身份证后四位 ${idNumber.slice(-4)}`));
  await screenshot(provider, 'counter-03-redeemed');
  const { body: claim } = await call('GET', `/claims/${claimId}`, { token });
  assert.equal(claim.status, 'redeemed');

  await provider.click('#redeem-next');
  await enterDigits(provider, digits);
  const refused = provider.locator('#redeem-result[data-ok="false"], #redeem-preview-refusal');
  await refused.waitFor();
  assert.match(await refused.textContent(), /已核销/);
  assert.equal(await provider.locator('#redeem-confirm:not(.nut-button-disabled)').count(), 0, 'nothing to confirm a second time');
  await screenshot(provider, 'counter-04-second-use-refused');
});

// The member of the journey above shows their e-card.
test('a station host checks a member e-card from 福利核销 → 查验会员卡', async () => {
  const { body: card } = await call('GET', '/membership/card', { token: memberToken });

  const host = await phonePage(journey.browser);
  await signInAsProvider(host);
  await host.click('#redeem-card-check');
  await host.locator('#card-check-code-input').waitFor();
  await assertAccessible(host, 'the card check page');
  await host.fill('#card-check-code-input', card.qrPayload);
  await host.click('#card-check-submit');
  const result = host.locator('#card-check-result');
  await result.waitFor();
  assert.equal(await result.getAttribute('data-ok'), 'true');
  assert.match(await result.textContent(), /有效会员/);
  assert.equal((await host.locator('#card-check-id-last4').textContent()).trim(), card.idNumberMasked.slice(-4));
  assert.match(await result.textContent(), /入会日期/);
  await screenshot(host, 'counter-05-card-checked');
});

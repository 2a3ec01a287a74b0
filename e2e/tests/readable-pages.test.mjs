// Every page of the H5 app, as a member and as a provider, in the standard look and in 关怀模式:
// text sizes, touch-target sizes (and that none lie over another) and axe (contrast among its rules) checked on each, with a
// screenshot of each kept. The numbers are issue 13's: body ≥ 16 px and nothing below 12 px,
// targets ≥ 44 × 44; in care mode text ≥ 18 px, body about 22 px and targets ≥ 60 × 60.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { apiClient } from '../support/api-server.mjs';
import { phonePage, screenshot } from '../support/browser.mjs';
import { applyThroughApi, assertAccessible, DEMO_PASSWORD, signInOnPhone } from '../support/console.mjs';
import { miniAppJourney } from '../support/journeys.mjs';

const MODES = {
  standard: { minText: 12, body: 16, target: 44 },
  care: { minText: 18, body: 21, target: 60 },
};

const journey = miniAppJourney();
const call = (...request) => apiClient(journey.server.baseUrl)(...request);

/** What the pages need: a member with a confirmed checkup claim and a request for legal help, a station. */
async function memberWithClaim(page) {
  const token = await signInOnPhone(page, journey.server.baseUrl, '13955551313');
  const { id } = await applyThroughApi(journey.server.baseUrl, {
    name: '陈大字',
    phone: '13955551313',
    first17: '33062119650312357',
    townCode: 'keqiao',
    token,
  });
  const admin = await call('POST', '/auth/staff/login', { body: { username: 'district-admin', password: DEMO_PASSWORD } });
  assert.equal((await call('POST', `/admin/applications/${id}/approve`, { token: admin.body.accessToken })).status, 200);
  const { body: programmes } = await call('GET', '/benefits', { token });
  const checkup = programmes.items.find((programme) => programme.code === 'checkup');
  const { body: sessions } = await call('GET', `/benefits/${checkup.id}/sessions`, { token });
  const claimed = await fetch(`${journey.server.baseUrl}/api/v1/benefits/${checkup.id}/claims`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify({ sessionId: sessions.items[0].id }),
  });
  const claim = await claimed.json();
  assert.equal(claimed.status, 201, JSON.stringify(claim));
  // One the member may claim in one tap (no batch to choose), for the confirmation step.
  const oneTap = programmes.items.find((programme) => !programme.hasSessions && programme.eligibility.eligible);
  assert.ok(oneTap, 'the demo has a programme without batches that the member may claim');
  const { body: stations } = await call('GET', '/stations/nearby?lat=30.0847&lng=120.4939&limit=1');
  const asked = await call('POST', '/legal/requests', {
    token,
    body: {
      topic: 'unpaid_wages',
      against: 'partner',
      againstName: '某外卖配送站',
      description: '两个月的配送费没结。',
      phone: '13955551313',
      townCode: 'keqiao',
    },
  });
  assert.equal(asked.status, 201, JSON.stringify(asked.body));
  return { programmeId: checkup.id, oneTapId: oneTap.id, claimId: claim.id, stationId: stations.items[0].id, requestId: asked.body.id, token };
}

/** Sizes on the page as it is drawn now: too-small text and targets, targets over each other, and the body's size. */
function measure(limits) {
  const visible = (element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  };
  // Taro keeps pages it has left in the DOM, hidden: only the page shown counts.
  const scope = [...document.querySelectorAll('.taro_page')].find(visible) ?? document.body;
  const roots = [scope, ...document.querySelectorAll('.weui-tabbar, #taro-navigation-bar')].filter(visible);
  const describe = (element) => `${element.tagName.toLowerCase()}.${[...element.classList].slice(0, 2).join('.')} "${element.textContent.trim().slice(0, 20)}"`;

  const smallText = [];
  const sizes = new Map();
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      const element = node.parentElement;
      if (!text || !visible(element)) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      sizes.set(size, (sizes.get(size) ?? 0) + text.length);
      if (size < limits.minText - 0.01) smallText.push(`${size}px ${describe(element)}`);
    }
  }
  // The size most of the page's characters are in: its body text.
  const body = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;

  const clickable =
    'button, a[href], input:not([type=hidden]), textarea, select, [role=button], [role=switch], [role=checkbox], [role=radio], [role=tab], .weui-tabbar__item, .taro-navigation-bar-back, .nut-cell-clickable, .nut-checkbox, .nut-input';
  const smallTargets = [];
  const targets = [];
  for (const root of roots) {
    for (const element of root.querySelectorAll(clickable)) {
      // A control inside a bigger one (the input in its field, the label in its button) is reached through it.
      if (!visible(element) || element.parentElement.closest(clickable)) continue;
      const box = element.getBoundingClientRect();
      targets.push({ element, box, root });
      if (box.width < limits.target - 0.5 || box.height < limits.target - 0.5) {
        smallTargets.push(`${Math.round(box.width)}×${Math.round(box.height)} ${describe(element)}`);
      }
    }
  }
  // Two targets drawn over each other (map pins, say): a thumb cannot choose between them.
  const overlapping = [];
  for (const [i, a] of targets.entries()) {
    // Within one root: the page scrolls under the tab bar, which is drawn over it on purpose.
    for (const b of targets.slice(i + 1).filter((target) => target.root === a.root)) {
      const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (w > 1 && h > 1) overlapping.push(`${describe(a.element)} / ${describe(b.element)}`);
    }
  }
  return { body, smallText, smallTargets, overlapping };
}

/** Every page's shortfalls, so one run lists them all. */
const problems = [];

async function checkPage(page, name, mode) {
  // Loaded: no skeleton left and Taro's slide-in finished.
  await page.waitForFunction(() => !document.querySelector('.taro_page:not([style*="display: none"]) [aria-busy="true"]'), null, { timeout: 15_000 });
  await screenshot(page, `readable-${mode}-${name}`);
  const limits = MODES[mode];
  const { body, smallText, smallTargets, overlapping } = await page.evaluate(measure, limits);
  const where = `${name} (${mode})`;
  if (smallText.length) problems.push(`${where}: text below ${limits.minText} px: ${smallText.join('; ')}`);
  if (smallTargets.length) problems.push(`${where}: touch targets below ${limits.target} × ${limits.target} px: ${smallTargets.join('; ')}`);
  if (overlapping.length) problems.push(`${where}: touch targets over each other: ${overlapping.join('; ')}`);
  if (body < limits.body) problems.push(`${where}: body text is ${body} px, below ${limits.body} px`);
  await assertAccessible(page, where).catch((error) => problems.push(error.message));
}

async function visitAll(page, pages, mode) {
  for (const [name, path, ready, step] of pages) {
    await page.goto(`${journey.server.baseUrl}/#/pages/${path}`);
    await page.reload(); // Taro's stack holds one page: only that page is in the DOM
    // A state further in than the page's first: a tap, or steps of the test's own.
    if (typeof step === 'string') await page.locator(`${step}:visible`).click();
    else if (step) await step(page);
    await page.locator(ready).first().waitFor();
    await checkPage(page, name, mode);
  }
}

/** Care mode is switched on home, and stays on after a reload. */
async function switchCareMode(page, on) {
  await page.goto(`${journey.server.baseUrl}/#/pages/index/index`);
  await page.reload(); // home on its own, as visitAll opens each page: no route change still under way
  const toggle = page.locator('#care-mode-switch:visible');
  if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click();
  await page.reload();
  assert.equal(await page.locator('#care-mode-switch:visible').getAttribute('aria-checked'), String(on), 'care mode is remembered');
}

test('every page is readable and reachable, in both modes', async () => {
  const member = await phonePage(journey.browser, { geolocation: { latitude: 30.0847, longitude: 120.4939 }, permissions: ['geolocation'] });
  const signedOut = await phonePage(journey.browser);
  const { programmeId, oneTapId, claimId, stationId, requestId, token } = await memberWithClaim(member);
  const provider = await phonePage(journey.browser);
  await provider.goto(`${journey.server.baseUrl}/#/pages/staff-login/index`);
  await provider.fill('#staff-login-username', 'provider-demo');
  await provider.fill('#staff-login-password', DEMO_PASSWORD);
  await provider.click('#staff-login-submit');
  await provider.waitForURL((url) => !url.hash.includes('staff-login'));

  const signedOutPages = [
    ['home-signed-out', 'index/index', '#home-join'],
    ['login', 'login/index', '#login-phone'],
    ['staff-login', 'staff-login/index', '#staff-login-username'],
    ['mine-signed-out', 'mine/index', '#mine-login'],
  ];
  const memberPages = [
    ['home', 'index/index', '#home-card'],
    ['stations', 'stations/index', '.station-card'],
    ['stations-map', 'stations/index', '#stations-map .station-marker', '.stations__toggle'],
    ['station', `station/index?id=${stationId}`, '.page'],
    ['benefits', 'benefits/index', '.programme-card'],
    ['benefit', `benefit/index?id=${programmeId}`, '.page'],
    ['benefit-confirm', `benefit/index?id=${oneTapId}`, '#claim-confirm-panel', '#programme-claim'],
    ['my-claims', 'my-claims/index', '.claim-item'],
    ['redemption', `redemption/index?claimId=${claimId}`, '#redemption-qr'],
    ['mine', 'mine/index', '#mine-phone'],
    ['membership-status', 'membership-status/index', '.page'],
    ['card', 'card/index', '.member-card'],
    ['join', 'join/index', '.page'],
    ['legal', 'legal/index', '.page'],
    ['legal-request', `legal-request/index?id=${requestId}`, '.page'],
    ['my-legal', 'my-legal/index', '.page'],
  ];
  const providerPages = [
    ['redeem', 'redeem/index', '.page'],
    // What the provider checks at the counter: the member's claim found by its 8 digits (a fresh code each time).
    [
      'redeem-preview',
      'redeem/index',
      '#redeem-preview',
      async (page) => {
        const { body: code } = await call('GET', `/claims/${claimId}/redemption-code`, { token });
        await page.locator('#redeem-short-code:visible').fill(code.shortCode);
        await page.locator('#redeem-short-code-submit:visible').click();
      },
    ],
    ['card-check', 'card-check/index', '.page'],
  ];

  for (const mode of ['standard', 'care']) {
    for (const [page, pages] of [
      [signedOut, signedOutPages],
      [member, memberPages],
      [provider, providerPages],
    ]) {
      await switchCareMode(page, mode === 'care');
      await visitAll(page, pages, mode);
    }
  }
  assert.deepEqual(problems, []);
});

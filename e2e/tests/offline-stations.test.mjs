// A rider lists the stations near them and opens one; then the network goes. Back on the 驿站 tab
// the list kept on the device shows, marked with its age, and stations open from it, marked likewise:
// one never opened online with what the list said of it. A rider whose location fails sees the list too.
// In the first two the network goes while the app is open and the rider moves between tabs and pages
// inside it; in the last the app is loaded again with no network at all, its code kept by the service
// worker.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { phonePage, screenshot } from '../support/browser.mjs';
import { miniAppJourney, settled, storedOnDevice } from '../support/journeys.mjs';

const rider = { latitude: 30.0872, longitude: 120.4905 };

const journey = miniAppJourney();

const tab = (page, name) => page.locator('.weui-tabbar__item', { hasText: name }).click();
const shownIds = (page) => page.locator('.station-card:visible').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-station-id')));

test('the last nearby list and its stations show, with their age, when the network is gone', async () => {
  const page = await phonePage(journey.browser, { geolocation: rider, permissions: ['geolocation'] });
  await page.goto(`${journey.server.baseUrl}/`);
  await tab(page, '驿站');
  // Taro may keep a page it has left in the document, hidden: only the shown cards are tapped.
  const cards = page.locator('.station-card:visible');
  await cards.first().waitFor();
  const listed = await shownIds(page);
  assert.deepEqual(
    (await storedOnDevice(page, 'kgh.stations.nearby')).value.map((s) => s.id),
    listed,
    'the list is kept on the device',
  );

  // Open the nearest once online (its page's code and full details are then on the device), and come back.
  await cards.first().click();
  await page.locator('#station-verified').waitFor();
  const nearestName = (await page.locator('#station-name').textContent()).trim();
  // Back on the tab the list is asked for again, and kept again.
  const askedAgain = page.waitForResponse((response) => response.url().includes('/stations/nearby'));
  await page.goBack();
  await askedAgain;
  await page.waitForFunction(() => !document.querySelector('.load-state'));

  // As if all this was kept three minutes ago.
  await page.evaluate(() => {
    for (const key of ['kgh.stations.nearby', 'kgh.stations.details']) {
      const { data } = JSON.parse(localStorage.getItem(key));
      const older = (entry) => ({ ...entry, savedAt: entry.savedAt - 3 * 60_000 });
      const aged = key.endsWith('nearby') ? older(data) : Object.fromEntries(Object.entries(data).map(([id, e]) => [id, older(e)]));
      localStorage.setItem(key, JSON.stringify({ data: aged }));
    }
  });
  await page.context().setOffline(true);

  await tab(page, '首页');
  await tab(page, '驿站');
  const banner = page.locator('#stations-offline');
  await banner.waitFor();
  assert.match(await banner.textContent(), /网络不可用，显示的是3分钟前的驿站列表/);
  assert.deepEqual(await shownIds(page), listed);
  assert.match(await cards.first().locator('.open-badge').textContent(), /^(营业中|已打烊)（3分钟前）$/, 'open as of when kept');
  await screenshot(page, 'offline-stations-01-list');

  // The second was never opened: its page shows what the list said of it, with the list's age.
  const second = cards.nth(1);
  const secondName = (await second.locator('.station-card__name').textContent()).trim();
  const secondDistance = await second.locator('.station-card__distance').textContent();
  await second.click();
  await page.locator('#station-offline').waitFor();
  assert.equal((await page.locator('#station-name').textContent()).trim(), secondName);
  assert.match(await page.locator('#station-offline').textContent(), /网络不可用，显示的是3分钟前的驿站信息/);
  assert.equal(await page.locator('#station-distance').textContent(), secondDistance);
  assert.match(await page.locator('#station-open').textContent(), /（3分钟前）$/);
  await page.locator('#station-hours').waitFor();
  assert.equal(await page.locator('#station-verified').count(), 0, 'the list has no check date');
  await screenshot(page, 'offline-stations-02-never-opened');
  await page.goBack();
  await banner.waitFor();
  // Taro drops the page it left once its slide-out ends: only then is the next station page the one.
  await page.locator('#station-name').waitFor({ state: 'detached' });
  await settled(page);

  await cards.first().click();
  await page.locator('#station-offline').waitFor();
  assert.equal((await page.locator('#station-name').textContent()).trim(), nearestName);
  assert.match(await page.locator('#station-offline').textContent(), /网络不可用，显示的是3分钟前的驿站信息/);
  await page.locator('#station-hours').waitFor();
  await page.locator('#station-verified').waitFor();
  await screenshot(page, 'offline-stations-03-station');

  // Online again: the retry shows the station as it is now, without the banner.
  await page.context().setOffline(false);
  await page.click('#station-offline-retry');
  await page.locator('#station-offline').waitFor({ state: 'detached' });
  assert.equal((await page.locator('#station-name').textContent()).trim(), nearestName);
});

test('the kept list shows offline when location is denied', async () => {
  // No geolocation permission: the rider finds stations from a town's centre.
  const page = await phonePage(journey.browser);
  await page.goto(`${journey.server.baseUrl}/`);
  await tab(page, '驿站');
  await page.locator('.town-option[data-town="keqiao"]').click();
  await page.locator('.station-card').first().waitFor();
  const listed = await shownIds(page);

  await page.context().setOffline(true);
  // Trying location again fails again; with no place to search from, the kept list shows.
  await page.click('#stations-relocate');
  const banner = page.locator('#stations-offline');
  await banner.waitFor();
  assert.equal((await page.locator('#stations-origin').textContent()).trim(), '定位失败，请选择所在镇街');
  assert.match(await banner.textContent(), /网络不可用，显示的是1分钟内的驿站列表/);
  assert.deepEqual(await shownIds(page), listed);
  await screenshot(page, 'offline-stations-04-no-location');
});

test('the app opens again with no network, its code kept by the service worker, and a station opens from the list', async () => {
  const page = await phonePage(journey.browser, { geolocation: rider, permissions: ['geolocation'] });
  await page.goto(`${journey.server.baseUrl}/`);
  // The worker has kept the app's files once it controls the page.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 30_000 });
  await tab(page, '驿站');
  await page.locator('.station-card').first().waitFor();
  const listed = await shownIds(page);

  await page.context().setOffline(true);
  await page.reload();
  await tab(page, '驿站');
  await page.locator('#stations-offline').waitFor();
  assert.deepEqual(await shownIds(page), listed);
  const name = (await page.locator('.station-card__name').first().textContent()).trim();
  await page.locator('.station-card').first().click();
  await page.locator('#station-offline').waitFor();
  assert.equal((await page.locator('#station-name').textContent()).trim(), name);
  await screenshot(page, 'offline-stations-05-reloaded-offline');
});

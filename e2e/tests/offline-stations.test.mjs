// A rider lists the stations near them and opens one; then the network goes. Back on the 驿站 tab
// the list kept on the device shows, marked with its age, and a station opens from it, marked likewise.
// The app itself cannot be reloaded offline (index.html is served no-cache), so the network goes after
// it has loaded and the rider moves between tabs and pages inside it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { phonePage, screenshot } from '../support/browser.mjs';
import { miniAppJourney, storedOnDevice } from '../support/journeys.mjs';

const rider = { latitude: 30.0872, longitude: 120.4905 };

const journey = miniAppJourney();

const tab = (page, name) => page.locator('.weui-tabbar__item', { hasText: name }).click();
const shownIds = (page) => page.locator('.station-card').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-station-id')));

test('the last nearby list and its stations show, with their age, when the network is gone', async () => {
  const page = await phonePage(journey.browser, { geolocation: rider, permissions: ['geolocation'] });
  await page.goto(`${journey.server.baseUrl}/`);
  await tab(page, '驿站');
  const cards = page.locator('.station-card');
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
  await screenshot(page, 'offline-stations-01-list');

  await cards.first().click();
  await page.locator('#station-offline').waitFor();
  assert.equal((await page.locator('#station-name').textContent()).trim(), nearestName);
  assert.match(await page.locator('#station-offline').textContent(), /网络不可用，显示的是3分钟前的驿站信息/);
  await page.locator('#station-hours').waitFor();
  await screenshot(page, 'offline-stations-02-station');

  // Online again: the retry shows the station as it is now, without the banner.
  await page.context().setOffline(false);
  await page.click('#station-offline-retry');
  await page.locator('#station-offline').waitFor({ state: 'detached' });
  assert.equal((await page.locator('#station-name').textContent()).trim(), nearestName);
});

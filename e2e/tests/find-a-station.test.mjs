// A rider in 柯桥街道 opens the station tab: the first card is the nearest station by an independent
// great-circle computation, an amenity filter narrows the list, and the rider checks in and reports
// the station closed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import gcoord from 'gcoord';
import { apiClient, startApiServer } from '../support/api-server.mjs';
import { launchBrowser, phonePage, screenshot } from '../support/browser.mjs';
import { signInByPhone } from '../support/journeys.mjs';

// The browser reports WGS-84, as a phone's GPS does; stations are stored in GCJ-02.
const rider = { latitude: 30.0872, longitude: 120.4905 };

let server;
let browser;
let call;
let adminToken;

before(async () => {
  server = await startApiServer();
  browser = await launchBrowser();
  call = apiClient(server.baseUrl);
  adminToken = (await call('POST', '/auth/staff/login', { body: { username: 'district-admin', password: 'demo12345' } })).body.accessToken;
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

function haversineMeters(a, b) {
  const rad = (degrees) => (degrees * Math.PI) / 180;
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.sqrt(h));
}

test('the nearest station comes first, filters narrow the list, and a rider checks in and reports it', async () => {
  const { body } = await call('GET', '/admin/stations?pageSize=100', { token: adminToken });
  const stations = body.items.filter((station) => station.active !== false);
  assert.ok(stations.length >= 60, `demo data has the district's stations (got ${stations.length})`);
  const [lng, lat] = gcoord.transform([rider.longitude, rider.latitude], gcoord.WGS84, gcoord.GCJ02);
  const byDistance = [...stations].sort((a, b) => haversineMeters({ lat, lng }, a) - haversineMeters({ lat, lng }, b));

  const page = await phonePage(browser, { geolocation: rider, permissions: ['geolocation'] });
  await signInByPhone(page, server.baseUrl, '13955550456');
  // As a rider would, by the 驿站 tab once the sign-in has landed (a URL change racing that landing could leave the list on a hidden page).
  await page.locator('.weui-tabbar__item', { hasText: '驿站' }).click();
  const cards = page.locator('.station-card');
  await cards.first().waitFor();
  assert.equal(await cards.first().getAttribute('data-station-id'), byDistance[0].id, `nearest is ${byDistance[0].name}`);
  const allIds = await cards.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-station-id')));
  await screenshot(page, '10-stations-nearest');

  const filteredAnswer = page.waitForResponse((response) => response.url().includes('amenities=cold_drinks'));
  await page.click('.amenity-filter[data-amenity="cold_drinks"]');
  const shownIds = (await (await filteredAnswer).json()).items.map((item) => item.id);
  await page.waitForFunction(
    (ids) => [...document.querySelectorAll('.station-card')].map((node) => node.getAttribute('data-station-id')).join() === ids.join(),
    shownIds,
  );
  const withColdDrinks = byDistance.filter((station) => station.amenities.includes('cold_drinks')).map((station) => station.id);
  assert.ok(shownIds.length > 0);
  assert.notDeepEqual(shownIds, allIds, 'the filter changes the list');
  assert.deepEqual(shownIds, withColdDrinks.slice(0, shownIds.length), 'only 爱心冰箱 stations, nearest first');
  await screenshot(page, '11-stations-cold-drinks');

  await cards.first().click();
  await page.locator('#station-name').waitFor();
  const stationId = shownIds[0];
  await page.click('#station-checkin');
  await page.locator('#station-message').getByText(/打卡/).waitFor();
  await page.click('#station-report');
  await page.click('#report-kind-closed_when_open');
  await page.fill('#report-note', '中午十二点来，门锁着');
  await page.click('#report-submit');
  await page
    .locator('#station-message')
    .getByText(/反馈已提交/)
    .waitFor();
  await screenshot(page, '12-station-reported');

  const checkIns = await call('GET', `/stations/${stationId}`);
  assert.equal(checkIns.status, 200);
  const reports = await call('GET', '/admin/stations/reports', { token: adminToken });
  const report = reports.body.items.find((item) => item.stationId === stationId || item.station?.id === stationId);
  assert.ok(report, 'staff see the report');
  assert.equal(report.kind, 'closed_when_open');
});

test('a rider who goes back at once from a station finds the list, not a blank tab', async () => {
  const page = await phonePage(browser, { geolocation: rider, permissions: ['geolocation'] });
  await page.goto(`${server.baseUrl}/#/pages/stations/index`);
  const cards = page.locator('.station-card:visible');
  for (let round = 0; round < 3; round++) {
    await cards.nth(round).click();
    await page.locator('#station-name').waitFor();
    // Back before Taro's own timer has hidden the list underneath.
    await page.goBack();
    await page.locator('#station-name').waitFor({ state: 'detached' });
    await cards.first().waitFor({ timeout: 5_000 });
  }
});

// The district reads the monthly report in the console: opens 月度报表, picks last month, compares the
// towns on the chart and downloads the Excel workbook.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { startApiServer } from '../support/api-server.mjs';
import { launchBrowser, screenshot } from '../support/browser.mjs';
import { assertAccessible, desktopPage, signInToConsole } from '../support/console.mjs';

const TITLE = '新业态新就业群体建会入会和维权服务工作情况表';

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

/** Opens the month picker and clicks `year`-`month` (1–12), paging back a year when the panel shows a later one. */
async function pickMonth(page, year, month) {
  await page.getByLabel('月份').click();
  const panel = page.locator('.ant-picker-dropdown:visible');
  for (let tries = 0; tries < 3 && (await panel.locator('.ant-picker-year-btn').innerText()) !== `${year}年`; tries++) {
    await panel.locator('.ant-picker-header-super-prev-btn').click();
  }
  await panel.locator('.ant-picker-cell-inner', { hasText: new RegExp(`^${month}月$`) }).click();
}

test('the district admin picks last month, compares the towns and downloads the Excel', async () => {
  const now = new Date();
  const last = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  const earlier = new Date(now.getFullYear(), now.getMonth() - 2, 1);
  const yyyyMm = (date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;

  const page = await desktopPage(browser);
  await signInToConsole(page, server.baseUrl, 'district-admin');
  await page.getByRole('menuitem', { name: '月度报表' }).click();
  await page.getByText(TITLE).waitFor();

  // Another month first, so that picking last month is a change the URL keeps.
  await pickMonth(page, earlier.getFullYear(), earlier.getMonth() + 1);
  await page.waitForURL((url) => url.searchParams.get('month') === yyyyMm(earlier));
  await pickMonth(page, last.getFullYear(), last.getMonth() + 1);
  await page.waitForURL((url) => url.searchParams.get('month') === yyyyMm(last));
  await page.getByText('合计').first().waitFor();
  await page.locator('[data-testid=report-chart] canvas').waitFor();

  await page.getByText('案件数', { exact: true }).click();
  await page.locator('[data-testid=report-chart] canvas').waitFor();
  await page.reload();
  await page.locator('[data-testid=report-chart] canvas').waitFor();
  assert.equal(new URL(page.url()).searchParams.get('month'), yyyyMm(last), 'the month survives a reload');
  await screenshot(page, 'report-01-month');
  await assertAccessible(page, 'report');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载Excel/ }).click()]);
  assert.match(download.suggestedFilename(), /\.xlsx$/);
  const file = await readFile(await download.path());
  assert.ok(file.length > 0, 'the workbook is not empty');
  assert.equal(file.subarray(0, 2).toString('latin1'), 'PK', 'the workbook is a zip');
});

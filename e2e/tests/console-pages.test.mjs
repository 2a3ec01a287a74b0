// Every console page, as the district admin (and the sign-in page and a provider's redeem page):
// it renders its content, not a blank page, and axe finds no serious or critical violation.
import { after, before, test } from 'node:test';
import { startApiServer } from '../support/api-server.mjs';
import { launchBrowser, screenshot } from '../support/browser.mjs';
import { assertAccessible, desktopPage, signInToConsole } from '../support/console.mjs';

const PAGES = [
  ['home', '/admin/', '今日工作'],
  ['applications', '/admin/applications', '入会审核'],
  ['members', '/admin/members', '导出CSV'],
  ['legal', '/admin/legal', '待受理的维权求助'],
  ['legal-cases', '/admin/legal/cases', '维权案件与法律咨询'],
  ['stations', '/admin/stations', '新建驿站'],
  ['station-new', '/admin/stations/new', '营业时间'],
  ['station-reports', '/admin/stations/reports', '驿站问题反馈'],
  ['station-import', '/admin/stations/import', '从CSV批量导入驿站'],
  ['benefits', '/admin/benefits', '新建项目'],
  ['benefit-new', '/admin/benefits/new', '项目期限'],
  ['claims', '/admin/benefits/claims', '申领与核销记录'],
  ['census', '/admin/census', '建会入会台账'],
  ['census-new', '/admin/census/new', '统一社会信用代码'],
  ['census-targets', '/admin/census/targets', '年度建会入会目标'],
  ['census-import', '/admin/census/import', '从CSV批量导入家企业'],
  ['redeem', '/admin/redeem', '福利核销'],
  ['reports', '/admin/reports', '新业态新就业群体建会入会和维权服务工作情况表'],
  ['accounts', '/admin/accounts', '账号管理'],
  ['audit', '/admin/audit', '审计日志'],
  ['password', '/admin/password', '保存新密码'],
];

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

test('the sign-in page', async () => {
  const page = await desktopPage(browser);
  await page.goto(`${server.baseUrl}/admin/`);
  await page.getByRole('button', { name: /登\s*录/ }).waitFor();
  await assertAccessible(page, 'sign-in');
  await screenshot(page, 'console-page-sign-in');
});

test('every section the district admin may open', async (t) => {
  const page = await desktopPage(browser);
  await signInToConsole(page, server.baseUrl, 'district-admin');
  for (const [name, path, text] of PAGES) {
    await t.test(name, async () => {
      await page.goto(`${server.baseUrl}${path}`);
      await page.getByText(text, { exact: false }).first().waitFor();
      await page.waitForLoadState('networkidle');
      await assertAccessible(page, name);
      await screenshot(page, `console-page-${name}`);
    });
  }
});

test('a provider sees only the redeem page', async () => {
  const page = await desktopPage(browser);
  await signInToConsole(page, server.baseUrl, 'provider-demo');
  await page.getByText('福利核销').first().waitFor();
  const menu = await page.getByRole('menuitem').allTextContents();
  if (menu.join() !== '核销') throw new Error(`a provider's menu shows ${menu.join('、')}`);
  await assertAccessible(page, 'provider redeem');
  await screenshot(page, 'console-page-provider');
});

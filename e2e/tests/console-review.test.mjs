// Town staff review applications in the console: approve one, reject another with a reason the worker
// then reads in the mini-app, and cannot open another town's application by its URL. The district
// admin sees both towns, reveals an ID number with a reason, finds that in the audit log, and creates
// a town staff account whose first sign-in works.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startApiServer } from '../support/api-server.mjs';
import { launchBrowser, phonePage, screenshot } from '../support/browser.mjs';
import { applyThroughApi, assertAccessible, desktopPage, signInOnPhone, signInToConsole } from '../support/console.mjs';

let server;
let browser;
let elsewhere;
let rejectedWorker;

before(async () => {
  server = await startApiServer();
  browser = await launchBrowser();
  await applyThroughApi(server.baseUrl, { name: '王批准', phone: '13955551001', first17: '33062119900101123', townCode: 'keqiao' });
  // This worker later reads the outcome on the phone, so signs in there first (one SMS code a minute).
  rejectedWorker = await phonePage(browser);
  const token = await signInOnPhone(rejectedWorker, server.baseUrl, '13955551002');
  await applyThroughApi(server.baseUrl, { name: '赵退回', phone: '13955551002', first17: '33062119910202234', townCode: 'keqiao', token });
  elsewhere = await applyThroughApi(server.baseUrl, { name: '钱华舍', phone: '13955551003', first17: '33062119920303345', townCode: 'huashe' });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function openApplication(page, name) {
  await page.goto(`${server.baseUrl}/admin/applications`);
  await page.getByRole('link', { name }).click();
  await page.getByText(`${name} 的入会申请`).waitFor();
}

test('town staff approve one application and reject another with a reason the worker reads', async () => {
  const page = await desktopPage(browser);
  await signInToConsole(page, server.baseUrl, 'keqiao-staff');
  await page.getByText('待审核入会申请').waitFor();
  await screenshot(page, 'console-01-home');
  await assertAccessible(page, '首页');

  await page.getByRole('menuitem', { name: '入会审核' }).click();
  await page.getByRole('link', { name: '王批准' }).waitFor();
  assert.equal(await page.getByRole('link', { name: '钱华舍' }).count(), 0, 'another town’s application is not in the queue');
  await screenshot(page, 'console-02-queue');
  await assertAccessible(page, '入会审核');

  await openApplication(page, '王批准');
  assert.match(await page.getByText(/路由至/).textContent(), /柯桥/);
  await assertAccessible(page, '申请详情');
  await page.getByRole('button', { name: '批准入会' }).click();
  await page.getByText(/已批准，会员号/).waitFor();
  await page.getByText('已通过').or(page.getByText('已入会')).first().waitFor();
  await screenshot(page, 'console-03-approved');

  const reason = '所填工作单位无法核实，请补充平台注册截图';
  await openApplication(page, '赵退回');
  await page.getByRole('button', { name: '不通过' }).click();
  await page.getByLabel('不通过的原因（申请人可见）').fill(reason);
  await screenshot(page, 'console-04-reject-form');
  await page.getByRole('button', { name: '确认不通过' }).click();
  await page.getByText('已退回申请，申请人会看到原因').waitFor();

  await page.goto(`${server.baseUrl}/admin/applications/${elsewhere.id}`);
  await page.getByText('没有找到这份申请').waitFor();
  assert.equal(await page.getByText('钱华舍').count(), 0);
  await screenshot(page, 'console-05-other-town-by-url');

  await rejectedWorker.goto(`${server.baseUrl}/#/pages/membership-status/index`);
  await rejectedWorker.getByText(`未通过原因：${reason}`).waitFor();
  await screenshot(rejectedWorker, 'console-06-worker-reads-reason');
});

test('the district admin sees both towns, reveals an ID number with a reason and finds it in the audit log', async () => {
  const page = await desktopPage(browser);
  await signInToConsole(page, server.baseUrl, 'district-admin');
  await page.goto(`${server.baseUrl}/admin/applications`);
  await page.getByRole('link', { name: '钱华舍' }).waitFor();

  await openApplication(page, '钱华舍');
  await page.getByRole('button', { name: '查看完整号码' }).click();
  await page.getByLabel('查看原因').fill('与申请人身份证原件核对');
  await page.getByRole('button', { name: '确认查看' }).click();
  await page.getByText(elsewhere.idNumber).waitFor();
  await screenshot(page, 'console-07-id-revealed');

  await page.getByRole('menuitem', { name: '审计日志' }).click();
  const reveal = page.locator('tr', { hasText: '查看敏感信息' }).first();
  await reveal.waitFor();
  assert.match(await reveal.textContent(), /与申请人身份证原件核对/);
  await screenshot(page, 'console-08-audit');
  await assertAccessible(page, '审计日志');
});

test('the district admin creates a town staff account whose first sign-in works', async () => {
  const page = await desktopPage(browser);
  await signInToConsole(page, server.baseUrl, 'district-admin');
  await page.getByRole('menuitem', { name: '账号' }).click();
  await page.getByRole('button', { name: /新建账号/ }).click();
  await page.getByLabel('登录账号').fill('keqiao-new');
  await page.getByLabel('姓名或机构名').fill('柯桥新干事');
  await page.getByRole('dialog').locator('.ant-form-item', { hasText: '所属组织' }).locator('.ant-select-selector').click();
  await page.keyboard.type('柯桥街道总工会');
  await page.locator('.ant-select-tree-title', { hasText: /^柯桥街道总工会$/ }).click();
  await screenshot(page, 'console-09-new-account');
  await page.getByRole('button', { name: '创建账号' }).click();
  const password = (await page.getByTestId('initial-password').textContent()).trim();
  assert.ok(password.length >= 10);
  await screenshot(page, 'console-10-initial-password');

  const first = await desktopPage(browser);
  await signInToConsole(first, server.baseUrl, 'keqiao-new', password);
  await first.getByText('请先设置自己的密码').waitFor();
  await first.getByLabel('当前密码').fill(password);
  await first.getByLabel('新密码', { exact: true }).fill('Keqiao2026new');
  await first.getByLabel('再次输入新密码').fill('Keqiao2026new');
  await first.getByRole('button', { name: '保存新密码' }).click();
  await first.getByText('待审核入会申请').waitFor();
  await screenshot(first, 'console-11-first-sign-in');
});

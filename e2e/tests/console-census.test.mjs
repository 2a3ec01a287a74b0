// Town staff keep the census in the console: register an enterprise, log a visit with a problem, mark
// it solved, and establish a union there by the standalone mode. A courier of that enterprise then
// picks it in the H5 join form and the application is routed to the new union.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { creditCodeCheckCharacter, idNumberCheckCharacter, organisationCodeCheckCharacter } from '@kgh/shared';
import { apiClient, startApiServer } from '../support/api-server.mjs';
import { launchBrowser, phonePage, screenshot } from '../support/browser.mjs';
import { assertAccessible, desktopPage, signInOnPhone, signInToConsole } from '../support/console.mjs';

const ENTERPRISE = '柯桥迅达同城配送有限公司';
const UNION = `${ENTERPRISE}工会委员会`;
const organisationBody = 'MA2K7Q4X';
const first17 = `91330603${organisationBody}${organisationCodeCheckCharacter(organisationBody)}`;
const creditCode = first17 + creditCodeCheckCharacter(first17);

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

async function chooseOption(page, label, option) {
  await page.locator('.ant-form-item', { hasText: label }).locator('.ant-select-selector').click();
  await page.locator('.ant-select-item-option', { hasText: option }).click();
}

test('town staff visit an enterprise, solve its problem and establish its union; its courier is routed there', async () => {
  const page = await desktopPage(browser);
  await signInToConsole(page, server.baseUrl, 'keqiao-staff');
  await page.getByRole('menuitem', { name: '建会台账' }).click();
  await page.getByText('建会入会台账').waitFor();
  await screenshot(page, 'census-01-ledger');

  await page.getByRole('button', { name: /登记企业/ }).click();
  await page.getByLabel('统一社会信用代码').waitFor();
  await page.getByLabel('企业名称').fill(ENTERPRISE);
  await page.getByLabel('统一社会信用代码').fill(creditCode.slice(0, 17) + (creditCode.endsWith('1') ? '2' : '1'));
  await page.getByLabel('企业名称').click();
  await page
    .getByText(/校验位/)
    .first()
    .waitFor();
  await page.getByLabel('统一社会信用代码').fill(creditCode);
  await chooseOption(page, '行业', '外卖配送');
  await chooseOption(page, '所在镇街', '柯桥街道');
  await page.getByLabel('地址').fill('柯桥街道笛扬路88号');
  await page.getByLabel('职工人数').fill('60');
  await page.getByLabel('其中新就业形态劳动者').fill('48');
  await page.getByLabel('联系人').fill('周站长');
  await page.getByLabel('联系电话').fill('13905751234');
  await screenshot(page, 'census-02-new-enterprise');
  await page.getByRole('button', { name: /登\s*记/ }).click();
  await page.getByText('建会历程').waitFor();
  await page.getByText(creditCode).waitFor();

  await page.getByRole('button', { name: '登记走访' }).click();
  await page.getByLabel('见到的职工（人）').fill('12');
  await page.getByRole('button', { name: /添加发现的问题/ }).click();
  await page.getByLabel('发现的问题 1').fill('骑手反映站点没有休息和充电的地方');
  await screenshot(page, 'census-03-visit-form');
  await page.getByRole('button', { name: '保存走访记录' }).click();
  await page.getByText(/见到职工 12 人/).waitFor();
  await page.getByText(/待解决（0天）/).waitFor();
  await page.getByRole('button', { name: '标记已解决' }).click();
  await page.getByText(/已解决 \d{4}-\d{2}-\d{2}/).waitFor();

  await page.getByRole('button', { name: /^建\s*会$/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('单独建', { exact: true }).click();
  assert.equal(await dialog.getByLabel('新工会名称').inputValue(), UNION);
  await dialog.getByLabel('原因或依据').fill('经走访动员，企业召开会员大会选举产生工会委员会');
  await screenshot(page, 'census-04-establish');
  await assertAccessible(page, 'establish dialog');
  await dialog.getByRole('button', { name: '确认变更' }).click();
  await page.getByText('建会状态已更新').waitFor();
  await page
    .locator('.ant-timeline')
    .getByText(/未建会 → 已建会/)
    .waitFor();
  assert.match(await page.locator('.ant-descriptions').textContent(), new RegExp(UNION));
  await screenshot(page, 'census-05-established');
  await assertAccessible(page, 'enterprise page');

  // A courier of that enterprise joins from the phone, finding it by name in the census.
  const phone = await phonePage(browser);
  const token = await signInOnPhone(phone, server.baseUrl, '13955552001');
  await phone.goto(`${server.baseUrl}/#/pages/join/index`);
  const idNumber = `${'33062119950505111'}${idNumberCheckCharacter('33062119950505111')}`;
  await phone.fill('#join-name', '周配送');
  await phone.fill('#join-id-number', idNumber);
  await phone.fill('#join-phone', '13955552001');
  for (const trigger of ['#join-occupation', '#join-employer']) {
    await phone.click(trigger);
    await phone.click('.nut-picker-confirm-btn:visible');
  }
  await phone.click('#join-enterprise');
  await phone.fill('#enterprise-search', '迅达同城');
  await phone.locator('.enterprise-result', { hasText: ENTERPRISE }).click();
  await phone.locator('.enterprise-picker__value', { hasText: ENTERPRISE }).waitFor();
  await phone.click('#join-town');
  await phone.click('.nut-picker-confirm-btn:visible');
  await phone.getByText('我已阅读并同意').click();
  await screenshot(phone, 'census-06-join-with-enterprise');
  await phone.click('#join-submit');
  await phone.locator('#status-name').waitFor();

  const mine = await apiClient(server.baseUrl)('GET', '/membership/me', { token });
  assert.equal(mine.body.application?.targetOrg.name, UNION, JSON.stringify(mine.body));
  const application = mine.body.application;
  await page.goto(`${server.baseUrl}/admin/applications/${application.id}`);
  const routing = page.getByText(/路由至/);
  await routing.waitFor();
  assert.match(await routing.textContent(), new RegExp(`按所在企业「${ENTERPRISE}」的工会路由至${UNION}`));
  await screenshot(page, 'census-07-application-routed');
});

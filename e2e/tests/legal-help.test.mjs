// A rider asks for legal help about unpaid wages on the H5 app; town staff register it as a case and
// assign the demo mediator; the mediator records a session and an agreement, 3,000 yuan is recovered
// and the case is closed as fulfilled; the rider's page shows each step and the outcome.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startApiServer } from '../support/api-server.mjs';
import { launchBrowser, phonePage, screenshot } from '../support/browser.mjs';
import { assertAccessible, desktopPage, signInOnPhone, signInToConsole } from '../support/console.mjs';

const RIDER_PHONE = '13955553001';
const DESCRIPTION = '我在柯桥跑外卖，站点拖欠我10月和11月的工资共3000元，多次找站长都说平台没结算。';

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

/** Opens a case from a console list by its number and waits for its page. */
async function openCase(page, number) {
  await page.getByRole('link', { name: number }).click();
  await page.getByText('办理经过').waitFor();
}

/** Runs one action of the case page through its dialog. */
async function act(page, action, fill, done) {
  // antd spaces out a two-character label (立 案).
  await page.getByRole('button', { name: new RegExp(`^${[...action].join('\\s*')}$`) }).click();
  const dialog = page.getByRole('dialog');
  await fill(dialog);
  await dialog.getByRole('button', { name: `确认${action}` }).click();
  await page.getByText(done).first().waitFor();
  await dialog.waitFor({ state: 'hidden' });
}

test('a rider’s unpaid-wages request is mediated to 3,000 yuan recovered, and the rider reads every step', async () => {
  const phone = await phonePage(browser);
  await signInOnPhone(phone, server.baseUrl, RIDER_PHONE);
  await phone.goto(`${server.baseUrl}/`);
  await phone.click('#home-legal');
  await phone.click('#legal-topic [data-value="unpaid_wages"]');
  await phone.click('#legal-against [data-value="partner"]');
  await phone.fill('#legal-against-name', '柯桥某配送站点');
  await phone.fill('#legal-description', DESCRIPTION);
  await phone.fill('#legal-amount', '3000');
  assert.equal(await phone.locator('#legal-phone').inputValue(), RIDER_PHONE, 'the call-back phone starts as the signed-in one');
  await phone.click('#legal-town');
  await phone.click('.nut-picker-confirm-btn:visible');
  await screenshot(phone, 'legal-01-ask');
  await phone.click('#legal-submit');
  await phone.locator('#my-legal-submitted').waitFor();
  const number = (await phone.locator('.legal-request').first().textContent()).match(/WQ\d{8}-\d{4}/)[0];
  await screenshot(phone, 'legal-02-submitted');

  const staff = await desktopPage(browser);
  await signInToConsole(staff, server.baseUrl, 'keqiao-staff');
  await staff.getByRole('menuitem', { name: '维权服务' }).click();
  await staff.getByText('待受理的维权求助').waitFor();
  await openCase(staff, number);
  assert.match(await staff.locator('.ant-descriptions').first().textContent(), /3,?000\.00/);
  await act(
    staff,
    '立案',
    async (dialog) => {
      await dialog.locator('.ant-form-item', { hasText: '指派给' }).locator('.ant-select-selector').click();
      await staff.locator('.ant-select-item-option', { hasText: '王律师' }).click();
    },
    '已立案，调解期限15天',
  );
  await staff.getByText('王律师（公益律师团）').first().waitFor();
  await screenshot(staff, 'legal-03-registered');
  await assertAccessible(staff, 'case page');

  const mediator = await desktopPage(browser);
  await signInToConsole(mediator, server.baseUrl, 'mediator-demo');
  await mediator.getByText('维权案件与法律咨询').waitFor();
  assert.equal(await mediator.getByRole('menuitem', { name: '入会审核' }).count(), 0, 'a mediator sees only legal help');
  await openCase(mediator, number);
  await act(
    mediator,
    '记录调解',
    async (dialog) => {
      await dialog.getByLabel('参加人员').fill('骑手本人、配送站点站长、调解员王律师');
      await dialog.getByLabel('调解结果').fill('站点确认拖欠3000元，同意一周内支付');
    },
    '调解记录已保存',
  );
  await act(
    mediator,
    '达成协议',
    async (dialog) => {
      await dialog.getByLabel('协议金额（元）').fill('3000');
      await dialog.getByLabel('协议内容（职工可见）').fill('配送站点于一周内一次性支付拖欠工资3000元');
    },
    '已记录调解协议',
  );
  await act(mediator, '履行完毕', async (dialog) => assert.equal(await dialog.getByLabel('追回金额（元）').inputValue(), '3000.00'), '已履行完毕，案件办结');
  await mediator.locator('.ant-tag', { hasText: '已履行' }).first().waitFor();
  await screenshot(mediator, 'legal-04-fulfilled');

  await phone.reload();
  await phone.locator('.legal-request', { hasText: number }).click();
  await phone.locator('#legal-status', { hasText: '已履行' }).waitFor();
  const steps = (await phone.locator('.legal-step').allTextContents()).join('\n');
  for (const expected of ['已立案', '调解', '协议', '履行']) assert.match(steps, new RegExp(expected), `the rider reads the step ${expected}`);
  assert.match(await phone.locator('#legal-outcome').textContent(), /追回.*3,?000/);
  assert.equal(await phone.locator('#legal-withdraw').count(), 0, 'a closed case cannot be withdrawn');
  await screenshot(phone, 'legal-05-rider-reads-outcome');
});

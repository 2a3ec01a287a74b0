// Steps several journeys share.
import { after, before } from 'node:test';
import { startApiServer } from './api-server.mjs';
import { launchBrowser } from './browser.mjs';

/** Signs a worker in through the H5 login page with the dev SMS code the page shows. */
export async function signInByPhone(page, baseUrl, phone) {
  await page.goto(`${baseUrl}/#/pages/login/index`);
  await page.fill('#login-phone', phone);
  await page.click('#login-send');
  const hint = page.getByText(/开发环境验证码：\d{6}/);
  await hint.waitFor();
  await page.fill('#login-code', (await hint.textContent()).match(/\d{6}/)[0]);
  await page.click('#login-submit');
  await page.waitForURL((url) => !url.hash.includes('pages/login'));
}

/** What the app keeps on the device under `key` (Taro's H5 storage wraps each value as `{ data }`), or null. */
export async function storedOnDevice(page, key) {
  return page.evaluate((name) => {
    const raw = localStorage.getItem(name);
    return raw ? JSON.parse(raw).data : null;
  }, key);
}

/**
 * The API serving the built H5 app and a Chromium, started before this file's tests and stopped
 * after them: `journey.server` and `journey.browser` are set once they are up.
 */
export function miniAppJourney() {
  const journey = { server: null, browser: null };
  before(async () => {
    journey.server = await startApiServer();
    journey.browser = await launchBrowser();
  });
  after(async () => {
    await journey.browser?.close();
    await journey.server?.stop();
  });
  return journey;
}

/** Opens the picker behind `trigger` and confirms its first option (only the shown page's, when pages linger). */
export async function pickFirstOption(page, trigger) {
  await page.locator(`${trigger}:visible`).click();
  const confirm = page.locator('.nut-picker-confirm-btn:visible');
  // The picker slides up: tap 确定 once it has arrived, as a thumb would.
  await confirm.evaluate((button) =>
    Promise.all(
      button
        .closest('.nut-popup')
        ?.getAnimations({ subtree: true })
        .map((a) => a.finished.catch(() => undefined)) ?? [],
    ),
  );
  await confirm.click();
}

/** Taro's H5 router slides pages in and out: wait until no slide is running, so only the shown page is left. */
export async function settled(page) {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

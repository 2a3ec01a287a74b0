// A Chromium found on this machine (support/find-chromium.mjs) driven by playwright-core;
// screenshots are kept as test artifacts.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';

export const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '../../test-artifacts/e2e');

export async function launchBrowser() {
  mkdirSync(ARTIFACTS, { recursive: true });
  const { executablePath, args } = await findChromium();
  return chromium.launch({ executablePath, args });
}

/** A phone-sized page (375 px, the design width) in Chinese. */
export async function phonePage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, locale: 'zh-CN', ...options });
  return context.newPage();
}

/** Waits for page transitions (Taro's H5 router slides pages in) to settle, then captures; endless ones (a spinner) do not count. */
export async function screenshot(page, name) {
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

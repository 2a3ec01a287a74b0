// Finds a Chromium for the browser tests without downloading one: CHROMIUM_PATH, a system Chromium
// or Chrome, else the Chromium shipped inside the @sparticuz/chromium registry package (Linux x64).
import { existsSync } from 'node:fs';

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const HEADLESS_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `{ executablePath, args, source }` for playwright-core's launch. */
export async function findChromium() {
  if (process.env.CHROMIUM_PATH) return { executablePath: process.env.CHROMIUM_PATH, args: HEADLESS_FLAGS, source: 'CHROMIUM_PATH' };
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return { executablePath: system, args: HEADLESS_FLAGS, source: system };
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error('No Chromium found: set CHROMIUM_PATH, or install Chromium (Debian: apt-get install chromium fonts-wqy-zenhei).');
  }
  // The packaged build unpacks itself (with its own libraries) into the temp folder. Its suggested
  // flags are for serverless hosts (one process, no web security): ours keep each test's browser
  // context apart, as a phone's would be.
  const { default: packaged } = await import('@sparticuz/chromium');
  return { executablePath: await packaged.executablePath(), args: HEADLESS_FLAGS, source: '@sparticuz/chromium' };
}

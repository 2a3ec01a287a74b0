// Steps several journeys share.

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

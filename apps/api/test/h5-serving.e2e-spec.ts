import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TestApp } from './support/test-app';

describe('the H5 mini-app at /', () => {
  let t: TestApp;
  beforeAll(async () => {
    const h5Dir = mkdtempSync(join(tmpdir(), 'kgh-h5-'));
    mkdirSync(join(h5Dir, 'js'));
    writeFileSync(join(h5Dir, 'index.html'), '<!doctype html><title>柯工惠</title>');
    writeFileSync(join(h5Dir, 'js', 'app.5365b0de.js'), 'console.log(1)');
    writeFileSync(join(h5Dir, 'js', 'app.js.LICENSE.txt'), 'MIT');
    t = await startTestApp({ H5_DIR: h5Dir });
  });
  afterAll(() => t.close());

  it('lets browsers keep the files named by their content for good', async () => {
    const script = await t.http().get('/js/app.5365b0de.js').expect(200);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('has the page and unhashed files checked again on every load', async () => {
    for (const path of ['/', '/index.html', '/js/app.js.LICENSE.txt']) {
      const answer = await t.http().get(path).expect(200);
      expect(answer.headers['cache-control']).toBe('no-cache');
    }
  });
});

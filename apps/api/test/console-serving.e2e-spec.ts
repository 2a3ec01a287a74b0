import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TestApp } from './support/test-app';

describe('the staff console at /admin', () => {
  let t: TestApp;
  beforeAll(async () => {
    const adminDir = mkdtempSync(join(tmpdir(), 'kgh-admin-'));
    mkdirSync(join(adminDir, 'assets'));
    writeFileSync(join(adminDir, 'index.html'), '<!doctype html><title>工会工作台</title>');
    writeFileSync(join(adminDir, 'assets', 'index-abc123.js'), 'console.log(1)');
    t = await startTestApp({ ADMIN_DIR: adminDir });
  });
  afterAll(() => t.close());

  it('answers index.html for every page of the client-side router, never cached', async () => {
    for (const path of ['/admin/', '/admin/applications', '/admin/applications/3f1c7a9e-0000-4000-8000-000000000000', '/admin/login?from=x']) {
      const page = await t.http().get(path).expect(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.text).toContain('工会工作台');
    }
    await t.http().get('/admin').expect(302).expect('location', '/admin/');
  });

  it('lets browsers keep the hashed assets for good', async () => {
    const script = await t.http().get('/admin/assets/index-abc123.js').expect(200);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('leaves the API’s own /api/v1/admin routes to the API', async () => {
    const answer = await t.http().get('/api/v1/admin/applications').expect(401);
    expect(answer.body.code).toBeDefined();
    expect(answer.headers['cache-control']).toBe('no-store');
  });
});

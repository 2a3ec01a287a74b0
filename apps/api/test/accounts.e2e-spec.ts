import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { AccountsService } from '../src/accounts/accounts.service';
import type { AuthUser } from '../src/auth/auth-user';
import { signInStaff, signInWorker } from './support/sessions';
import { createTestDatabase } from './support/test-database';
import { startTestApp, TestApp } from './support/test-app';

const CLI = resolve(__dirname, '../dist/database/cli.js');

interface Account {
  id: string;
  username: string;
  role: string;
  status: string;
  org: { id: string; name: string } | null;
}

describe('accounts', () => {
  let t: TestApp;
  let admin: string;
  let keqiaoStaff: string;
  const org: Record<string, string> = {};
  let counter = 0;
  const aUsername = () => `acct.${process.pid % 1000}.${++counter}`;
  const ownPassword = (username: string) => (username === 'district-admin' ? 'demo12345' : `own-pass-${username}-1`);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInStaff(t, 'district-admin');
    keqiaoStaff = await signInStaff(t, 'keqiao-staff');
    for (const { id, code } of await t.db.query<{ id: string; code: string }[]>(`SELECT id, code FROM orgs`)) org[code] = id;
  });
  afterAll(() => t.close());

  const login = (username: string, password: string) => t.http().post('/api/v1/auth/staff/login').send({ username, password });
  const open = (token: string, body: Record<string, unknown>) => t.http().post('/api/v1/admin/accounts').set('authorization', token).send(body);
  const post = (token: string, path: string, body?: object) => t.http().post(`/api/v1${path}`).set('authorization', token).send(body);

  /** A new account opened by `by`, signed in once and on a password of its own. */
  async function anAccount(by: string, body: Partial<Record<'role' | 'orgId' | 'displayName', string>> = {}) {
    const username = aUsername();
    const made = await open(by, { username, displayName: '测试干事', role: 'staff', orgId: org['town:keqiao'], ...body }).expect(201);
    const first = await login(username, made.body.initialPassword).expect(200);
    const password = ownPassword(username);
    await post(`Bearer ${first.body.accessToken}`, '/me/password', { currentPassword: made.body.initialPassword, newPassword: password }).expect(204);
    const session = await login(username, password).expect(200);
    return {
      id: made.body.account.id as string,
      username,
      password,
      token: `Bearer ${session.body.accessToken}`,
      refreshToken: session.body.refreshToken as string,
    };
  }

  describe('opening an account', () => {
    it('shows a one-time password once, stores only its hash, and makes the holder change it first', async () => {
      const username = aUsername();
      const made = await open(keqiaoStaff, { username, displayName: '  柯桥新干事 ', role: 'staff', orgId: org['town:keqiao'] });
      expect(made.status).toBe(201);
      expect(made.body).toEqual({
        account: {
          id: expect.any(String),
          username,
          displayName: '柯桥新干事',
          role: 'staff',
          roles: ['staff'],
          org: { id: org['town:keqiao'], name: expect.any(String) },
          status: 'active',
          mustChangePassword: true,
          createdAt: expect.any(String),
          lastSignInAt: null,
        },
        initialPassword: expect.stringMatching(/^[A-Za-z2-9]{12}$/),
      });
      const { initialPassword } = made.body;
      const [stored] = await t.db.query(`SELECT password_hash FROM users WHERE username = $1`, [username]);
      expect(stored.password_hash).toMatch(/^\$argon2id\$/);
      expect(stored.password_hash).not.toContain(initialPassword);

      const first = await login(username, initialPassword).expect(200);
      expect(first.body.user).toMatchObject({ roles: ['staff'], mustChangePassword: true });
      const token = `Bearer ${first.body.accessToken}`;
      const me = await t.http().get('/api/v1/me').set('authorization', token).expect(200);
      expect(me.body.mustChangePassword).toBe(true);
      const blocked = await t.http().get('/api/v1/admin/applications').set('authorization', token);
      expect({ status: blocked.status, code: blocked.body.code }).toEqual({ status: 403, code: 'PASSWORD_CHANGE_REQUIRED' });

      const wrong = await post(token, '/me/password', { currentPassword: 'not-it-123', newPassword: 'brand-new-2026' });
      expect({ status: wrong.status, code: wrong.body.code }).toEqual({ status: 400, code: 'CURRENT_PASSWORD_INCORRECT' });
      for (const weak of ['short1', 'onlyletterslong', '12345678901', 123]) {
        const refused = await post(token, '/me/password', { currentPassword: initialPassword, newPassword: weak });
        expect(refused.status).toBe(400);
        expect(refused.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'newPassword', message: expect.any(String) }] });
      }
      const same = await post(token, '/me/password', { currentPassword: initialPassword, newPassword: initialPassword });
      expect({ status: same.status, code: same.body.code }).toEqual({ status: 400, code: 'PASSWORD_UNCHANGED' });
      await post(token, '/me/password', { currentPassword: initialPassword, newPassword: 'brand-new-2026' }).expect(204);

      await t.http().get('/api/v1/admin/applications').set('authorization', token).expect(200);
      expect((await login(username, initialPassword)).status).toBe(401);
      const again = await login(username, 'brand-new-2026').expect(200);
      expect(again.body.user.mustChangePassword).toBe(false);
      const [account] = await t.db.query(`SELECT last_sign_in_at, must_change_password FROM users WHERE username = $1`, [username]);
      expect(account).toEqual({ last_sign_in_at: expect.any(Date), must_change_password: false });

      const audit = await t.db.query(`SELECT action, actor_user_id, detail::text AS detail FROM audit_entries WHERE entity_id = $1 ORDER BY id`, [
        made.body.account.id,
      ]);
      expect(audit.map((row: { action: string }) => row.action)).toEqual(['account.created', 'account.password_changed']);
      for (const row of audit as { detail: string }[]) {
        expect(row.detail).not.toContain(initialPassword);
        expect(row.detail).not.toContain('brand-new-2026');
      }
    });

    it('refuses bad input with a field and a code, and a taken username with 409', async () => {
      for (const username of ['ab', 'Upper.Case', 'with space', '名字', 'x'.repeat(33), 12]) {
        const answer = await open(admin, { username, displayName: '某人', role: 'staff', orgId: org['town:keqiao'] });
        expect(answer.status).toBe(400);
        expect(answer.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'username' }] });
      }
      const bad = [
        { displayName: '', field: 'displayName' },
        { role: 'worker', field: 'role' },
        { orgId: 'town:keqiao', field: 'orgId' },
      ];
      for (const { field, ...change } of bad) {
        const answer = await open(admin, { username: aUsername(), displayName: '某人', role: 'staff', orgId: org['town:keqiao'], ...change });
        expect(answer.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field }] });
      }
      const extra = await open(admin, { username: aUsername(), displayName: '某人', role: 'staff', orgId: org['town:keqiao'], roles: ['admin'] });
      expect(extra.status).toBe(400);
      const missing = await open(admin, { username: aUsername(), displayName: '某人', role: 'staff', orgId: randomUUID() });
      expect(missing.status).toBe(404);

      const taken = await open(admin, { username: 'keqiao-staff', displayName: '重名', role: 'staff', orgId: org['town:keqiao'] });
      expect({ status: taken.status, code: taken.body.code }).toEqual({ status: 409, code: 'USERNAME_TAKEN' });
      expect(taken.body.message).toMatch(/已被使用/);
    });

    it('never grants a role above the caller, nor an org outside their subtree; an admin sits at the district', async () => {
      const aboveTown = await open(keqiaoStaff, { username: aUsername(), displayName: '越权', role: 'admin', orgId: org['town:keqiao'] });
      expect({ status: aboveTown.status, code: aboveTown.body.code }).toEqual({ status: 403, code: 'ROLE_NOT_GRANTABLE' });
      const otherTown = await open(keqiaoStaff, { username: aUsername(), displayName: '越界', role: 'staff', orgId: org['town:huashe'] });
      expect({ status: otherTown.status, code: otherTown.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
      const upTree = await open(keqiaoStaff, { username: aUsername(), displayName: '越界', role: 'provider', orgId: org.district });
      expect(upTree.status).toBe(403);
      await open(keqiaoStaff, { username: aUsername(), displayName: '服务商', role: 'provider', orgId: org['joint:keqiao'] }).expect(201);

      const adminInTown = await open(admin, { username: aUsername(), displayName: '管理员', role: 'admin', orgId: org['town:keqiao'] });
      expect({ status: adminInTown.status, code: adminInTown.body.code }).toEqual({ status: 400, code: 'ADMIN_ORG_REQUIRED' });
      const districtAdmin = await open(admin, { username: aUsername(), displayName: '管理员', role: 'admin', orgId: org.district }).expect(201);
      expect(districtAdmin.body.account).toMatchObject({ role: 'admin', roles: ['admin', 'staff'] });

      const provider = await signInStaff(t, 'provider-demo');
      expect((await open(provider, { username: aUsername(), displayName: '某人', role: 'provider', orgId: org.district })).status).toBe(403);
    });
  });

  describe('the list', () => {
    it('shows staff, admin, mediator and provider accounts of the caller subtree only, never workers', async () => {
      await signInWorker(t);
      const huashe = await anAccount(admin, { orgId: org['town:huashe'], displayName: '华舍干事' });
      const list = async (token: string, query: Record<string, string> = {}) =>
        (
          await t
            .http()
            .get('/api/v1/admin/accounts')
            .query({ pageSize: '100', ...query })
            .set('authorization', token)
            .expect(200)
        ).body as {
          items: Account[];
          total: number;
          page: number;
          pageSize: number;
        };

      const district = await list(admin);
      expect(district).toMatchObject({ total: district.items.length, page: 1, pageSize: 100 });
      const names = district.items.map((item) => item.username);
      expect(names).toEqual(expect.arrayContaining(['district-admin', 'keqiao-staff', 'provider-demo', 'mediator-demo', huashe.username]));
      expect(district.items.every((item) => ['staff', 'admin', 'provider', 'mediator'].includes(item.role))).toBe(true);
      expect(district.items.find((item) => item.username === 'mediator-demo')?.role).toBe('mediator');

      const town = await list(keqiaoStaff);
      const townNames = town.items.map((item) => item.username);
      expect(townNames).toEqual(expect.arrayContaining(['keqiao-staff', 'mediator-demo']));
      expect(townNames).not.toContain('district-admin');
      expect(townNames).not.toContain('provider-demo');
      expect(townNames).not.toContain(huashe.username);

      expect((await list(admin, { q: 'DISTRICT-ad' })).items.map((item) => item.username)).toEqual(['district-admin']);
      expect((await list(admin, { q: '华舍干' })).items.map((item) => item.username)).toEqual([huashe.username]);
      expect((await list(admin, { q: '%' })).total).toBe(0);
      expect((await list(admin, { role: 'admin' })).items.every((item) => item.role === 'admin')).toBe(true);
      expect((await list(admin, { role: 'provider' })).items.map((item) => item.username)).toContain('provider-demo');
      expect((await list(admin, { role: 'mediator' })).items.map((item) => item.username)).toEqual(['mediator-demo']);
      expect((await list(admin, { role: 'staff' })).items.map((item) => item.username)).not.toContain('district-admin');
      expect((await list(admin, { orgId: org['town:huashe'] })).items.map((item) => item.username)).toEqual([huashe.username]);
      expect((await list(admin, { status: 'disabled' })).total).toBe(0);

      const pageOne = await list(admin, { pageSize: '2', page: '1' });
      const pageTwo = await list(admin, { pageSize: '2', page: '2' });
      expect(pageOne.items.map((item) => item.id)).not.toEqual(expect.arrayContaining(pageTwo.items.map((item) => item.id)));

      for (const query of [{ role: 'worker' }, { status: 'gone' }, { orgId: 'keqiao' }, { page: '0' }, { q: 'x'.repeat(65) }]) {
        const answer = await t.http().get('/api/v1/admin/accounts').query(query).set('authorization', admin);
        expect({ query, status: answer.status, code: answer.body.code }).toEqual({ query, status: 400, code: 'VALIDATION_FAILED' });
      }
    });
  });

  describe('managing an account', () => {
    it('answers 404 for an account outside the subtree, a worker, or no account at all', async () => {
      const [districtAdmin] = await t.db.query(`SELECT id FROM users WHERE username = 'district-admin'`);
      const huashe = await anAccount(admin, { orgId: org['town:huashe'] });
      const worker = await signInWorker(t);
      const cases: [string, string][] = [
        [keqiaoStaff, districtAdmin.id],
        [keqiaoStaff, huashe.id],
        [admin, worker.userId],
        [admin, randomUUID()],
        [admin, 'not-an-id'],
      ];
      for (const [token, id] of cases) {
        for (const action of ['disable', 'enable', 'reset-password']) {
          const answer = await post(token, `/admin/accounts/${id}/${action}`);
          expect({ id, action, status: answer.status, code: answer.body.code }).toEqual({ id, action, status: 404, code: 'NOT_FOUND' });
        }
        expect((await t.http().patch(`/api/v1/admin/accounts/${id}`).set('authorization', token).send({ displayName: '改' })).status).toBe(404);
      }
    });

    it('disabling ends the account at once: its token, its refresh token and its sign-in; enabling brings it back', async () => {
      const account = await anAccount(keqiaoStaff);
      await t.http().get('/api/v1/me').set('authorization', account.token).expect(200);
      const disabled = await post(keqiaoStaff, `/admin/accounts/${account.id}/disable`).expect(200);
      expect(disabled.body).toMatchObject({ id: account.id, status: 'disabled' });

      const me = await t.http().get('/api/v1/me').set('authorization', account.token);
      expect({ status: me.status, code: me.body.code }).toEqual({ status: 403, code: 'ACCOUNT_DISABLED' });
      expect(me.body.message).toMatch(/停用/);
      expect((await t.http().post('/api/v1/auth/refresh').send({ refreshToken: account.refreshToken })).status).toBe(401);
      const signIn = await login(account.username, account.password);
      expect({ status: signIn.status, code: signIn.body.code }).toEqual({ status: 403, code: 'ACCOUNT_DISABLED' });
      expect((await login(account.username, 'wrong-password-1')).body.code).toBe('INVALID_CREDENTIALS');

      // Again is no change and no second audit row.
      await post(keqiaoStaff, `/admin/accounts/${account.id}/disable`).expect(200);
      const listed = await t.http().get('/api/v1/admin/accounts').query({ status: 'disabled' }).set('authorization', keqiaoStaff).expect(200);
      expect(listed.body.items.map((item: Account) => item.id)).toContain(account.id);

      const enabled = await post(keqiaoStaff, `/admin/accounts/${account.id}/enable`).expect(200);
      expect(enabled.body.status).toBe('active');
      await login(account.username, account.password).expect(200);
      const actions = await t.db.query(`SELECT action FROM audit_entries WHERE entity_id = $1 ORDER BY id`, [account.id]);
      expect(actions.map((row: { action: string }) => row.action)).toEqual([
        'account.created',
        'account.password_changed',
        'account.disabled',
        'account.enabled',
      ]);
    });

    it('lets nobody disable themselves, and no one manage an account above their own role', async () => {
      const [self] = await t.db.query(`SELECT id FROM users WHERE username = 'keqiao-staff'`);
      const own = await post(keqiaoStaff, `/admin/accounts/${self.id}/disable`);
      expect({ status: own.status, code: own.body.code }).toEqual({ status: 409, code: 'CANNOT_DISABLE_SELF' });
      const [districtAdmin] = await t.db.query(`SELECT id FROM users WHERE username = 'district-admin'`);
      const ownAdmin = await post(admin, `/admin/accounts/${districtAdmin.id}/disable`);
      expect(ownAdmin.body.code).toBe('CANNOT_DISABLE_SELF');

      // A staff account at the district reaches the admins' org, but not their rank.
      const districtStaff = await anAccount(admin, { orgId: org.district });
      const above = await post(districtStaff.token, `/admin/accounts/${districtAdmin.id}/reset-password`);
      expect({ status: above.status, code: above.body.code }).toEqual({ status: 403, code: 'ROLE_NOT_GRANTABLE' });
    });

    it('resets a password: the old one and the sessions stop, the new one must be changed', async () => {
      const account = await anAccount(keqiaoStaff);
      const reset = await post(keqiaoStaff, `/admin/accounts/${account.id}/reset-password`).expect(200);
      expect(reset.body).toEqual({ initialPassword: expect.stringMatching(/^[A-Za-z2-9]{12}$/) });
      expect((await login(account.username, account.password)).status).toBe(401);
      expect((await t.http().post('/api/v1/auth/refresh').send({ refreshToken: account.refreshToken })).status).toBe(401);
      const stale = await t.http().get('/api/v1/admin/applications').set('authorization', account.token);
      expect(stale.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
      const again = await login(account.username, reset.body.initialPassword).expect(200);
      expect(again.body.user.mustChangePassword).toBe(true);
      const [row] = await t.db.query(`SELECT detail::text AS detail FROM audit_entries WHERE entity_id = $1 AND action = 'account.password_reset'`, [
        account.id,
      ]);
      expect(row.detail).not.toContain(reset.body.initialPassword);
    });

    it('renames and moves an account within the subtree; the move applies to its token at once', async () => {
      const account = await anAccount(keqiaoStaff);
      const patch = (token: string, body: object) => t.http().patch(`/api/v1/admin/accounts/${account.id}`).set('authorization', token).send(body);
      const renamed = await patch(keqiaoStaff, { displayName: ' 新名字 ' }).expect(200);
      expect(renamed.body.displayName).toBe('新名字');
      const moved = await patch(keqiaoStaff, { orgId: org['joint:keqiao'] }).expect(200);
      expect(moved.body.org.id).toBe(org['joint:keqiao']);
      const [audit] = await t.db.query(`SELECT detail FROM audit_entries WHERE entity_id = $1 AND action = 'account.updated' ORDER BY id DESC LIMIT 1`, [
        account.id,
      ]);
      expect(audit.detail.changes.orgId).toEqual({ from: org['town:keqiao'], to: org['joint:keqiao'] });

      const outside = await patch(keqiaoStaff, { orgId: org['town:huashe'] });
      expect({ status: outside.status, code: outside.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
      expect((await patch(keqiaoStaff, { displayName: null })).body.code).toBe('VALIDATION_FAILED');
      expect((await patch(keqiaoStaff, { username: 'renamed' })).status).toBe(400);

      // Moved out of 柯桥街道 by the district, it no longer sees 柯桥街道's applications from the next request on.
      await patch(admin, { orgId: org['town:huashe'] }).expect(200);
      const seen = await t.http().get('/api/v1/admin/accounts').query({ pageSize: '100' }).set('authorization', account.token).expect(200);
      expect(seen.body.items.map((item: Account) => item.username)).not.toContain('keqiao-staff');

      const [districtAdmin] = await t.db.query(`SELECT id FROM users WHERE username = 'district-admin'`);
      const offDistrict = await t.http().patch(`/api/v1/admin/accounts/${districtAdmin.id}`).set('authorization', admin).send({ orgId: org['town:keqiao'] });
      expect({ status: offDistrict.status, code: offDistrict.body.code }).toEqual({ status: 400, code: 'ADMIN_ORG_REQUIRED' });
    });
  });

  describe('the last district admin', () => {
    const activeAdmins = async () =>
      (await t.db.query<{ id: string }[]>(`SELECT id FROM users WHERE 'admin' = ANY(roles) AND disabled_at IS NULL AND username IS NOT NULL`)).map(
        (row) => row.id,
      );

    beforeEach(async () => {
      // Only the demo admin is active before each case.
      await t.db.query(`UPDATE users SET disabled_at = CASE WHEN username = 'district-admin' THEN NULL ELSE now() END WHERE 'admin' = ANY(roles)`);
      admin = await signInStaff(t, 'district-admin');
    });

    it('survives two admins disabling each other at the same moment, over HTTP', async () => {
      for (let round = 0; round < 3; round++) {
        const [survivor] = await activeAdmins();
        const [{ username }] = await t.db.query(`SELECT username FROM users WHERE id = $1`, [survivor]);
        const survivorToken = await signInStaff(t, username, ownPassword(username));
        const other = await anAccount(survivorToken, { role: 'admin', orgId: org.district });
        const otherToken = other.token;
        expect((await activeAdmins()).sort()).toEqual([survivor, other.id].sort());

        const answers = await Promise.all([
          post(survivorToken, `/admin/accounts/${other.id}/disable`),
          post(otherToken, `/admin/accounts/${survivor}/disable`),
        ]);
        const outcomes = answers.map((answer) => `${answer.status} ${answer.body.code ?? 'ok'}`).sort();
        expect(outcomes[0]).toBe('200 ok');
        expect(['403 ACCOUNT_DISABLED', '409 LAST_ADMIN']).toContain(outcomes[1]);
        expect(await activeAdmins()).toHaveLength(1);
      }
    });

    it('holds when both disables pass every check before either commits', async () => {
      const other = await anAccount(admin, { role: 'admin', orgId: org.district });
      const [demo] = await activeAdmins().then((ids) => ids.filter((id) => id !== other.id));
      const caller = (id: string): AuthUser => ({ id, roles: ['admin', 'staff'], orgId: org.district });
      const service = t.app.get(AccountsService);
      const results = await Promise.allSettled([service.disable(caller(demo), other.id), service.disable(caller(other.id), demo)]);
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      const refused = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
      expect(refused.map((result) => (result.reason as { code: string }).code)).toEqual(['LAST_ADMIN']);
      expect(await activeAdmins()).toHaveLength(1);
      await t.db.query(`UPDATE users SET disabled_at = NULL WHERE id = $1`, [demo]);
    });
  });

  describe('create-admin on the command line', () => {
    const env = (databaseUrl: string) => ({
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'kgh-cli-')),
      LOG_LEVEL: 'silent',
    });
    const run = (databaseUrl: string, args: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
        const child = spawn(process.execPath, [CLI, ...args], { env: env(databaseUrl), stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => (stdout += chunk));
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.once('exit', (code) => done({ code, stdout, stderr }));
      });
    const passwordIn = (stdout: string) => /初始密码[^：]*：(\S+)/.exec(stdout)?.[1];

    beforeAll(() => {
      if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run pnpm --filter @kgh/api build first`);
    });

    it('migrates an empty database, opens an admin at the district and prints the password once', async () => {
      const database = await createTestDatabase();
      try {
        const made = await run(database.url, ['create-admin', '--username', 'first-admin', '--name', '首任管理员']);
        expect({ code: made.code, stderr: made.stderr }).toEqual({ code: 0, stderr: '' });
        const password = passwordIn(made.stdout)!;
        expect(password).toMatch(/^[A-Za-z2-9]{12}$/);
        expect(made.stdout.split(password)).toHaveLength(2);

        const client = new Client({ connectionString: database.url });
        await client.connect();
        try {
          const { rows } = await client.query(
            `SELECT u.roles, u.must_change_password, o.parent_id, u.password_hash FROM users u JOIN orgs o ON o.id = u.org_id WHERE u.username = 'first-admin'`,
          );
          expect(rows).toEqual([
            { roles: ['admin', 'staff'], must_change_password: true, parent_id: null, password_hash: expect.stringMatching(/^\$argon2id\$/) },
          ]);
          const { rows: audit } = await client.query(`SELECT action, actor_user_id, detail FROM audit_entries`);
          expect(audit).toEqual([{ action: 'account.created', actor_user_id: null, detail: { username: 'first-admin', role: 'admin', via: 'cli' } }]);
        } finally {
          await client.end();
        }

        const again = await run(database.url, ['create-admin', '--username', 'first-admin', '--name', '又一个']);
        expect(again.code).not.toBe(0);
        expect(again.stderr).toMatch(/first-admin.*已被使用/);
        expect(again.stdout).not.toMatch(/初始密码/);
      } finally {
        await database.drop();
      }
    });

    it('opens an admin who signs in with the printed password and must change it', async () => {
      const made = await run(t.config.databaseUrl!, ['create-admin', '--username', 'cli-admin', '--name', '命令行管理员']);
      expect(made.code).toBe(0);
      const session = await login('cli-admin', passwordIn(made.stdout)!).expect(200);
      expect(session.body.user).toMatchObject({ roles: ['admin', 'staff'], orgId: org.district, displayName: '命令行管理员', mustChangePassword: true });
    });

    it('refuses a bad username or missing options with a message and a non-zero exit', async () => {
      for (const args of [
        ['create-admin', '--username', 'Bad Name', '--name', '某人'],
        ['create-admin', '--username', 'someone'],
        ['create-admin', '--user', 'someone', '--name', '某人'],
        ['make-admin'],
      ]) {
        const answer = await run(t.config.databaseUrl!, args);
        expect(answer.code).toBe(1);
        expect(answer.stderr).toMatch(/用户名|usage/);
      }
    });
  });
});

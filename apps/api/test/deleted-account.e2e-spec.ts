import { TokensService } from '../src/auth/tokens.service';
import { User } from '../src/auth/user.entity';
import { startTestApp, TestApp } from './support/test-app';

describe('A valid token of an account that no longer exists', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is 401 TOKEN_INVALID on /me and on refresh, not 500', async () => {
    const user = await t.db.getRepository(User).save({ displayName: '将被删除', roles: ['worker'], phone: null });
    const session = await t.app.get(TokensService).startSession(user);
    await t.http().get('/api/v1/me').set('authorization', `Bearer ${session.accessToken}`).expect(200);
    await t.db.getRepository(User).delete({ id: user.id });
    const me = await t.http().get('/api/v1/me').set('authorization', `Bearer ${session.accessToken}`);
    expect({ status: me.status, code: me.body.code }).toEqual({ status: 401, code: 'TOKEN_INVALID' });
    const refreshed = await t.http().post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken });
    expect({ status: refreshed.status, code: refreshed.body.code }).toEqual({ status: 401, code: 'TOKEN_INVALID' });
  });
});

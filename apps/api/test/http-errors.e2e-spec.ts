import { signInWorker } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';

describe('the error model for framework-level bad input', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const send = (body: string, type = 'application/json') => t.http().post('/api/v1/auth/sms/send').set('content-type', type).send(body);

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const response = await send('{"phone":');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, code: 'MALFORMED_JSON' });
    expect(response.body.message).toEqual(expect.any(String));
  });

  it('treats an empty JSON body as no body, as Taro.request sends on a bodiless POST', async () => {
    const response = await send('');
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([{ field: 'phone', message: expect.any(String) }]);
  });

  it('answers a body over 100 KB with 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await send(JSON.stringify({ phone: '13800000000', padding: 'x'.repeat(110 * 1024) }));
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a JSON array instead of an object with 400 VALIDATION_FAILED', async () => {
    const response = await send('[1,2]');
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
  });

  it('answers an unsupported content type with 415', async () => {
    const response = await send('phone=13800000000', 'application/x-www-form-urlencoded');
    expect(response.status).toBe(415);
    expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers unknown fields, missing fields and wrong types field by field', async () => {
    const unknown = await t.http().post('/api/v1/auth/sms/send').send({ phone: '13800000000', admin: true });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details).toEqual([{ field: 'admin', message: expect.any(String) }]);

    const missing = await t.http().post('/api/v1/auth/sms/verify').send({ phone: '13800000000' });
    expect(missing.status).toBe(400);
    expect(missing.body.details.map((d: { field: string }) => d.field)).toEqual(['code']);

    const wrongType = await t.http().post('/api/v1/auth/sms/verify').send({ phone: 13800000000, code: 123456 });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['code', 'phone']);
  });

  it('refuses control characters, broken UTF-16, prototype keys and deep nesting in any field', async () => {
    const login = (body: string) => t.http().post('/api/v1/auth/staff/login').set('content-type', 'application/json').send(body);
    const cases: [string, string][] = [
      ['{"username":"a\\u0000b","password":"x"}', 'VALIDATION_FAILED'],
      ['{"username":"a\\ud800b","password":"x"}', 'VALIDATION_FAILED'],
      [`{"username":${'['.repeat(2000)}${']'.repeat(2000)},"password":"x"}`, 'VALIDATION_FAILED'],
      // Fastify's JSON parser already refuses prototype keys in bodies.
      ['{"username":"a","password":"x","__proto__":{"roles":["admin"]}}', 'MALFORMED_JSON'],
    ];
    for (const [body, code] of cases) {
      const response = await login(body);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe(code);
    }
    const query = await t.http().get('/api/v1/stations/nearby?lat=30&lng=120&__proto__=1');
    expect(query.status).toBe(400);
  });

  it('answers a path that is not valid percent-encoding without echoing it', async () => {
    const response = await t.http().get('/api/v1/stations/%E0%A4%A');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ statusCode: 400, code: 'MALFORMED_REQUEST', message: expect.any(String) });
  });

  it('answers headers over the limit with 431 HEADERS_TOO_LARGE', async () => {
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as { port: number };
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/stations/nearby?lat=30&lng=120&z=${'x'.repeat(100_000)}`);
    expect(response.status).toBe(431);
    expect(await response.json()).toMatchObject({ statusCode: 431, code: 'HEADERS_TOO_LARGE' });
  });

  it('answers an unknown route with 404 ROUTE_NOT_FOUND', async () => {
    const response = await t.http().get('/api/v1/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('ROUTE_NOT_FOUND');
  });

  it('refuses a missing, tampered or expired token with 401', async () => {
    expect((await t.http().get('/api/v1/me')).body.code).toBe('UNAUTHENTICATED');
    const { token } = await signInWorker(t);
    const tampered = token.slice(0, -3) + (token.endsWith('aaa') ? 'bbb' : 'aaa');
    const response = await t.http().get('/api/v1/me').set('authorization', tampered);
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('TOKEN_INVALID');
    expect((await t.http().get('/api/v1/me').set('authorization', 'Basic abc')).body.code).toBe('TOKEN_INVALID');
  });

  it('answers /health with the database state', async () => {
    expect((await t.http().get('/health')).body).toEqual({ status: 'ok', db: 'up' });
  });

  it('serves the OpenAPI document', async () => {
    const response = await t.http().get('/api/v1/openapi.json').expect(200);
    expect(response.body.paths['/api/v1/membership/applications']).toBeDefined();
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const key = Buffer.alloc(32, 7).toString('base64');
const productionKeys = { PII_ENCRYPTION_KEY: key, PII_INDEX_KEY: key, JWT_SECRET: key, CARD_SIGNING_KEY: key, REDEMPTION_SIGNING_KEY: key };

describe('loadConfig', () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'kgh-config-'));

  it('defaults to the embedded database, the dev SMS provider and demo data', () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config).toMatchObject({ databaseUrl: null, port: 3000, seedDemoData: true, sms: { provider: 'dev' } });
    expect(config.keys.piiEncryption).toHaveLength(32);
  });

  it('keeps generated dev keys across restarts', () => {
    const dir = dataDir();
    expect(loadConfig({ DATA_DIR: dir }).keys.jwt.equals(loadConfig({ DATA_DIR: dir }).keys.jwt)).toBe(true);
  });

  it('names every bad setting', () => {
    const attempt = () => loadConfig({ DATA_DIR: dataDir(), PORT: 'eighty', DATABASE_URL: 'mysql://x', SMS_PROVIDER: 'pigeon' });
    expect(attempt).toThrow(ConfigError);
    for (const name of ['PORT', 'DATABASE_URL', 'SMS_PROVIDER']) expect(attempt).toThrow(name);
  });

  it('refuses the dev SMS provider and missing keys in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y', SMS_PROVIDER: 'dev' })).toThrow(
      /SMS_PROVIDER=dev is refused[\s\S]*PII_ENCRYPTION_KEY/,
    );
  });

  it('uses the dev WeChat provider only outside production and without an app id', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).wechat.provider).toBe('dev');
    expect(loadConfig({ DATA_DIR: dataDir(), WECHAT_APP_ID: 'wx1', WECHAT_APP_SECRET: 's' }).wechat.provider).toBe('http');
    expect(() => loadConfig({ DATA_DIR: dataDir(), WECHAT_PROVIDER: 'http' })).toThrow('WECHAT_APP_ID');
    expect(() => loadConfig({ NODE_ENV: 'production', WECHAT_PROVIDER: 'dev' })).toThrow('WECHAT_PROVIDER=dev is refused');
  });

  it('accepts a complete production configuration', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/kgh',
      SMS_PROVIDER: 'http',
      SMS_HTTP_URL: 'http://sms.internal/send',
      WECHAT_APP_ID: 'wx123',
      WECHAT_APP_SECRET: 'secret',
      ...productionKeys,
    });
    expect(config.seedDemoData).toBe(false);
  });

  it('runs the job schedules outside tests, hourly retention unless JOBS_RETENTION_CRON says otherwise', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).jobs).toEqual({ run: true, retentionCron: '0 * * * *' });
    expect(loadConfig({ DATA_DIR: dataDir(), NODE_ENV: 'test' }).jobs.run).toBe(false);
    expect(loadConfig({ DATA_DIR: dataDir(), NODE_ENV: 'test', JOBS_RUN: 'true', JOBS_RETENTION_CRON: '*/5 * * * *' }).jobs).toEqual({
      run: true,
      retentionCron: '*/5 * * * *',
    });
    expect(() => loadConfig({ DATA_DIR: dataDir(), JOBS_RETENTION_CRON: 'hourly' })).toThrow('JOBS_RETENTION_CRON');
    expect(() => loadConfig({ DATA_DIR: dataDir(), JOBS_RUN: 'yes' })).toThrow('JOBS_RUN');
  });

  it('believes X-Forwarded-For from no one unless TRUST_PROXY names the proxies', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).trustProxy).toEqual([]);
    expect(loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: '10.0.0.1, 192.168.0.0/16' }).trustProxy).toEqual(['10.0.0.1', '192.168.0.0/16']);
    expect(() => loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: 'everyone' })).toThrow('TRUST_PROXY');
  });

  it('limits SMS codes per address and across everyone, and takes other numbers from the settings', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).smsLimits).toEqual({ perAddressPerMinute: 5, perAddressPerHour: 30, globalPerMinute: 100 });
    expect(loadConfig({ DATA_DIR: dataDir(), SMS_GLOBAL_PER_MINUTE: '500', SMS_PER_ADDRESS_PER_HOUR: '60' }).smsLimits).toMatchObject({
      globalPerMinute: 500,
      perAddressPerHour: 60,
    });
    expect(() => loadConfig({ DATA_DIR: dataDir(), SMS_GLOBAL_PER_MINUTE: '0' })).toThrow('SMS_GLOBAL_PER_MINUTE');
  });

  it('serves the API documents outside production, and in production only with API_DOCS=true', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).apiDocs).toBe(true);
    const production = {
      ...productionKeys,
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://x/y',
      SMS_PROVIDER: 'http',
      SMS_HTTP_URL: 'http://sms',
      WECHAT_APP_ID: 'wx',
      WECHAT_APP_SECRET: 's',
    };
    expect(loadConfig(production).apiDocs).toBe(false);
    expect(loadConfig({ ...production, API_DOCS: 'true' }).apiDocs).toBe(true);
  });
});

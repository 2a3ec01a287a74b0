import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';

export type Environment = 'development' | 'production' | 'test';
export type SmsProviderName = 'dev' | 'http';
export type WechatProviderName = 'dev' | 'http';

/** Every setting the API runs on, read once from the environment and validated (loadConfig). */
export class AppConfig {
  env: Environment;
  port: number;
  host: string;
  /** A real PostgreSQL server, or null for the PostgreSQL server embedded under dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  databasePoolSize: number;
  seedDemoData: boolean;
  migrateOnStart: boolean;
  logLevel: string;
  keys: { piiEncryption: Buffer; piiIndex: Buffer; jwt: Buffer; card: Buffer; redemption: Buffer };
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  sms: { provider: SmsProviderName; httpUrl: string | null };
  /** Codes sent per client address a minute and an hour, and across everyone a minute (the breaker). */
  smsLimits: { perAddressPerMinute: number; perAddressPerHour: number; globalPerMinute: number };
  wechat: { provider: WechatProviderName; appId: string | null; appSecret: string | null; apiBaseUrl: string };
  corsOrigins: string[];
  /** Reverse proxies (addresses or CIDR ranges) whose X-Forwarded-For is believed; empty: none. */
  trustProxy: string[];
  /** Swagger UI at /docs and the document at /api/v1/openapi.json (off in production unless API_DOCS=true). */
  apiDocs: boolean;
  /** The built H5 mini-app served at `/`; null when it is not built. */
  h5Dir: string | null;
  /** The built staff console served at `/admin`; null when it is not built. */
  adminDir: string | null;
  /**
   * Background jobs (pg-boss): whether this process runs the schedules and works the queues (off
   * under NODE_ENV=test, whose tests call the work directly), and when retention runs (UTC cron).
   */
  jobs: { run: boolean; retentionCron: string };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

/** Minute, hour, day of month, month, day of week: digits, `*`, ranges, lists and steps. */
const CRON = /^[\d*,/-]+( [\d*,/-]+){4}$/;

const KEY_NAMES = {
  piiEncryption: 'PII_ENCRYPTION_KEY',
  piiIndex: 'PII_INDEX_KEY',
  jwt: 'JWT_SECRET',
  card: 'CARD_SIGNING_KEY',
  redemption: 'REDEMPTION_SIGNING_KEY',
} as const;

/** Reads and checks the environment; throws ConfigError naming every bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (!allowed.includes(raw as T)) problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
    return raw as T;
  };

  const nodeEnv = oneOf<Environment>('NODE_ENV', ['development', 'production', 'test'], 'development');
  const production = nodeEnv === 'production';
  const databaseUrl = env.DATABASE_URL || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  }
  if (production && !databaseUrl) problems.push('DATABASE_URL is required when NODE_ENV=production');
  const dataDir = resolve(env.DATA_DIR || '.data');

  const smsProvider = oneOf<SmsProviderName>('SMS_PROVIDER', ['dev', 'http'], production ? 'http' : 'dev');
  if (production && smsProvider === 'dev') problems.push('SMS_PROVIDER=dev is refused when NODE_ENV=production');
  const smsHttpUrl = env.SMS_HTTP_URL || null;
  if (smsProvider === 'http' && !smsHttpUrl) problems.push('SMS_HTTP_URL is required when SMS_PROVIDER=http');

  // WeChat like SMS: a dev provider for the embedded demo, the real code-to-session call otherwise.
  const wechatProvider = oneOf<WechatProviderName>('WECHAT_PROVIDER', ['dev', 'http'], production || env.WECHAT_APP_ID ? 'http' : 'dev');
  if (production && wechatProvider === 'dev') problems.push('WECHAT_PROVIDER=dev is refused when NODE_ENV=production');
  if (wechatProvider === 'http' && !(env.WECHAT_APP_ID && env.WECHAT_APP_SECRET)) {
    problems.push('WECHAT_APP_ID and WECHAT_APP_SECRET are required when WECHAT_PROVIDER=http');
  }

  const keys = readKeys(env, dataDir, production, problems);
  const seedDemoData = oneOf('SEED_DEMO_DATA', ['true', 'false'], databaseUrl ? 'false' : 'true') === 'true';
  if (production && seedDemoData) problems.push('SEED_DEMO_DATA=true is refused when NODE_ENV=production');

  const migrateOnStart = oneOf('MIGRATE_ON_START', ['true', 'false'], production ? 'false' : 'true') === 'true';
  // Production logs every request; the demo's console shows only warnings unless LOG_LEVEL=info.
  const logLevel = oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'silent'], production ? 'info' : 'warn');

  const trustProxy = (env.TRUST_PROXY || '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  for (const address of trustProxy) if (!isIP(address.split('/')[0])) problems.push(`TRUST_PROXY must list IP addresses or CIDR ranges (got "${address}")`);
  const apiDocs = oneOf('API_DOCS', ['true', 'false'], production ? 'false' : 'true') === 'true';
  const runJobs = oneOf('JOBS_RUN', ['true', 'false'], nodeEnv === 'test' ? 'false' : 'true') === 'true';
  const retentionCron = env.JOBS_RETENTION_CRON || '0 * * * *';
  if (!CRON.test(retentionCron)) problems.push(`JOBS_RETENTION_CRON must be a five-field cron expression (got "${retentionCron}")`);

  const config: AppConfig = {
    env: nodeEnv,
    port: integer('PORT', 3000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    dataDir,
    databasePoolSize: integer('DATABASE_POOL_SIZE', 10, 1, 200),
    seedDemoData,
    migrateOnStart,
    logLevel,
    keys,
    accessTokenTtlSeconds: integer('ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86400),
    refreshTokenTtlDays: integer('REFRESH_TOKEN_TTL_DAYS', 30, 1, 365),
    sms: { provider: smsProvider, httpUrl: smsHttpUrl },
    // Per address stays loose because carrier NAT puts many workers behind one address.
    smsLimits: {
      perAddressPerMinute: integer('SMS_PER_ADDRESS_PER_MINUTE', 5, 1, 10_000),
      perAddressPerHour: integer('SMS_PER_ADDRESS_PER_HOUR', 30, 1, 100_000),
      globalPerMinute: integer('SMS_GLOBAL_PER_MINUTE', 100, 1, 1_000_000),
    },
    wechat: {
      provider: wechatProvider,
      appId: env.WECHAT_APP_ID || null,
      appSecret: env.WECHAT_APP_SECRET || null,
      apiBaseUrl: env.WECHAT_API_BASE_URL || 'https://api.weixin.qq.com',
    },
    corsOrigins: (env.CORS_ORIGINS || '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    trustProxy,
    apiDocs,
    h5Dir: builtAppDir(env.H5_DIR, '../../../miniapp/dist/h5'),
    adminDir: builtAppDir(env.ADMIN_DIR, '../../../admin/dist'),
    jobs: { run: runJobs, retentionCron },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** A built front-end's folder (configured, or its place in the workspace) when it holds an index.html. */
function builtAppDir(configured: string | undefined, workspacePath: string): string | null {
  const dir = configured ? resolve(configured) : resolve(__dirname, workspacePath);
  return existsSync(join(dir, 'index.html')) ? dir : null;
}

// Keys come from the environment; outside production, missing ones are generated once and kept in
// DATA_DIR so that encrypted data stays readable across restarts of the embedded demo.
function readKeys(env: NodeJS.ProcessEnv, dataDir: string, production: boolean, problems: string[]): AppConfig['keys'] {
  const keyFile = join(dataDir, 'dev-keys.json');
  let stored: Record<string, string> = {};
  if (!production && existsSync(keyFile)) stored = JSON.parse(readFileSync(keyFile, 'utf8')) as Record<string, string>;
  let generated = false;
  const keys = {} as AppConfig['keys'];
  for (const [field, name] of Object.entries(KEY_NAMES) as [keyof AppConfig['keys'], string][]) {
    let encoded = env[name] || (production ? undefined : stored[name]);
    if (!encoded && !production) {
      encoded = randomBytes(32).toString('base64');
      stored[name] = encoded;
      generated = true;
    }
    const key = encoded ? Buffer.from(encoded, 'base64') : Buffer.alloc(0);
    if (key.length !== 32) problems.push(`${name} must be 32 bytes, base64-encoded`);
    keys[field] = key;
  }
  if (generated && problems.length === 0) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(keyFile, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return keys;
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode } from '@kgh/shared';
import { EntityManager, Repository } from 'typeorm';
import { AppException, ErrorDetail } from '../common/app-exception';
import { sha256 } from '../crypto/secrets';
import { IdempotencyKey } from './idempotency-key.entity';

const KEY_PATTERN = /^[\x21-\x7e]{1,100}$/;
/** Far longer than any request may run: HTTP clients and proxies give up well before. */
const ABANDONED_AFTER = '2 minutes';

/** Saves the response with the work's own transaction, so a replay can never disagree with the data. */
export type Remember<T> = (manager: EntityManager, response: T) => Promise<void>;

/**
 * Idempotency-Key handling: the first request with a key runs; the same key and request again get
 * the stored response (success or refusal); another request with the key is 422; a retry while the
 * first still runs is 409. Keys belong to the caller.
 */
@Injectable()
export class IdempotencyService {
  constructor(@InjectRepository(IdempotencyKey) private readonly keys: Repository<IdempotencyKey>) {}

  async run<T extends object>(userId: string, key: string | undefined, request: unknown, work: (remember: Remember<T>) => Promise<T>): Promise<T> {
    if (!key || !KEY_PATTERN.test(key)) {
      throw new AppException(ErrorCode.IdempotencyKeyRequired, '请求头 Idempotency-Key 必填（1到100个可见字符）', [{ field: 'Idempotency-Key', message: '缺少或格式不正确' }]);
    }
    const requestHash = sha256(stableJson(request));
    // A key whose first request died without an answer (the process stopped mid-request) is taken
    // over after ABANDONED_AFTER by the same request; the row lock lets exactly one retry take it.
    const inserted = await this.keys.query(
      `INSERT INTO idempotency_keys (user_id, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, key) DO UPDATE SET created_at = now()
        WHERE idempotency_keys.response_status IS NULL AND idempotency_keys.request_hash = EXCLUDED.request_hash
          AND idempotency_keys.created_at < now() - $4::interval
       RETURNING key`,
      [userId, key, requestHash, ABANDONED_AFTER],
    );
    if (inserted.length === 0) return this.replay(userId, key, requestHash);

    const remember: Remember<T> = async (manager, response) => {
      await manager.query(`UPDATE idempotency_keys SET response_status = 201, response_body = $3 WHERE user_id = $1 AND key = $2`, [userId, key, response]);
    };
    try {
      return await work(remember);
    } catch (error) {
      if (error instanceof AppException && error.status < 500) {
        const body = { code: error.code, message: error.message, details: error.details ?? null };
        await this.keys.update({ userId, key }, { responseStatus: error.status, responseBody: body });
      } else {
        // Nothing was decided: free the key so the client's retry runs the request again.
        await this.keys.delete({ userId, key });
      }
      throw error;
    }
  }

  private async replay<T>(userId: string, key: string, requestHash: string): Promise<T> {
    const stored = await this.keys.findOneByOrFail({ userId, key });
    if (stored.requestHash !== requestHash) {
      throw new AppException(ErrorCode.IdempotencyKeyReused, '该 Idempotency-Key 已用于另一个请求，请换一个新的');
    }
    if (stored.responseStatus === null || stored.responseBody === null) {
      throw new AppException(ErrorCode.IdempotencyKeyInUse, '相同的请求正在处理中，请稍后查看结果');
    }
    if (stored.responseStatus === 201) return stored.responseBody as T;
    const refusal = stored.responseBody as { code: ErrorCode; message: string; details: ErrorDetail[] | null };
    throw new AppException(refusal.code, refusal.message, refusal.details ?? undefined);
  }
}

/** JSON with sorted keys, so the same body hashes the same whatever its key order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

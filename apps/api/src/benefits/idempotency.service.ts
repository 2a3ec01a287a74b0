import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode } from '@kgh/shared';
import { EntityManager, Repository } from 'typeorm';
import { AppException, ErrorDetail } from '../common/app-exception';
import { rowsOf } from '../common/sql-rows';
import { sha256 } from '../crypto/secrets';
import { IdempotencyKey } from './idempotency-key.entity';

const KEY_PATTERN = /^[\x21-\x7e]{1,100}$/;

/** Saves the response with the work's own transaction, so a replay can never disagree with the data. */
export type Remember<T> = (manager: EntityManager, response: T) => Promise<void>;

interface StoredKey {
  request_hash: string;
  response_status: number | null;
  response_body: object | null;
}

/** Another attempt with the key answered first: this one's transaction rolls back and its answer is replayed. */
class AnsweredBefore extends Error {}

// Writes the key with its answer, unless another attempt's answer is there. A row without an answer
// was left by a version that wrote the key before the work (see run): its attempt is long dead.
const STORE_ANSWER = `INSERT INTO idempotency_keys AS k (user_id, key, request_hash, response_status, response_body) VALUES ($1, $2, $3, $4, $5)
  ON CONFLICT (user_id, key) DO UPDATE SET response_status = EXCLUDED.response_status, response_body = EXCLUDED.response_body, created_at = now()
   WHERE k.response_status IS NULL AND k.request_hash = EXCLUDED.request_hash
  RETURNING key`;

/**
 * Idempotency-Key handling: the first request with a key runs; the same key and request again get
 * the stored response (success or refusal); another request with the key is 422. Keys belong to
 * the caller.
 *
 * The key is written by the work's own transaction, with its answer: while an attempt runs, its
 * uncommitted rows (the claim, then the key) are what hold the key, and they die with it. A retry
 * after an attempt died (connection lost, process killed) therefore runs at once; a retry while an
 * attempt is live waits in PostgreSQL on that attempt's rows (the claim's unique index or the key's
 * primary key) and then answers with the attempt's stored response. A retry never gets 409.
 */
@Injectable()
export class IdempotencyService {
  constructor(@InjectRepository(IdempotencyKey) private readonly keys: Repository<IdempotencyKey>) {}

  async run<T extends object>(userId: string, key: string | undefined, request: unknown, work: (remember: Remember<T>) => Promise<T>): Promise<T> {
    if (!key || !KEY_PATTERN.test(key)) {
      throw new AppException(ErrorCode.IdempotencyKeyRequired, '请求头 Idempotency-Key 必填（1到100个可见字符）', [
        { field: 'Idempotency-Key', message: '缺少或格式不正确' },
      ]);
    }
    const requestHash = sha256(stableJson(request));
    // A read first: a replay answers at once, and a first attempt writes nothing outside its transaction.
    const [stored] = await this.stored(userId, key);
    if (stored && (stored.response_status !== null || stored.request_hash !== requestHash)) return this.replay(stored, requestHash);

    const remember: Remember<T> = async (manager, response) => {
      const written = await rowsOf<{ key: string }>(manager, STORE_ANSWER, [userId, key, requestHash, 201, response]);
      if (written.length === 0) throw new AnsweredBefore();
    };
    try {
      return await work(remember);
    } catch (error) {
      if (error instanceof AppException && error.status < HttpStatus.INTERNAL_SERVER_ERROR) {
        // A refusal is an answer too: stored, unless another attempt answered first.
        const body = { code: error.code, message: error.message, details: error.details ?? null };
        const written = await rowsOf<{ key: string }>(this.keys, STORE_ANSWER, [userId, key, requestHash, error.status, body]);
        if (written.length > 0) throw error;
      } else if (!(error instanceof AnsweredBefore)) {
        // Nothing was decided and nothing of this attempt is left: the client's retry runs the request again.
        throw error;
      }
      const [answer] = await this.stored(userId, key);
      return this.replay(answer, requestHash);
    }
  }

  private stored(userId: string, key: string): Promise<StoredKey[]> {
    return rowsOf<StoredKey>(this.keys, `SELECT request_hash, response_status, response_body FROM idempotency_keys WHERE user_id = $1 AND key = $2`, [
      userId,
      key,
    ]);
  }

  private replay<T>(stored: StoredKey, requestHash: string): T {
    if (stored.request_hash !== requestHash) {
      throw new AppException(ErrorCode.IdempotencyKeyReused, '该 Idempotency-Key 已用于另一个请求，请换一个新的');
    }
    if (stored.response_status === null || stored.response_body === null) {
      throw new AppException(ErrorCode.IdempotencyKeyInUse, '相同的请求正在处理中，请稍后查看结果');
    }
    if (stored.response_status === 201) return stored.response_body as T;
    const refusal = stored.response_body as { code: ErrorCode; message: string; details: ErrorDetail[] | null };
    throw new AppException(refusal.code, refusal.message, refusal.details ?? undefined);
  }
}

/** JSON with sorted keys, so the same body hashes the same whatever its key order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

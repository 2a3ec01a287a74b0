import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode } from '@kgh/shared';
import { DataSource, EntityManager } from 'typeorm';
import { rowsOf } from '../common/sql-rows';

/** At most `limit` hits per `key` in each fixed window of `windowSeconds`, counted under `scope`. */
export interface LimitRule {
  scope: string;
  key: string;
  limit: number;
  windowSeconds: number;
  /** What the caller is told when this rule refuses. */
  code: ErrorCode;
  message: (wait: string) => string;
  field?: string;
}

/** One hit counted against a rule, in the window it landed in (so it can be given back). */
export interface Hit {
  rule: LimitRule;
  windowStart: Date;
}

export type Taken = { refused: null; hits: Hit[] } | { refused: LimitRule; retryAfterSeconds: number };

// Windows start on Beijing midnight, so a day's limit resets when the day does for the people using it.
const WINDOW_ORIGIN = '2000-01-01T00:00:00+08:00';

/**
 * Fixed-window counters in one table, shared by every API process. A hit is one atomic upsert that
 * raises the window's count only while it is under the limit, so concurrent requests never overshoot.
 * A fixed window lets a burst of twice the limit straddle its edge; the longer windows bound that.
 */
@Injectable()
export class LimitsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The time windows are counted in: this process's clock, like code expiry (tests move it). */
  now(): Date {
    return new Date();
  }

  /**
   * Counts a hit against each rule in order. The first rule at its limit refuses, and the hits already
   * counted for this request are given back: a refused request counts against nothing.
   */
  async take(rules: LimitRule[], manager: EntityManager = this.dataSource.manager): Promise<Taken> {
    const hits: Hit[] = [];
    const now = this.now();
    for (const rule of rules) {
      const [row] = await rowsOf<{ windowStart: Date; counted: boolean; retryAfterSeconds: number }>(
        manager,
        `WITH w AS (SELECT date_bin(make_interval(secs => $3), $6::timestamptz, $5::timestamptz) AS start),
         hit AS (
           INSERT INTO rate_limit_hits AS h (scope, key, window_start, expires_at, hits)
           SELECT $1, $2, w.start, w.start + make_interval(secs => $3), 1 FROM w
           ON CONFLICT ON CONSTRAINT pk_rate_limit_hits DO UPDATE SET hits = h.hits + 1 WHERE h.hits < $4
           RETURNING h.hits)
         SELECT w.start AS "windowStart", EXISTS (SELECT 1 FROM hit) AS counted,
                greatest(1, ceil(extract(epoch FROM w.start + make_interval(secs => $3) - $6::timestamptz)))::int AS "retryAfterSeconds"
         FROM w`,
        [rule.scope, rule.key, rule.windowSeconds, rule.limit, WINDOW_ORIGIN, now],
      );
      if (!row.counted) {
        await this.giveBack(hits, manager);
        return { refused: rule, retryAfterSeconds: row.retryAfterSeconds };
      }
      hits.push({ rule, windowStart: row.windowStart });
    }
    return { refused: null, hits };
  }

  /** Takes back hits that turned out not to be abuse (a right password, a right code). */
  async giveBack(hits: Hit[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    for (const { rule, windowStart } of hits) {
      await manager.query(`UPDATE rate_limit_hits SET hits = hits - 1 WHERE scope = $1 AND key = $2 AND window_start = $3 AND hits > 0`, [
        rule.scope,
        rule.key,
        windowStart,
      ]);
    }
  }

  /** Forgets every window of one rule's key. */
  async forget(rule: LimitRule, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`DELETE FROM rate_limit_hits WHERE scope = $1 AND key = $2`, [rule.scope, rule.key]);
  }
}

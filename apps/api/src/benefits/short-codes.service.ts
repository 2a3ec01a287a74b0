import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { rowsOf, updatedRow } from '../common/sql-rows';
import { AppConfig } from '../config/app-config';
import { subkey } from '../crypto/secrets';
import { addressKey, limitRefusal } from '../limits/sign-in-limits';
import { type Hit, LimitsService } from '../limits/limits.service';
import { shortCodeGuessRules } from '../limits/redemption-limits';
import { newShortCode, shortCodeHash } from './redemption-code';

/** A live short code found by its digits. */
export interface FoundShortCode {
  id: string;
  claimId: string;
  codeId: string;
  /** The guess it cost; given back (`forgive`) once the caller may redeem it. */
  hits: Hit[];
}

const ISSUE_ATTEMPTS = 5;

/**
 * The 8-digit codes beside the QR code: stored as a keyed hash, unique among the unpurged codes
 * (the retention job drops expired ones), looked up under a guessing limit, used once.
 */
@Injectable()
export class ShortCodesService {
  private readonly key: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly limits: LimitsService,
    config: AppConfig,
  ) {
    this.key = subkey(config.keys.redemption, 'redemption-short-code');
  }

  /** New digits for the QR code `codeId` of `claimId`; drawn again on the rare clash with a stored code. */
  async issue(claimId: string, codeId: string, expiresAt: Date): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      const shortCode = newShortCode();
      const inserted = await rowsOf<{ id: string }>(
        this.dataSource,
        `INSERT INTO redemption_short_codes (claim_id, code_id, code_hash, expires_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (code_hash) DO NOTHING RETURNING id`,
        [claimId, codeId, shortCodeHash(shortCode, this.key), expiresAt],
      );
      if (inserted.length === 1) return shortCode;
      if (attempt === ISSUE_ATTEMPTS) throw new Error('no free short redemption code after 5 draws');
    }
  }

  /**
   * The unexpired code with these digits, used or not (a used one leads to ALREADY_REDEEMED), or null.
   * Every try counts against the caller's account and address until `forgive` gives a right one back.
   */
  async find(shortCode: string, userId: string, ip: string, now: Date): Promise<FoundShortCode | null> {
    const taken = await this.limits.take(shortCodeGuessRules(userId, addressKey(ip)));
    if (taken.refused) throw limitRefusal(taken.refused, taken.retryAfterSeconds);
    const [found] = await rowsOf<Omit<FoundShortCode, 'hits'>>(
      this.dataSource,
      `SELECT id, claim_id AS "claimId", code_id AS "codeId" FROM redemption_short_codes WHERE code_hash = $1 AND expires_at > $2`,
      [shortCodeHash(shortCode, this.key), now],
    );
    return found ? { ...found, hits: taken.hits } : null;
  }

  /**
   * Gives a right code's guess back. Only after the access check: a provider who may not redeem the
   * claim would otherwise learn, free of charge, which digits are live.
   */
  forgive(found: FoundShortCode): Promise<void> {
    return this.limits.giveBack(found.hits);
  }

  /** Marks the code used inside the redemption's transaction; false when it expired or was used meanwhile. */
  use(manager: EntityManager, id: string, now: Date): Promise<boolean> {
    return updatedRow(manager, `UPDATE redemption_short_codes SET used_at = $2 WHERE id = $1 AND used_at IS NULL AND expires_at > $2`, [id, now]);
  }
}

import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { affectedRows } from '../common/sql-rows';
import { AppConfig } from '../config/app-config';
import { JobsService } from '../jobs/jobs.service';
import { KNOWN_ADDRESS_DAYS } from '../limits/known-addresses.service';

/**
 * What is kept only as long as it is needed. Sign-in codes hold phone numbers that never became
 * accounts; spent refresh tokens and idempotency keys only answer retries; a limit's counter only
 * its window, an 8-digit redemption code its two minutes, and a staff member's known address only
 * as long as it counts as known.
 */
const RULES: { table: string; where: string }[] = [
  { table: 'sms_codes', where: `created_at < now() - interval '1 day'` },
  { table: 'refresh_tokens', where: `expires_at < now() OR revoked_at < now() - interval '1 day' OR used_at < now() - interval '1 day'` },
  { table: 'idempotency_keys', where: `created_at < now() - interval '1 day'` },
  { table: 'rate_limit_hits', where: `expires_at < now()` },
  { table: 'redemption_short_codes', where: `expires_at < now()` },
  { table: 'staff_known_addresses', where: `last_signed_in_at < now() - make_interval(days => ${KNOWN_ADDRESS_DAYS})` },
];

@Injectable()
export class RetentionService implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly jobs: JobsService,
  ) {}

  /** Hourly by default (JOBS_RETENTION_CRON), once across all API processes. */
  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule('retention', this.config.jobs.retentionCron, () => this.purge());
  }

  /** Deletes what the rules no longer keep; returns how many rows per table. Callable from tests. */
  async purge(): Promise<Record<string, number>> {
    const deleted: Record<string, number> = {};
    for (const { table, where } of RULES) {
      deleted[table] = await affectedRows(this.dataSource, `DELETE FROM ${table} WHERE ${where}`);
    }
    return deleted;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { rowsOf } from '../common/sql-rows';

/** How long an address a user signed in from stays "known-good" for them. */
export const KNOWN_ADDRESS_DAYS = 30;

/** The addresses each staff account has signed in from with the right password. */
@Injectable()
export class KnownAddressesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async isKnown(userId: string, address: string): Promise<boolean> {
    const rows = await rowsOf<unknown>(
      this.dataSource,
      `SELECT 1 FROM staff_known_addresses WHERE user_id = $1 AND address = $2 AND last_signed_in_at > now() - make_interval(days => $3)`,
      [userId, address, KNOWN_ADDRESS_DAYS],
    );
    return rows.length > 0;
  }

  async remember(userId: string, address: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO staff_known_addresses (user_id, address) VALUES ($1, $2)
       ON CONFLICT ON CONSTRAINT pk_staff_known_addresses DO UPDATE SET last_signed_in_at = now()`,
      [userId, address],
    );
  }
}

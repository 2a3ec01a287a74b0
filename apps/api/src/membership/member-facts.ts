import { maskName } from '@kgh/shared';
import { rowsOf, SqlRunner } from '../common/sql-rows';
import { decrypt } from '../crypto/secrets';
import type { CardCheckView } from './dto/membership-views.dto';

/** What a person at a counter or station is matched by against their ID card: only the ID's last four digits. */
export type MemberFacts = Omit<CardCheckView, 'valid'> & { memberId: string };

/**
 * The member's facts, the ID number decrypted here and cut to its last four digits before it leaves
 * this function. The caller audits the read. Null when there is no such member.
 */
export async function memberFacts(runner: SqlRunner, memberId: string, piiKey: Buffer): Promise<MemberFacts | null> {
  const [row] = await rowsOf<{
    member_number: string;
    name: string | null;
    id_number_encrypted: string | null;
    disabled_at: Date | null;
    union_org_id: string;
    union_name: string;
    joined_at: Date;
  }>(
    runner,
    `SELECT m.member_number, a.name, a.id_number_encrypted, u.disabled_at, m.union_org_id, o.name AS union_name, m.joined_at
       FROM members m
       JOIN users u ON u.id = m.user_id
       JOIN orgs o ON o.id = m.union_org_id
       LEFT JOIN membership_applications a ON a.id = m.application_id
      WHERE m.id = $1`,
    [memberId],
  );
  if (!row) return null;
  return {
    memberId,
    memberNumber: row.member_number,
    memberNameMasked: row.name === null ? null : maskName(row.name),
    idNumberLast4: row.id_number_encrypted === null ? null : decrypt(row.id_number_encrypted, piiKey).slice(-4),
    membershipActive: row.disabled_at === null,
    unionOrgId: row.union_org_id,
    unionName: row.union_name,
    joinedAt: row.joined_at,
  };
}

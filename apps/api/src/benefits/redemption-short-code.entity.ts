import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The 8 digits a provider may type instead of scanning, issued with a QR code and living as long.
 * Only a keyed HMAC of the digits is kept; the hash is unique, so no two unpurged codes share digits.
 */
@Entity('redemption_short_codes')
@Index('uq_redemption_short_codes_hash', ['codeHash'], { unique: true })
@Index('ix_redemption_short_codes_expires', ['expiresAt'])
export class RedemptionShortCode {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'claim_id' })
  claimId: string;

  /** The unique id of the QR code issued with it, recorded on the claim it redeems. */
  @Column({ type: 'text', name: 'code_id' })
  codeId: string;

  @Column({ type: 'text', name: 'code_hash' })
  codeHash: string;

  @Column({ type: 'timestamptz', name: 'expires_at' })
  expiresAt: Date;

  /** Set in the redemption's transaction: a used code never redeems again. */
  @Column({ type: 'timestamptz', name: 'used_at', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}

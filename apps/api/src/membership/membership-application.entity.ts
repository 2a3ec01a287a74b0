import type { ApplicationField, ApplicationStatus, EmployerCode, Gender, Occupation, TownCode } from '@kgh/shared';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A worker's request to join. The ID number is stored encrypted with a blind index; the partial
 * unique index makes "one person, one membership" hold even when two applications race.
 */
@Entity('membership_applications')
@Index('uq_membership_applications_live_id_number', ['idNumberIndex'], { unique: true, where: "status IN ('pending', 'approved')" })
@Index('uq_membership_applications_live_user', ['userId'], { unique: true, where: "status IN ('pending', 'approved')" })
@Index('ix_membership_applications_target_status', ['targetOrgId', 'status'])
@Index('ix_membership_applications_status_submitted', ['status', 'submittedAt'])
@Index('ix_membership_applications_enterprise', ['enterpriseId'])
@Check('ck_membership_applications_status', "status IN ('pending', 'approved', 'rejected')")
@Check('ck_membership_applications_reject_fields', "reject_fields <@ ARRAY['name', 'idNumber', 'phone', 'occupation', 'employer', 'townCode']::text[]")
export class MembershipApplication {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'user_id' })
  userId: string;

  @Column({ type: 'text' })
  name: string;

  /** AES-256-GCM: iv ‖ tag ‖ ciphertext, base64. */
  @Column({ type: 'text', name: 'id_number_encrypted', select: false })
  idNumberEncrypted: string;

  /** HMAC-SHA256 of the canonical ID number (separate key): uniqueness and lookup. */
  @Column({ type: 'text', name: 'id_number_index' })
  idNumberIndex: string;

  /** The last four digits only (maskIdNumber). */
  @Column({ type: 'text', name: 'id_number_masked' })
  idNumberMasked: string;

  @Column({ type: 'text' })
  gender: Gender;

  @Column({ type: 'text' })
  phone: string;

  @Column({ type: 'text' })
  occupation: Occupation;

  @Column({ type: 'text' })
  employer: EmployerCode;

  @Column({ type: 'text', name: 'town_code' })
  townCode: TownCode;

  /** The census enterprise the worker picked (null: not listed, or an application from before the census). */
  @Column({ type: 'uuid', name: 'enterprise_id', nullable: true })
  enterpriseId: string | null;

  /** The employer's name as typed when it is not in the census. */
  @Column({ type: 'text', name: 'employer_name', nullable: true })
  employerName: string | null;

  @Column({ type: 'uuid', name: 'target_org_id' })
  targetOrgId: string;

  /** Why the application went to that union, in words (union-routing.ts), as it was when submitted. */
  @Column({ type: 'text', name: 'routing_reason', nullable: true })
  routingReason: string | null;

  @Column({ type: 'text', name: 'consent_version' })
  consentVersion: string;

  @Column({ type: 'timestamptz', name: 'consented_at' })
  consentedAt: Date;

  @Column({ type: 'text', default: 'pending' })
  status: ApplicationStatus;

  @Column({ type: 'text', name: 'reject_reason', nullable: true })
  rejectReason: string | null;

  /** The answers staff named as wrong when rejecting: the worker fills these in again. */
  @Column({ type: 'text', array: true, name: 'reject_fields', default: () => "'{}'" })
  rejectFields: ApplicationField[];

  @Column({ type: 'uuid', name: 'reviewed_by', nullable: true })
  reviewedBy: string | null;

  @Column({ type: 'timestamptz', name: 'reviewed_at', nullable: true })
  reviewedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'submitted_at' })
  submittedAt: Date;
}

import type { Gender, Occupation } from '@kgh/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A union member, created when an application is approved. */
@Entity('members')
@Index('uq_members_user', ['userId'], { unique: true })
@Index('uq_members_application', ['applicationId'], { unique: true })
@Index('uq_members_id_number_index', ['idNumberIndex'], { unique: true })
@Index('uq_members_member_number', ['memberNumber'], { unique: true })
@Index('ix_members_union', ['unionOrgId'])
export class Member {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'user_id' })
  userId: string;

  @Column({ type: 'uuid', name: 'application_id' })
  applicationId: string;

  @Column({ type: 'text', name: 'id_number_index' })
  idNumberIndex: string;

  /** KQ2026000123: district prefix, year of joining, sequence. */
  @Column({ type: 'text', name: 'member_number' })
  memberNumber: string;

  @Column({ type: 'uuid', name: 'union_org_id' })
  unionOrgId: string;

  @Column({ type: 'text' })
  gender: Gender;

  @Column({ type: 'text' })
  occupation: Occupation;

  @Column({ type: 'timestamptz', name: 'joined_at' })
  joinedAt: Date;
}

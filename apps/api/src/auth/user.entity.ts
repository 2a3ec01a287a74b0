import type { Role } from '@kgh/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Anyone who signs in: workers by phone or WeChat, staff and providers by username. */
@Entity('users')
@Index('uq_users_phone', ['phone'], { unique: true, where: 'phone IS NOT NULL' })
@Index('uq_users_username', ['username'], { unique: true, where: 'username IS NOT NULL' })
@Index('uq_users_wechat_openid', ['wechatOpenId'], { unique: true, where: 'wechat_openid IS NOT NULL' })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  username: string | null;

  @Column({ type: 'text', name: 'password_hash', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ type: 'text', name: 'wechat_openid', nullable: true })
  wechatOpenId: string | null;

  @Column({ type: 'text', name: 'display_name' })
  displayName: string;

  @Column({ type: 'text', array: true })
  roles: Role[];

  /** Staff: the root of the subtree they may see. Providers: the organisation they serve. */
  @Column({ type: 'uuid', name: 'org_id', nullable: true })
  orgId: string | null;

  /** Set when an administrator disables the account: it can no longer sign in or use its tokens. */
  @Column({ type: 'timestamptz', name: 'disabled_at', nullable: true })
  disabledAt: Date | null;

  /** An initial or reset password: the account must choose its own before anything else. */
  @Column({ type: 'boolean', name: 'must_change_password', default: false })
  mustChangePassword: boolean;

  /** The last password sign-in (staff, admin and provider accounts). */
  @Column({ type: 'timestamptz', name: 'last_sign_in_at', nullable: true })
  lastSignInAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}

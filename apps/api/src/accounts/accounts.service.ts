import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ErrorCode } from '@kgh/shared';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AccessService, stillThere } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { User } from '../auth/user.entity';
import { AppException } from '../common/app-exception';
import { Page, pageOf } from '../common/page';
import { rowsOf } from '../common/sql-rows';
import { inSubtreeSql } from '../orgs/org-subtree';
import { Org } from '../orgs/org.entity';
import { accountRole, AccountRole, mayGrant } from './account-rank';
import { CreateAccountDto, ListAccountsQuery, UpdateAccountDto } from './accounts.dto';
import { AccountCreatedView, AccountView, accountView, InitialPasswordView } from './dto/account-views.dto';
import { aOneTimePassword, openAccount, requireAdminAtDistrict } from './open-account';

// Every account-management statement that could leave the district without an active admin holds it.
const DISTRICT_ADMINS_LOCK = 'accounts:district-admins';

const ROLE_FILTER: Record<AccountRole, string> = {
  admin: `'admin' = ANY(account.roles)`,
  staff: `'staff' = ANY(account.roles) AND NOT 'admin' = ANY(account.roles)`,
  mediator: `'mediator' = ANY(account.roles) AND NOT account.roles && '{staff,admin}'::text[]`,
  provider: `'provider' = ANY(account.roles) AND NOT account.roles && '{mediator,staff,admin}'::text[]`,
};

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Staff, admin and provider accounts, administered within the caller's subtree (town staff are their
 * town's account administrators), never raised above the caller's own role.
 */
@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(caller: AuthUser, query: ListAccountsQuery): Promise<Page<AccountView>> {
    const builder = this.users
      .createQueryBuilder('account')
      .leftJoinAndMapOne('account.org', Org, 'org', 'org.id = account.orgId')
      .where('account.username IS NOT NULL')
      .andWhere(`account.roles && '{provider,mediator,staff,admin}'::text[]`)
      .orderBy('account.createdAt', 'DESC')
      .addOrderBy('account.id', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    this.access.restrictToScope(builder, caller, Permission.AccountRead, 'account.orgId');
    if (query.q) builder.andWhere('(account.username ILIKE :q OR account.displayName ILIKE :q)', { q: likePattern(query.q) });
    if (query.role) builder.andWhere(ROLE_FILTER[query.role]);
    if (query.orgId) builder.andWhere(inSubtreeSql('account.org_id', ':filterOrgId'), { filterOrgId: query.orgId });
    if (query.status) builder.andWhere(query.status === 'active' ? 'account.disabledAt IS NULL' : 'account.disabledAt IS NOT NULL');
    const [rows, total] = await builder.getManyAndCount();
    return pageOf(
      rows.map((row) => accountView(row, (row as User & { org: Org | null }).org)),
      total,
      query,
    );
  }

  async create(caller: AuthUser, body: CreateAccountDto): Promise<AccountCreatedView> {
    await this.access.requireAccess(caller, Permission.AccountPlace, body.orgId);
    if (!mayGrant(caller.roles, body.role)) throw new AppException(ErrorCode.RoleNotGrantable, '不能开设比自己权限更高的账号');
    const oneTime = await aOneTimePassword();
    return this.dataSource.transaction(async (manager) => {
      const { user, initialPassword } = await openAccount(manager, this.audit, body, oneTime, { userId: caller.id, via: 'console' });
      return { account: await this.view(manager, user.id), initialPassword };
    });
  }

  async disable(caller: AuthUser, id: string): Promise<AccountView> {
    await this.access.requireAccess(caller, Permission.AccountManage, id);
    if (id.toLowerCase() === caller.id) throw new AppException(ErrorCode.CannotDisableSelf, '不能停用自己的账号');
    return this.dataSource.transaction(async (manager) => {
      const account = await this.managed(manager, caller, id);
      if (!account.disabledAt) {
        if (account.roles.includes('admin')) await this.requireAnotherActiveAdmin(manager, account.id);
        await manager.update(User, { id: account.id }, { disabledAt: new Date() });
        // Its sessions end: refresh tokens now, access tokens at their next request (AccessGuard).
        await manager.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [account.id]);
        await this.record(manager, caller, 'account.disabled', account);
      }
      return this.view(manager, account.id);
    });
  }

  async enable(caller: AuthUser, id: string): Promise<AccountView> {
    await this.access.requireAccess(caller, Permission.AccountManage, id);
    return this.dataSource.transaction(async (manager) => {
      const account = await this.managed(manager, caller, id);
      if (account.disabledAt) {
        await manager.update(User, { id: account.id }, { disabledAt: null });
        await this.record(manager, caller, 'account.enabled', account);
      }
      return this.view(manager, account.id);
    });
  }

  /** A new one-time password; the old one and every refresh token stop working. */
  async resetPassword(caller: AuthUser, id: string): Promise<InitialPasswordView> {
    await this.access.requireAccess(caller, Permission.AccountManage, id);
    const { password, passwordHash } = await aOneTimePassword();
    await this.dataSource.transaction(async (manager) => {
      const account = await this.managed(manager, caller, id);
      await manager.update(User, { id: account.id }, { passwordHash, mustChangePassword: true });
      await manager.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [account.id]);
      await this.record(manager, caller, 'account.password_reset', account);
    });
    return { initialPassword: password };
  }

  /** A new display name, or a move to another org in the caller's subtree (a district admin stays at the district). */
  async update(caller: AuthUser, id: string, body: UpdateAccountDto): Promise<AccountView> {
    await this.access.requireAccess(caller, Permission.AccountManage, id);
    if (body.orgId !== undefined) await this.access.requireAccess(caller, Permission.AccountPlace, body.orgId);
    return this.dataSource.transaction(async (manager) => {
      const account = await this.managed(manager, caller, id);
      const changes: Record<string, { from: string | null; to: string }> = {};
      if (body.displayName !== undefined && body.displayName !== account.displayName) {
        changes.displayName = { from: account.displayName, to: body.displayName };
      }
      if (body.orgId !== undefined && body.orgId.toLowerCase() !== account.orgId) {
        const org = stillThere(await manager.findOneBy(Org, { id: body.orgId }), 'org');
        // The last active admin can then never leave the district either.
        requireAdminAtDistrict(accountRole(account.roles)!, org);
        changes.orgId = { from: account.orgId, to: org.id };
      }
      if (Object.keys(changes).length > 0) {
        await manager.update(
          User,
          { id: account.id },
          { ...(changes.displayName && { displayName: changes.displayName.to }), ...(changes.orgId && { orgId: changes.orgId.to }) },
        );
        await this.record(manager, caller, 'account.updated', { ...account, orgId: changes.orgId?.to ?? account.orgId }, { changes });
      }
      return this.view(manager, account.id);
    });
  }

  /** The account, locked for this change, if the caller's role is not below it. */
  private async managed(manager: EntityManager, caller: AuthUser, id: string): Promise<User> {
    const account = stillThere(await manager.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } }), 'account');
    const role = accountRole(account.roles);
    if (!role || !mayGrant(caller.roles, role)) throw new AppException(ErrorCode.RoleNotGrantable, '不能管理比自己权限更高的账号');
    return account;
  }

  /**
   * Refuses to disable the district's last active admin. One transaction at a time counts (an
   * advisory lock held to commit), so two admins disabling each other at once leave one of them.
   */
  private async requireAnotherActiveAdmin(manager: EntityManager, adminId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [DISTRICT_ADMINS_LOCK]);
    const [{ others }] = await rowsOf<{ others: number }>(
      manager,
      `SELECT count(*)::int AS others FROM users WHERE 'admin' = ANY(roles) AND disabled_at IS NULL AND username IS NOT NULL AND id <> $1`,
      [adminId],
    );
    if (others === 0) throw new AppException(ErrorCode.LastAdmin, '这是区里最后一个启用中的管理员账号，不能停用');
  }

  private record(manager: EntityManager, caller: AuthUser, action: string, account: User, detail: object = {}): Promise<void> {
    return this.audit.record(
      { actorUserId: caller.id, action, entityType: 'account', entityId: account.id, orgId: account.orgId, detail: { username: account.username, ...detail } },
      manager,
    );
  }

  private async view(manager: EntityManager, id: string): Promise<AccountView> {
    const user = await manager.findOneByOrFail(User, { id });
    return accountView(user, user.orgId ? await manager.findOneBy(Org, { id: user.orgId }) : null);
  }
}

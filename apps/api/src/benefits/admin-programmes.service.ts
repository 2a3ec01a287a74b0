import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ErrorCode } from '@kgh/shared';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { AccessService, stillThere } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { User } from '../auth/user.entity';
import { AppException, notFound } from '../common/app-exception';
import { violates, violatesForeignKey } from '../common/database-errors';
import { Page, pageOf } from '../common/page';
import { PageQuery } from '../common/page.query';
import { rowsOf, updatedRow } from '../common/sql-rows';
import { BenefitClaim } from './benefit-claim.entity';
import { BenefitProgramme } from './benefit-programme.entity';
import { BenefitSession } from './benefit-session.entity';
import { adminProgrammeDetailView, adminProgrammeView, adminSessionView } from './benefit-views';
import { AdminProgrammeDetailView, AdminProgrammeView, AdminSessionView } from './dto/benefit-views.dto';
import { CreateProgrammeDto, CreateSessionDto, UpdateProgrammeDto, UpdateSessionDto } from './dto/programme.dto';
import { ProgrammeProvider } from './programme-provider.entity';
import { ProgrammeBudgetChange } from './programme-budget-change.entity';

const badRequest = (field: string, message: string) => new AppException(ErrorCode.ValidationFailed, message, [{ field, message }]);

/** Staff manage the programmes and sessions of their part of the union tree. */
@Injectable()
export class AdminProgrammesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(BenefitProgramme) private readonly programmes: Repository<BenefitProgramme>,
    @InjectRepository(BenefitSession) private readonly sessions: Repository<BenefitSession>,
    @InjectRepository(ProgrammeProvider) private readonly providers: Repository<ProgrammeProvider>,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(staff: AuthUser, page: PageQuery): Promise<Page<AdminProgrammeView>> {
    const query = this.programmes
      .createQueryBuilder('programme')
      .orderBy('programme.periodStart', 'ASC')
      .addOrderBy('programme.id', 'ASC')
      .skip((page.page - 1) * page.pageSize)
      .take(page.pageSize);
    const [programmes, total] = await this.access.restrictToScope(query, staff, Permission.ProgrammeManage, 'programme.orgId').getManyAndCount();
    return pageOf(programmes.map(adminProgrammeView), total, page);
  }

  async get(staff: AuthUser, id: string): Promise<AdminProgrammeDetailView> {
    await this.access.requireAccess(staff, Permission.ProgrammeManage, id);
    const programme = stillThere(await this.programmes.findOneBy({ id }), 'programme');
    const [sessions, providers] = await Promise.all([
      this.sessions.find({ where: { programmeId: id }, order: { startsAt: 'ASC', id: 'ASC' } }),
      this.providers.findBy({ programmeId: id }),
    ]);
    return adminProgrammeDetailView(
      programme,
      sessions,
      providers.map((p) => p.userId),
    );
  }

  async create(staff: AuthUser, dto: CreateProgrammeDto): Promise<AdminProgrammeDetailView> {
    const orgId = dto.orgId ?? staff.orgId;
    if (!orgId) throw notFound('工会组织');
    await this.access.requireAccess(staff, Permission.ProgrammeCreate, orgId);
    const { providerUserIds, ...fields } = dto;
    const values = this.checked({ ...fields, orgId, code: dto.code ?? `p-${randomBytes(5).toString('hex')}`, remaining: dto.capacity ?? null });
    try {
      const programme = await this.dataSource.transaction(async (manager) => {
        const saved = await manager.save(manager.create(BenefitProgramme, values));
        if (providerUserIds) await this.linkProviders(manager, saved.id, providerUserIds);
        await this.audit.record(
          {
            actorUserId: staff.id,
            action: 'benefit.programme.created',
            entityType: 'benefit_programme',
            entityId: saved.id,
            orgId,
            detail: { name: saved.name },
          },
          manager,
        );
        return saved;
      });
      return this.get(staff, programme.id);
    } catch (error) {
      if (violates(error, 'uq_benefit_programmes_code')) throw new AppException(ErrorCode.Conflict, '项目代码已存在');
      throw error;
    }
  }

  async update(staff: AuthUser, id: string, dto: UpdateProgrammeDto): Promise<AdminProgrammeDetailView> {
    await this.access.requireAccess(staff, Permission.ProgrammeManage, id);
    const current = stillThere(await this.programmes.findOneBy({ id }), 'programme');
    if (dto.orgId) await this.access.requireAccess(staff, Permission.ProgrammeCreate, dto.orgId);
    const { providerUserIds, capacity, budgetFen, ...fields } = dto;
    const merged = this.checked({ ...current, ...fields });
    await this.dataSource.transaction(async (manager) => {
      const switchesSessions = fields.hasSessions !== undefined && fields.hasSessions !== current.hasSessions;
      // Existing claims and sessions were made under the old answer; they would all stop making sense.
      if (switchesSessions && (await this.hasClaimsOrSessions(manager, id)))
        throw new AppException(ErrorCode.Conflict, '已有申领或批次的项目不能改变是否分批次');
      await manager.update(BenefitProgramme, { id }, { ...fields, periodStart: merged.periodStart, periodEnd: merged.periodEnd });
      if (capacity !== undefined) await this.changeProgrammeCapacity(manager, current, capacity);
      if (budgetFen !== undefined) {
        // Never below what is already spent; the same row lock orders it with running claims.
        const changed = await updatedRow(
          manager,
          `UPDATE benefit_programmes SET budget_fen = $2 WHERE id = $1 AND ($2::bigint IS NULL OR spent_fen <= $2::bigint)`,
          [id, budgetFen],
        );
        if (!changed) throw new AppException(ErrorCode.Conflict, '预算不能低于已支出的金额');
        // Kept so that a past month's report shows the budget as it was then.
        if (budgetFen !== current.budgetFen) {
          await manager.insert(ProgrammeBudgetChange, { programmeId: id, fromBudgetFen: current.budgetFen, toBudgetFen: budgetFen, changedBy: staff.id });
        }
      }
      if (providerUserIds) await this.linkProviders(manager, id, providerUserIds);
      await this.audit.record(
        { actorUserId: staff.id, action: 'benefit.programme.updated', entityType: 'benefit_programme', entityId: id, orgId: current.orgId, detail: { ...dto } },
        manager,
      );
    });
    return this.get(staff, id);
  }

  async remove(staff: AuthUser, id: string): Promise<void> {
    await this.access.requireAccess(staff, Permission.ProgrammeManage, id);
    const programme = stillThere(await this.programmes.findOneBy({ id }), 'programme');
    const inUse = () => new AppException(ErrorCode.Conflict, '已有申领记录的项目不能删除，可将其关闭');
    try {
      await this.dataSource.transaction(async (manager) => {
        if (await manager.existsBy(BenefitClaim, { programmeId: id })) throw inUse();
        // A concurrent delete may have got there first: only the one that removed the row answers 204.
        const { affected } = await manager.delete(BenefitProgramme, { id });
        if (!affected) throw notFound('福利项目');
        await this.audit.record(
          {
            actorUserId: staff.id,
            action: 'benefit.programme.deleted',
            entityType: 'benefit_programme',
            entityId: id,
            orgId: programme.orgId,
            detail: { name: programme.name },
          },
          manager,
        );
      });
    } catch (error) {
      // A claim committed after the check above: the foreign keys refuse the delete.
      if (violatesForeignKey(error, 'fk_benefit_claims_programme') || violatesForeignKey(error, 'fk_benefit_claims_session')) throw inUse();
      throw error;
    }
  }

  async addSession(staff: AuthUser, programmeId: string, dto: CreateSessionDto): Promise<AdminSessionView> {
    await this.access.requireAccess(staff, Permission.ProgrammeManage, programmeId);
    const programme = stillThere(await this.programmes.findOneBy({ id: programmeId }), 'programme');
    if (!programme.hasSessions) throw new AppException(ErrorCode.Conflict, '该项目不分批次');
    const times = this.sessionTimes(dto);
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.save(
        manager.create(BenefitSession, {
          programmeId,
          name: dto.name,
          location: dto.location ?? '',
          ...times,
          capacity: dto.capacity,
          remaining: dto.capacity,
        }),
      );
      await this.audit.record(
        {
          actorUserId: staff.id,
          action: 'benefit.session.created',
          entityType: 'benefit_session',
          entityId: session.id,
          orgId: programme.orgId,
          detail: { name: session.name, capacity: session.capacity },
        },
        manager,
      );
      return adminSessionView(session);
    });
  }

  async updateSession(staff: AuthUser, programmeId: string, sessionId: string, dto: UpdateSessionDto): Promise<AdminSessionView> {
    await this.access.requireAccess(staff, Permission.SessionManage, sessionId);
    const session = await this.findSession(programmeId, sessionId);
    const programme = stillThere(await this.programmes.findOneBy({ id: programmeId }), 'programme');
    const times = this.sessionTimes({ ...session, ...dto });
    return this.dataSource.transaction(async (manager) => {
      const { capacity, ...fields } = dto;
      await manager.update(BenefitSession, { id: sessionId }, { ...fields, ...times });
      if (capacity !== undefined) {
        // By the difference, in one statement: places taken meanwhile by running claims stay taken.
        const changed = await updatedRow(
          manager,
          `UPDATE benefit_sessions SET capacity = $2, remaining = remaining + ($2 - capacity) WHERE id = $1 AND remaining + ($2 - capacity) >= 0`,
          [sessionId, capacity],
        );
        if (!changed) throw new AppException(ErrorCode.Conflict, '名额不能少于已报名的人数');
      }
      await this.audit.record(
        {
          actorUserId: staff.id,
          action: 'benefit.session.updated',
          entityType: 'benefit_session',
          entityId: sessionId,
          orgId: programme.orgId,
          detail: { ...dto },
        },
        manager,
      );
      return adminSessionView(await manager.findOneByOrFail(BenefitSession, { id: sessionId }));
    });
  }

  async removeSession(staff: AuthUser, programmeId: string, sessionId: string): Promise<void> {
    await this.access.requireAccess(staff, Permission.SessionManage, sessionId);
    await this.findSession(programmeId, sessionId);
    const programme = stillThere(await this.programmes.findOneBy({ id: programmeId }), 'programme');
    const inUse = () => new AppException(ErrorCode.Conflict, '已有报名的批次不能删除');
    try {
      await this.dataSource.transaction(async (manager) => {
        if (await manager.existsBy(BenefitClaim, { sessionId })) throw inUse();
        // A concurrent delete may have got there first: only the one that removed the row answers 204.
        const { affected } = await manager.delete(BenefitSession, { id: sessionId });
        if (!affected) throw notFound('福利批次');
        await this.audit.record(
          { actorUserId: staff.id, action: 'benefit.session.deleted', entityType: 'benefit_session', entityId: sessionId, orgId: programme.orgId },
          manager,
        );
      });
    } catch (error) {
      // A claim committed after the check above: the foreign key refuses the delete.
      if (violatesForeignKey(error, 'fk_benefit_claims_session')) throw inUse();
      throw error;
    }
  }

  private async hasClaimsOrSessions(manager: EntityManager, programmeId: string): Promise<boolean> {
    const [row] = await rowsOf<{ used: boolean }>(
      manager,
      `SELECT EXISTS (SELECT 1 FROM benefit_claims WHERE programme_id = $1) OR EXISTS (SELECT 1 FROM benefit_sessions WHERE programme_id = $1) AS used`,
      [programmeId],
    );
    return row.used;
  }

  private async findSession(programmeId: string, sessionId: string): Promise<BenefitSession> {
    const session = await this.sessions.findOneBy({ id: sessionId, programmeId });
    if (!session) throw notFound('福利批次');
    return session;
  }

  private async changeProgrammeCapacity(manager: EntityManager, current: BenefitProgramme, capacity: number | null): Promise<void> {
    if ((current.capacity === null) !== (capacity === null)) {
      if (await manager.existsBy(BenefitClaim, { programmeId: current.id })) throw new AppException(ErrorCode.Conflict, '已有申领后不能改变名额方式');
      await manager.update(BenefitProgramme, { id: current.id }, { capacity, remaining: capacity });
      return;
    }
    if (capacity === null) return;
    const changed = await updatedRow(
      manager,
      `UPDATE benefit_programmes SET capacity = $2, remaining = remaining + ($2 - capacity) WHERE id = $1 AND remaining + ($2 - capacity) >= 0`,
      [current.id, capacity],
    );
    if (!changed) throw new AppException(ErrorCode.Conflict, '名额不能少于已申领的人数');
  }

  private async linkProviders(manager: EntityManager, programmeId: string, userIds: string[]): Promise<void> {
    const unique = [...new Set(userIds)];
    const users = unique.length ? await manager.findBy(User, { id: In(unique) }) : [];
    if (users.length !== unique.length || users.some((u) => !u.roles.includes('provider')))
      throw badRequest('providerUserIds', '服务机构账号不存在或不是服务机构');
    await manager.delete(ProgrammeProvider, { programmeId });
    if (unique.length)
      await manager.insert(
        ProgrammeProvider,
        unique.map((userId) => ({ programmeId, userId })),
      );
  }

  /** Cross-field rules the DTO cannot express; returns the values with dates parsed. */
  private checked<T extends { periodStart: string | Date; periodEnd: string | Date; claimPeriod: string; hasSessions: boolean }>(values: T) {
    const periodStart = new Date(values.periodStart);
    const periodEnd = new Date(values.periodEnd);
    if (periodEnd <= periodStart) throw badRequest('periodEnd', '结束时间应晚于开始时间');
    if (values.claimPeriod === 'session' && !values.hasSessions) throw badRequest('claimPeriod', '不分批次的项目不能按批次限领');
    return { ...values, periodStart, periodEnd };
  }

  private sessionTimes(values: { opensAt: string | Date; startsAt: string | Date; endsAt: string | Date }) {
    const [opensAt, startsAt, endsAt] = [values.opensAt, values.startsAt, values.endsAt].map((v) => new Date(v));
    if (endsAt <= startsAt) throw badRequest('endsAt', '结束时间应晚于开始时间');
    if (opensAt > startsAt) throw badRequest('opensAt', '报名开放时间应早于开始时间');
    return { opensAt, startsAt, endsAt };
  }
}

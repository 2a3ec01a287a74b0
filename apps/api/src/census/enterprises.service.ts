import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, TownCode, UNION_STATUS_CODES, UnionStatus } from '@kgh/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { AccessService, stillThere } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { AppException, notFound } from '../common/app-exception';
import { shanghaiToday } from '../common/calendar-day';
import { violates } from '../common/database-errors';
import { containing } from '../common/like-pattern';
import { Page, pageOf } from '../common/page';
import { rowsOf } from '../common/sql-rows';
import { Org } from '../orgs/org.entity';
import { OrgsService } from '../orgs/orgs.service';
import {
  ChangeUnionStatusDto,
  CreateEnterpriseDto,
  EnterpriseCountsQuery,
  ListEnterprisesQuery,
  LogVisitDto,
  SolveProblemDto,
  UpdateEnterpriseDto,
} from './census.dto';
import { EnterpriseExtras, enterpriseView, joinRate } from './census-views';
import {
  EnterpriseCountsView,
  EnterpriseDetailView,
  EnterpriseProblemView,
  EnterpriseStatusChangeView,
  EnterpriseView,
  EnterpriseVisitView,
} from './dto/census-views.dto';
import { Enterprise } from './enterprise.entity';
import { EnterpriseLedgerChange } from './enterprise-ledger-change.entity';
import { EnterpriseProblem } from './enterprise-problem.entity';
import { EnterpriseStatusChange } from './enterprise-status-change.entity';
import { EnterpriseVisit } from './enterprise-visit.entity';
import { problemAge } from './problem-age';

export const CREDIT_CODE_TAKEN_MESSAGE = '该统一社会信用代码已登记';
/** Created, or registered by an import: the first entry of every timeline. */
export const CREATED_REASON = '登记入普查台账';
/** The orgs of the tree that are no base-level union. */
const NOT_BASE_LEVEL = new Set(['district', 'town']);

const invalid = (field: string, message: string) => new AppException(ErrorCode.ValidationFailed, message, [{ field, message }]);

/** The census ledger: enterprises of the caller's subtree, their union status, visits and problems. */
@Injectable()
export class EnterprisesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Enterprise) private readonly enterprises: Repository<Enterprise>,
    private readonly orgs: OrgsService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(staff: AuthUser, query: ListEnterprisesQuery): Promise<Page<EnterpriseView>> {
    const builder = this.filtered(staff, query);
    if (query.unionStatus) builder.andWhere('enterprise.unionStatus = :unionStatus', { unionStatus: query.unionStatus });
    if (query.formationMode) builder.andWhere('enterprise.formationMode = :formationMode', { formationMode: query.formationMode });
    const [enterprises, total] = await builder
      .orderBy('enterprise.townCode')
      .addOrderBy('enterprise.name')
      .addOrderBy('enterprise.id')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    const extras = await this.extrasOf(enterprises.map((enterprise) => enterprise.id));
    return pageOf(
      enterprises.map((enterprise) => enterpriseView(enterprise, extras.get(enterprise.id)!)),
      total,
      query,
    );
  }

  async counts(staff: AuthUser, query: EnterpriseCountsQuery): Promise<EnterpriseCountsView> {
    const rows = await this.filtered(staff, query)
      .select('enterprise.unionStatus', 'status')
      .addSelect('count(*)::int', 'count')
      .groupBy('enterprise.unionStatus')
      .getRawMany<{ status: UnionStatus; count: number }>();
    const byStatus = Object.fromEntries(UNION_STATUS_CODES.map((status) => [status, 0])) as Record<UnionStatus, number>;
    for (const row of rows) byStatus[row.status] = row.count;
    return { total: rows.reduce((sum, row) => sum + row.count, 0), byStatus };
  }

  /** Every enterprise of the caller's, by town and name (the export). */
  inScope(staff: AuthUser): Promise<Enterprise[]> {
    return this.filtered(staff, {}).orderBy('enterprise.townCode').addOrderBy('enterprise.name').addOrderBy('enterprise.id').getMany();
  }

  /** The caller's enterprises matching town, industry and text. */
  private filtered(staff: AuthUser, query: EnterpriseCountsQuery): SelectQueryBuilder<Enterprise> {
    const builder = this.access.restrictToScope(this.enterprises.createQueryBuilder('enterprise'), staff, Permission.EnterpriseManage, 'enterprise.orgId');
    if (query.townCode) builder.andWhere('enterprise.townCode = :townCode', { townCode: query.townCode });
    if (query.industry) builder.andWhere('enterprise.industry = :industry', { industry: query.industry });
    const text = query.q?.trim();
    if (text) {
      builder.andWhere(
        '(enterprise.name ILIKE :text OR enterprise.creditCode ILIKE :text OR EXISTS (SELECT 1 FROM unnest(enterprise.brands) brand WHERE brand ILIKE :text))',
        { text: containing(text) },
      );
    }
    return builder;
  }

  /** Each enterprise's union name, joined members and open problems, in one query. */
  private async extrasOf(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, EnterpriseExtras>> {
    if (ids.length === 0) return new Map();
    const rows = await rowsOf<{ id: string; union_name: string | null; joined: number; open: number }>(
      manager,
      `SELECT e.id, o.name AS union_name,
              (SELECT count(*)::int FROM members m JOIN membership_applications a ON a.id = m.application_id WHERE a.enterprise_id = e.id) AS joined,
              (SELECT count(*)::int FROM enterprise_problems p WHERE p.enterprise_id = e.id AND NOT p.solved) AS open
         FROM enterprises e LEFT JOIN orgs o ON o.id = e.union_org_id
        WHERE e.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, { unionName: row.union_name, joinedMembers: row.joined, openProblems: row.open }]));
  }

  /** The whole record, the contact's phone included: the read is kept in the audit log. */
  async get(staff: AuthUser, id: string): Promise<EnterpriseDetailView> {
    await this.access.requireAccess(staff, Permission.EnterpriseManage, id);
    const enterprise = stillThere(await this.enterprises.findOneBy({ id }), 'enterprise');
    await this.audit.record({
      actorUserId: staff.id,
      action: 'enterprise.read',
      entityType: 'enterprise',
      entityId: id,
      orgId: enterprise.orgId,
      detail: { contactPhone: enterprise.contactPhone !== null },
    });
    return this.detail(enterprise);
  }

  private async detail(enterprise: Enterprise, manager: EntityManager = this.dataSource.manager): Promise<EnterpriseDetailView> {
    const extras = (await this.extrasOf([enterprise.id], manager)).get(enterprise.id)!;
    const view = enterpriseView(enterprise, extras);
    const [history, visits] = await Promise.all([this.history(enterprise.id, manager), this.visits(enterprise.id, manager)]);
    return { ...view, contactPhone: enterprise.contactPhone, joinRate: joinRate(view.joinedMembers, view.newFormWorkers), history, visits };
  }

  private async history(enterpriseId: string, manager: EntityManager): Promise<EnterpriseStatusChangeView[]> {
    const rows = await rowsOf<{
      id: string;
      from_status: UnionStatus | null;
      to_status: UnionStatus;
      formation_mode: EnterpriseStatusChangeView['formationMode'];
      union_org_id: string | null;
      union_name: string | null;
      reason: string;
      changed_by: string | null;
      changed_by_name: string | null;
      changed_at: Date;
    }>(
      manager,
      `SELECT c.id, c.from_status, c.to_status, c.formation_mode, c.union_org_id, o.name AS union_name, c.reason,
              c.changed_by, u.display_name AS changed_by_name, c.changed_at
         FROM enterprise_status_changes c
         LEFT JOIN orgs o ON o.id = c.union_org_id
         LEFT JOIN users u ON u.id = c.changed_by
        WHERE c.enterprise_id = $1
        ORDER BY c.changed_at, c.from_status NULLS FIRST, c.id`,
      [enterpriseId],
    );
    return rows.map((row) => ({
      id: row.id,
      fromStatus: row.from_status,
      toStatus: row.to_status,
      formationMode: row.formation_mode,
      union: row.union_org_id && row.union_name !== null ? { id: row.union_org_id, name: row.union_name } : null,
      reason: row.reason,
      changedBy: row.changed_by && row.changed_by_name !== null ? { id: row.changed_by, displayName: row.changed_by_name } : null,
      changedAt: row.changed_at,
    }));
  }

  private async visits(enterpriseId: string, manager: EntityManager): Promise<EnterpriseVisitView[]> {
    const visits = await rowsOf<{ id: string; visited_on: string; staff_id: string; staff_name: string | null; workers_met: number; note: string | null }>(
      manager,
      `SELECT v.id, to_char(v.visited_on, 'YYYY-MM-DD') AS visited_on, v.staff_id, u.display_name AS staff_name, v.workers_met, v.note
         FROM enterprise_visits v LEFT JOIN users u ON u.id = v.staff_id
        WHERE v.enterprise_id = $1
        ORDER BY v.visited_on DESC, v.created_at DESC, v.id`,
      [enterpriseId],
    );
    const problems = await this.problemsOf(
      visits.map((visit) => visit.id),
      manager,
    );
    return visits.map((visit) => ({
      id: visit.id,
      visitedOn: visit.visited_on,
      staff: { id: visit.staff_id, displayName: visit.staff_name ?? '（账号已删除）' },
      workersMet: visit.workers_met,
      note: visit.note,
      problems: problems.get(visit.id) ?? [],
    }));
  }

  private async problemsOf(visitIds: string[], manager: EntityManager, onlyId?: string): Promise<Map<string, EnterpriseProblemView[]>> {
    const byVisit = new Map<string, EnterpriseProblemView[]>();
    if (visitIds.length === 0) return byVisit;
    const today = shanghaiToday();
    const rows = await rowsOf<{ id: string; visit_id: string; description: string; solved: boolean; solved_on: string | null; visited_on: string }>(
      manager,
      `SELECT p.id, p.visit_id, p.description, p.solved, to_char(p.solved_on, 'YYYY-MM-DD') AS solved_on, to_char(v.visited_on, 'YYYY-MM-DD') AS visited_on
         FROM enterprise_problems p JOIN enterprise_visits v ON v.id = p.visit_id
        WHERE p.visit_id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR p.id = $2)
        ORDER BY p.position, p.created_at, p.id`,
      [visitIds, onlyId ?? null],
    );
    for (const row of rows) {
      const list = byVisit.get(row.visit_id) ?? [];
      list.push({ id: row.id, description: row.description, solved: row.solved, solvedOn: row.solved_on, ...problemAge(row.visited_on, row.solved_on, today) });
      byVisit.set(row.visit_id, list);
    }
    return byVisit;
  }

  async create(staff: AuthUser, body: CreateEnterpriseDto): Promise<EnterpriseDetailView> {
    const orgId = await this.townOrgFor(staff, body.townCode);
    return this.uniqueCreditCode(() =>
      this.dataSource.transaction(async (manager) => {
        const { unionStatus = 'not_established', ...fields } = body;
        const enterprise = await manager.save(
          manager.create(Enterprise, {
            ...fields,
            brands: body.brands ?? [],
            contactName: body.contactName ?? null,
            contactPhone: body.contactPhone ?? null,
            orgId,
            unionStatus,
          }),
        );
        await manager.insert(EnterpriseStatusChange, {
          enterpriseId: enterprise.id,
          fromStatus: null,
          toStatus: unionStatus,
          reason: CREATED_REASON,
          changedBy: staff.id,
        });
        await this.record(manager, staff, 'enterprise.create', enterprise, { name: enterprise.name, creditCode: enterprise.creditCode });
        return this.detail(enterprise, manager);
      }),
    );
  }

  async update(staff: AuthUser, id: string, body: UpdateEnterpriseDto): Promise<EnterpriseDetailView> {
    await this.access.requireAccess(staff, Permission.EnterpriseManage, id);
    const enterprise = stillThere(await this.enterprises.findOneBy({ id }), 'enterprise');
    const orgId = body.townCode && body.townCode !== enterprise.townCode ? await this.townOrgFor(staff, body.townCode) : enterprise.orgId;
    const workers = body.workers ?? enterprise.workers;
    const newFormWorkers = body.newFormWorkers ?? enterprise.newFormWorkers;
    if (newFormWorkers > workers) throw invalid('newFormWorkers', `新就业形态劳动者人数（${newFormWorkers}）不能多于职工总数（${workers}）`);
    const before = { newFormWorkers: enterprise.newFormWorkers, orgId: enterprise.orgId };
    return this.uniqueCreditCode(() =>
      this.dataSource.transaction(async (manager) => {
        const saved = await manager.save(manager.merge(Enterprise, enterprise, { ...body, orgId }));
        // The monthly report counts new-form workers and towns as they stood at a month's end.
        if (saved.newFormWorkers !== before.newFormWorkers || saved.orgId !== before.orgId) {
          await manager.insert(EnterpriseLedgerChange, {
            enterpriseId: id,
            fromNewFormWorkers: before.newFormWorkers,
            toNewFormWorkers: saved.newFormWorkers,
            fromOrgId: before.orgId,
            toOrgId: saved.orgId,
            changedBy: staff.id,
          });
        }
        await this.record(manager, staff, 'enterprise.update', saved, { fields: Object.keys(body) });
        return this.detail(saved, manager);
      }),
    );
  }

  /**
   * A new union status, with who, when and why kept in the timeline. Establishing needs the mode and
   * the union: an existing base-level union of the caller's, or a new one made under the town.
   */
  async changeStatus(staff: AuthUser, id: string, body: ChangeUnionStatusDto): Promise<EnterpriseDetailView> {
    await this.access.requireAccess(staff, Permission.EnterpriseManage, id);
    const establishing = body.unionStatus === 'established';
    if (establishing) {
      if (!body.formationMode) throw invalid('formationMode', '建会须选择建会方式（单独建、牵头建或推动建）');
      if (!body.unionOrgId === !body.newUnionName) throw invalid('unionOrgId', '建会须选择已有的基层工会，或填写新建工会的名称（二选一）');
      if (body.unionOrgId) await this.requireBaseLevelUnion(staff, body.unionOrgId);
    } else if (body.formationMode || body.unionOrgId || body.newUnionName) {
      const field = body.formationMode ? 'formationMode' : body.unionOrgId ? 'unionOrgId' : 'newUnionName';
      throw invalid(field, '只有建会（established）时才填写建会方式和工会');
    }
    return this.dataSource.transaction(async (manager) => {
      const enterprise = stillThere(await manager.findOne(Enterprise, { where: { id }, lock: { mode: 'pessimistic_write' } }), 'enterprise');
      const unchanged =
        enterprise.unionStatus === body.unionStatus &&
        (!establishing || (enterprise.formationMode === body.formationMode && !body.newUnionName && enterprise.unionOrgId === body.unionOrgId));
      if (unchanged) throw new AppException(ErrorCode.StatusUnchanged, '建会状态没有变化');
      const unionOrgId = establishing ? (body.unionOrgId ?? (await this.createUnion(manager, staff, enterprise, body.newUnionName!)).id) : null;
      const fromStatus = enterprise.unionStatus;
      enterprise.unionStatus = body.unionStatus;
      enterprise.formationMode = establishing ? body.formationMode! : null;
      enterprise.unionOrgId = unionOrgId;
      const saved = await manager.save(enterprise);
      await manager.insert(EnterpriseStatusChange, {
        enterpriseId: id,
        fromStatus,
        toStatus: body.unionStatus,
        formationMode: saved.formationMode,
        unionOrgId,
        reason: body.reason,
        changedBy: staff.id,
      });
      await this.record(manager, staff, 'enterprise.status.change', saved, {
        from: fromStatus,
        to: body.unionStatus,
        formationMode: saved.formationMode,
        unionOrgId,
        reason: body.reason,
      });
      return this.detail(saved, manager);
    });
  }

  private async requireBaseLevelUnion(staff: AuthUser, orgId: string): Promise<void> {
    await this.access.requireAccess(staff, Permission.EnterpriseUnionLink, orgId);
    const org = await this.dataSource.getRepository(Org).findOneBy({ id: orgId });
    if (!org) throw notFound('工会组织');
    if (NOT_BASE_LEVEL.has(org.kind)) throw invalid('unionOrgId', '请选择基层工会（不能是区、镇街总工会）');
  }

  /** A base-level union for the enterprise, under its town federation. */
  private async createUnion(manager: EntityManager, staff: AuthUser, enterprise: Enterprise, name: string): Promise<Org> {
    const town = await manager.findOneByOrFail(Org, { id: enterprise.orgId });
    const org = await manager.save(
      manager.create(Org, {
        code: `enterprise:${randomUUID()}`,
        name,
        kind: 'enterprise',
        parentId: town.id,
        townCode: enterprise.townCode,
        coveredEmployers: [],
        description: `${enterprise.name}（统一社会信用代码 ${enterprise.creditCode}）`,
        path: '',
      }),
    );
    org.path = `${town.path}/${org.id}`;
    await manager.update(Org, org.id, { path: org.path });
    await this.audit.record(
      { actorUserId: staff.id, action: 'org.create', entityType: 'org', entityId: org.id, orgId: org.id, detail: { name, enterpriseId: enterprise.id } },
      manager,
    );
    return org;
  }

  async logVisit(staff: AuthUser, id: string, body: LogVisitDto): Promise<EnterpriseVisitView> {
    await this.access.requireAccess(staff, Permission.EnterpriseManage, id);
    const enterprise = stillThere(await this.enterprises.findOneBy({ id }), 'enterprise');
    return this.dataSource.transaction(async (manager) => {
      const visit = await manager.save(
        manager.create(EnterpriseVisit, {
          enterpriseId: id,
          visitedOn: body.visitedOn,
          staffId: staff.id,
          workersMet: body.workersMet,
          note: body.note || null,
        }),
      );
      const problems = body.problems ?? [];
      if (problems.length > 0) {
        await manager.insert(
          EnterpriseProblem,
          problems.map((problem, position) => ({ visitId: visit.id, enterpriseId: id, description: problem.description, position })),
        );
      }
      await this.record(manager, staff, 'enterprise.visit', enterprise, { visitId: visit.id, workersMet: visit.workersMet, problems: problems.length });
      const [view] = (await this.visits(id, manager)).filter((one) => one.id === visit.id);
      return view;
    });
  }

  async solveProblem(staff: AuthUser, id: string, problemId: string, body: SolveProblemDto): Promise<EnterpriseProblemView> {
    await this.access.requireAccess(staff, Permission.EnterpriseManage, id);
    const enterprise = stillThere(await this.enterprises.findOneBy({ id }), 'enterprise');
    const problem = await this.dataSource.getRepository(EnterpriseProblem).findOneBy({ id: problemId, enterpriseId: id });
    if (!problem) throw notFound('问题');
    const [visit] = await rowsOf<{ visited_on: string }>(
      this.dataSource,
      `SELECT to_char(visited_on, 'YYYY-MM-DD') AS visited_on FROM enterprise_visits WHERE id = $1`,
      [problem.visitId],
    );
    const solvedOn = body.solvedOn ?? shanghaiToday();
    if (solvedOn < visit.visited_on) throw invalid('solvedOn', `解决日期不能早于走访日期（${visit.visited_on}）`);
    return this.dataSource.transaction(async (manager) => {
      // One conditional update: of two staff marking it at once, exactly one does.
      const result = await manager
        .createQueryBuilder()
        .update(EnterpriseProblem)
        .set({ solved: true, solvedOn, solvedBy: staff.id, solutionNote: body.note || null })
        .where('id = :id AND NOT solved', { id: problemId })
        .execute();
      if (result.affected !== 1) throw new AppException(ErrorCode.Conflict, '该问题已标记为解决');
      await this.record(manager, staff, 'enterprise.problem.solve', enterprise, { problemId, solvedOn });
      return (await this.problemsOf([problem.visitId], manager, problemId)).get(problem.visitId)![0];
    });
  }

  /** The town federation's org for a town, after checking the caller may register enterprises there. */
  async townOrgFor(staff: AuthUser, townCode: TownCode): Promise<string> {
    const orgId = (await this.townOrgIds()).get(townCode)!;
    await this.access.requireAccess(staff, Permission.EnterpriseCreate, orgId);
    return orgId;
  }

  async townOrgIds(): Promise<Map<string, string>> {
    return new Map((await this.orgs.towns()).map((town) => [town.code, town.orgId]));
  }

  async uniqueCreditCode<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (violates(error, 'uq_enterprises_credit_code')) {
        throw new AppException(ErrorCode.CreditCodeTaken, CREDIT_CODE_TAKEN_MESSAGE, [{ field: 'creditCode', message: CREDIT_CODE_TAKEN_MESSAGE }]);
      }
      throw error;
    }
  }

  private record(manager: EntityManager, staff: AuthUser, action: string, enterprise: Enterprise, detail: Record<string, unknown> = {}) {
    return this.audit.record({ actorUserId: staff.id, action, entityType: 'enterprise', entityId: enterprise.id, orgId: enterprise.orgId, detail }, manager);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, LegalStatus } from '@kgh/shared';
import { DataSource, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { AccessService, stillThere } from '../access/access.service';
import { Permission, reachesOf } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { AppException } from '../common/app-exception';
import { shanghaiDayEnd, shanghaiDayStart, shanghaiToday } from '../common/calendar-day';
import { containing } from '../common/like-pattern';
import { Page, pageOf } from '../common/page';
import { rowsOf } from '../common/sql-rows';
import { applyMove, requireMoveFields } from './case-moves';
import { CASE_TRANSITIONS, requireMove, TRIAGE_MOVES } from './case-transitions';
import { LegalAssigneesView, LegalCaseDetailView, LegalCaseView, LegalMediationSessionView } from './dto/legal-views.dto';
import {
  AnswerLegalRequestDto,
  AssignLegalCaseDto,
  LegalQueueQuery,
  LegalTransitionDto,
  ListLegalCasesQuery,
  RecordMediationSessionDto,
  RegisterLegalCaseDto,
  UpdateLegalAmountsDto,
} from './legal.dto';
import { requireRecoveredWithinAgreed } from './legal-amounts';
import { LegalAssignees } from './legal-assignees';
import { LegalActor, LegalHistory } from './legal-history';
import { LegalMediationSession } from './legal-mediation-session.entity';
import { LegalRequest } from './legal-request.entity';
import { STEP_TEXT } from './legal-step-text';
import { caseView, timelineEntryView } from './legal-views';
import { mediationDueOn, overdueSql, registrationDay } from './mediation-clock';

/** Statuses in which mediation sessions can be recorded. */
const SESSION_STATUSES: readonly LegalStatus[] = ['registered', 'mediating', 'agreed'];

const invalid = (field: string, message: string) => new AppException(ErrorCode.ValidationFailed, message, [{ field, message }]);
const staffActor = (staff: AuthUser): LegalActor => ({ id: staff.id, byWorker: false });
/** A second step of the same change: one millisecond later, so the timeline keeps the order. */
const after = (at: Date) => new Date(at.getTime() + 1);

/**
 * The union's side of legal help: the queue, the lists, the case with its timeline, and every move
 * of a case. Staff reach their subtree; a mediator only the cases assigned to them (404 otherwise).
 */
@Injectable()
export class LegalCasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(LegalRequest) private readonly requests: Repository<LegalRequest>,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly history: LegalHistory,
    private readonly assigneesOf: LegalAssignees,
  ) {}

  /** Requests waiting to be answered or registered, oldest first. Mediators get 403. */
  async queue(staff: AuthUser, query: LegalQueueQuery): Promise<Page<LegalCaseView>> {
    const builder = this.access.restrictToScope(this.requests.createQueryBuilder('r'), staff, Permission.LegalQueueRead, 'r.orgId');
    builder.andWhere(`r.status = 'submitted'`).orderBy('r.submittedAt', 'ASC').addOrderBy('r.id', 'ASC');
    return this.page(this.filtered(builder, query), query);
  }

  /** Requests, consultations and cases in reach, newest first. */
  async list(staff: AuthUser, query: ListLegalCasesQuery): Promise<Page<LegalCaseView>> {
    const builder = this.access.restrictToScope(this.requests.createQueryBuilder('r'), staff, Permission.LegalCaseWork, 'r.orgId', 'r.assigneeId');
    this.filtered(builder, query);
    if (query.status) builder.andWhere('r.status = :status', { status: query.status });
    if (query.kind) builder.andWhere('r.kind = :kind', { kind: query.kind });
    if (query.assigneeId) builder.andWhere('r.assigneeId = :assigneeId', { assigneeId: query.assigneeId });
    if (query.from) builder.andWhere('r.submittedAt >= :fromAt', { fromAt: shanghaiDayStart(query.from) });
    if (query.to) builder.andWhere('r.submittedAt < :toAt', { toAt: shanghaiDayEnd(query.to) });
    if (query.overdue !== undefined) builder.andWhere(`${query.overdue ? '' : 'NOT '}${overdueSql('r', ':today')}`, { today: shanghaiToday() });
    const text = query.q?.trim();
    if (text) builder.andWhere('(r.number ILIKE :text OR r.description ILIKE :text)', { text: containing(text) });
    builder.orderBy('r.submittedAt', 'DESC').addOrderBy('r.id', 'DESC');
    return this.page(builder, query);
  }

  private filtered(builder: SelectQueryBuilder<LegalRequest>, query: LegalQueueQuery): SelectQueryBuilder<LegalRequest> {
    if (query.townCode) builder.andWhere('r.townCode = :townCode', { townCode: query.townCode });
    if (query.topic) builder.andWhere('r.topic = :topic', { topic: query.topic });
    return builder;
  }

  private async page(builder: SelectQueryBuilder<LegalRequest>, query: LegalQueueQuery): Promise<Page<LegalCaseView>> {
    const [requests, total] = await builder
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    const extras = await this.history.extrasOf(requests.map((request) => request.id));
    const today = shanghaiToday();
    return pageOf(
      requests.map((request) => caseView(request, extras.get(request.id)!, today)),
      total,
      query,
    );
  }

  /** Mediators and staff the caller may assign cases to. */
  async assignees(staff: AuthUser): Promise<LegalAssigneesView> {
    await this.access.requireAccess(staff, Permission.LegalCaseTriage);
    return { items: await this.assigneesOf.forCaller(staff) };
  }

  /** The whole case with the worker's full phone, to call back. */
  async get(staff: AuthUser, id: string): Promise<LegalCaseDetailView> {
    await this.access.requireAccess(staff, Permission.LegalCaseWork, id);
    return this.detail(staff, stillThere(await this.requests.findOneBy({ id }), 'legalRequest'));
  }

  async answer(staff: AuthUser, id: string, body: AnswerLegalRequestDto): Promise<LegalCaseDetailView> {
    await this.access.requireAccess(staff, Permission.LegalCaseTriage, id);
    return this.dataSource.transaction(async (manager) => {
      const request = await this.history.locked(manager, id);
      const saved = await this.history.move(manager, request, staffActor(staff), 'answered', STEP_TEXT.answered(body.advice), { outcome: body.advice });
      return this.detail(staff, saved, manager);
    });
  }

  /** submitted → registered: the 15-day mediation period starts on today's Shanghai day. */
  async register(staff: AuthUser, id: string, body: RegisterLegalCaseDto): Promise<LegalCaseDetailView> {
    await this.access.requireAccess(staff, Permission.LegalCaseTriage, id);
    return this.dataSource.transaction(async (manager) => {
      const request = await this.history.locked(manager, id);
      if (body.assigneeId) await this.assigneesOf.requireEligible(manager, body.assigneeId, request);
      const at = new Date();
      request.registeredOn = registrationDay(at);
      request.mediationDueOn = mediationDueOn(request.registeredOn);
      if (body.amountClaimedFen !== undefined) request.amountClaimedFen = body.amountClaimedFen;
      let saved = await this.history.move(manager, request, staffActor(staff), 'registered', STEP_TEXT.registered(request.mediationDueOn), {
        detail: { registeredOn: request.registeredOn, mediationDueOn: request.mediationDueOn, amountClaimedFen: request.amountClaimedFen },
        at,
      });
      if (body.assigneeId) saved = await this.assignTo(manager, staff, saved, body.assigneeId, after(at));
      return this.detail(staff, saved, manager);
    });
  }

  /** Every move but answering and registering; each needs what MOVE_NEEDS names. */
  async transition(staff: AuthUser, id: string, body: LegalTransitionDto): Promise<LegalCaseDetailView> {
    if (TRIAGE_MOVES.includes(body.to)) {
      throw invalid('to', body.to === 'answered' ? '解答咨询请用 POST …/answer（填写解答内容）' : '立案请用 POST …/register');
    }
    await this.access.requireAccess(staff, Permission.LegalCaseWork, id);
    return this.dataSource.transaction(async (manager) => {
      const request = await this.history.locked(manager, id);
      // The table first: a move it refuses is 409 whatever the body says.
      requireMove(request.status, body.to);
      requireMoveFields(body);
      const { text, outcome } = applyMove(request, body);
      const saved = await this.history.move(manager, request, staffActor(staff), body.to, text, {
        outcome,
        detail: {
          reason: body.reason ?? null,
          amountAgreedFen: body.amountAgreedFen,
          amountRecoveredFen: body.amountRecoveredFen,
          referredTo: body.referredTo,
        },
      });
      return this.detail(staff, saved, manager);
    });
  }

  async assign(staff: AuthUser, id: string, body: AssignLegalCaseDto): Promise<LegalCaseDetailView> {
    await this.access.requireAccess(staff, Permission.LegalCaseTriage, id);
    return this.dataSource.transaction(async (manager) => {
      const request = await this.history.lockedOpen(manager, id);
      await this.assigneesOf.requireEligible(manager, body.assigneeId, request);
      if (request.assigneeId === body.assigneeId) throw new AppException(ErrorCode.StatusUnchanged, '该案件已由此人承办');
      return this.detail(staff, await this.assignTo(manager, staff, request, body.assigneeId, new Date()), manager);
    });
  }

  private async assignTo(manager: EntityManager, staff: AuthUser, request: LegalRequest, assigneeId: string, at: Date): Promise<LegalRequest> {
    const previous = request.assigneeId;
    request.assigneeId = assigneeId;
    const name = (await this.history.displayNames([assigneeId], manager)).get(assigneeId)!;
    return this.history.record(manager, request, staffActor(staff), {
      kind: 'assigned',
      text: STEP_TEXT.assigned(name),
      action: 'legal.assign',
      detail: { assigneeId, previousAssigneeId: previous },
      at,
    });
  }

  /** A session of a registered, mediating or agreed case; the first one of a registered case starts mediation. */
  async recordSession(staff: AuthUser, id: string, body: RecordMediationSessionDto): Promise<LegalCaseDetailView> {
    await this.access.requireAccess(staff, Permission.LegalCaseWork, id);
    return this.dataSource.transaction(async (manager) => {
      let request = await this.history.lockedOpen(manager, id);
      if (!SESSION_STATUSES.includes(request.status)) throw new AppException(ErrorCode.Conflict, '立案后、调解结束前才能记录调解');
      if (request.registeredOn && body.heldOn < request.registeredOn) throw invalid('heldOn', `调解日期不能早于立案日期（${request.registeredOn}）`);
      const at = new Date();
      if (request.status === 'registered') request = await this.history.move(manager, request, staffActor(staff), 'mediating', STEP_TEXT.mediating(), { at });
      const session = await manager.save(manager.create(LegalMediationSession, { requestId: id, ...body, recordedBy: staff.id }));
      const saved = await this.history.record(manager, request, staffActor(staff), {
        kind: 'session',
        text: STEP_TEXT.session(body.heldOn, body.form, body.result),
        action: 'legal.session.record',
        detail: { sessionId: session.id, heldOn: body.heldOn, form: body.form },
        at: after(at),
      });
      return this.detail(staff, saved, manager);
    });
  }

  /** Corrections of the amounts, recorded as a step with the amounts as they now stand. */
  async updateAmounts(staff: AuthUser, id: string, body: UpdateLegalAmountsDto): Promise<LegalCaseDetailView> {
    const { amountClaimedFen, amountAgreedFen, amountRecoveredFen, overAgreedReason } = body;
    if (amountClaimedFen === undefined && amountAgreedFen === undefined && amountRecoveredFen === undefined) {
      throw invalid('amountClaimedFen', '请至少填写一项金额');
    }
    await this.access.requireAccess(staff, Permission.LegalCaseWork, id);
    return this.dataSource.transaction(async (manager) => {
      const request = await this.history.locked(manager, id);
      if (amountClaimedFen !== undefined) request.amountClaimedFen = amountClaimedFen;
      if (amountAgreedFen !== undefined) request.amountAgreedFen = amountAgreedFen;
      if (amountRecoveredFen !== undefined) request.amountRecoveredFen = amountRecoveredFen;
      if (overAgreedReason) request.overAgreedReason = overAgreedReason;
      requireRecoveredWithinAgreed(request.amountRecoveredFen, request.amountAgreedFen, request.overAgreedReason);
      const saved = await this.history.record(manager, request, staffActor(staff), {
        kind: 'amounts',
        text: STEP_TEXT.amounts({ claimed: request.amountClaimedFen, agreed: request.amountAgreedFen, recovered: request.amountRecoveredFen }),
        action: 'legal.amounts.change',
        detail: { amountClaimedFen, amountAgreedFen, amountRecoveredFen, overAgreedReason: overAgreedReason ?? null },
      });
      return this.detail(staff, saved, manager);
    });
  }

  /** Every answer that carries the worker's full phone is kept in the audit log as a view of personal data. */
  private async detail(staff: AuthUser, request: LegalRequest, manager: EntityManager = this.dataSource.manager): Promise<LegalCaseDetailView> {
    await this.audit.record(
      {
        actorUserId: staff.id,
        action: 'legal.personal_data.read',
        entityType: 'legal_request',
        entityId: request.id,
        orgId: request.orgId,
        detail: { fields: ['phone'], number: request.number },
      },
      manager,
    );
    const extras = await this.history.extrasOfOne(request, manager);
    const events = await this.history.events(request.id, manager);
    const sessions = await this.sessions(request.id, manager);
    const mayTriage = reachesOf(staff.roles, Permission.LegalCaseTriage).length > 0;
    return {
      ...caseView(request, extras, shanghaiToday()),
      phone: request.phone,
      referredTo: request.referredTo,
      nextStatuses: CASE_TRANSITIONS[request.status].filter((to) => mayTriage || !TRIAGE_MOVES.includes(to)),
      sessions,
      timeline: events.map(timelineEntryView),
    };
  }

  private async sessions(requestId: string, manager: EntityManager): Promise<LegalMediationSessionView[]> {
    const rows = await rowsOf<{
      id: string;
      held_on: string;
      form: LegalMediationSessionView['form'];
      attendees: string;
      result: string;
      recorded_by: string;
      recorded_by_name: string | null;
      recorded_at: Date;
    }>(
      manager,
      `SELECT s.id, to_char(s.held_on, 'YYYY-MM-DD') AS held_on, s.form, s.attendees, s.result, s.recorded_by, u.display_name AS recorded_by_name, s.recorded_at
         FROM legal_mediation_sessions s LEFT JOIN users u ON u.id = s.recorded_by
        WHERE s.request_id = $1
        ORDER BY s.held_on, s.recorded_at, s.id`,
      [requestId],
    );
    return rows.map((row) => ({
      id: row.id,
      heldOn: row.held_on,
      form: row.form,
      attendees: row.attendees,
      result: row.result,
      recordedBy: { id: row.recorded_by, displayName: row.recorded_by_name ?? '（账号已删除）' },
      recordedAt: row.recorded_at,
    }));
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode, LegalStatus } from '@kgh/shared';
import { DataSource, EntityManager } from 'typeorm';
import { stillThere } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/app-exception';
import { rowsOf } from '../common/sql-rows';
import { isClosed, kindAfter, requireMove } from './case-transitions';
import { LegalRequest } from './legal-request.entity';
import { LegalEventKind, LegalRequestEvent } from './legal-request-event.entity';
import type { LegalEventRow, LegalExtras } from './legal-views';

/** Who acts on a request: the worker who made it, or a staff or mediator account. */
export interface LegalActor {
  id: string;
  byWorker: boolean;
}

/** One step to record: the event the worker reads and the audit entry behind it. */
export interface LegalStep {
  kind: LegalEventKind;
  text: string;
  /** The audit action, e.g. `legal.status.change`. */
  action: string;
  fromStatus?: LegalStatus | null;
  toStatus?: LegalStatus | null;
  detail?: Record<string, unknown>;
  /** Default now; a later step of the same change is given a later instant, so the timeline keeps their order. */
  at?: Date;
}

export const closedRequest = () => new AppException(ErrorCode.LegalRequestClosed, '该求助已办结，不能再补充或撤回');

/**
 * The writes every change of a request shares: the row locked for the transaction, then an event
 * (with the amounts as they now stand) and an audit entry for each step, committed with the change.
 */
@Injectable()
export class LegalHistory {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * The request, locked (SELECT … FOR UPDATE) until the transaction ends: of two changes at once the
   * second reads the first's result, so both cannot apply to the same status.
   */
  async locked(manager: EntityManager, id: string): Promise<LegalRequest> {
    return stillThere(await manager.findOne(LegalRequest, { where: { id }, lock: { mode: 'pessimistic_write' } }), 'legalRequest');
  }

  /** Locked and still open (not answered, fulfilled, declined, referred or withdrawn), else 409 LEGAL_REQUEST_CLOSED. */
  async lockedOpen(manager: EntityManager, id: string): Promise<LegalRequest> {
    const request = await this.locked(manager, id);
    if (isClosed(request.status)) throw closedRequest();
    return request;
  }

  /** Saves the request and writes the step's event and audit rows. */
  async record(manager: EntityManager, request: LegalRequest, actor: LegalActor, step: LegalStep): Promise<LegalRequest> {
    const saved = await manager.save(request);
    await manager.insert(LegalRequestEvent, {
      requestId: saved.id,
      at: step.at ?? new Date(),
      actorUserId: actor.id,
      byWorker: actor.byWorker,
      kind: step.kind,
      fromStatus: step.fromStatus ?? null,
      toStatus: step.toStatus ?? null,
      text: step.text,
      amountClaimedFen: saved.amountClaimedFen,
      amountAgreedFen: saved.amountAgreedFen,
      amountRecoveredFen: saved.amountRecoveredFen,
    });
    const moved = step.fromStatus !== undefined || step.toStatus !== undefined ? { from: step.fromStatus ?? null, to: step.toStatus ?? null } : {};
    await this.audit.record(
      { actorUserId: actor.id, action: step.action, entityType: 'legal_request', entityId: saved.id, orgId: saved.orgId, detail: { ...moved, ...step.detail } },
      manager,
    );
    return saved;
  }

  /** Moves the request to `to` if the table allows it (else 409 ILLEGAL_TRANSITION), with `outcome` when it ends there. */
  async move(
    manager: EntityManager,
    request: LegalRequest,
    actor: LegalActor,
    to: LegalStatus,
    text: string,
    options: { outcome?: string; detail?: Record<string, unknown>; at?: Date } = {},
  ): Promise<LegalRequest> {
    const from = request.status;
    requireMove(from, to);
    const at = options.at ?? new Date();
    request.status = to;
    request.kind = kindAfter(request.kind, to);
    if (options.outcome !== undefined) request.outcome = options.outcome;
    if (isClosed(to)) request.closedAt = at;
    return this.record(manager, request, actor, {
      kind: 'status',
      text,
      action: 'legal.status.change',
      fromStatus: from,
      toStatus: to,
      detail: options.detail,
      at,
    });
  }

  /** Each request's org name, assignee's name and (for a member) the worker's name, in one query. */
  async extrasOf(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, LegalExtras>> {
    if (ids.length === 0) return new Map();
    const rows = await rowsOf<{ id: string; org_name: string; assignee_name: string | null; applicant_name: string | null }>(
      manager,
      `SELECT r.id, o.name AS org_name, u.display_name AS assignee_name,
              (SELECT a.name FROM members m JOIN membership_applications a ON a.id = m.application_id WHERE m.user_id = r.user_id) AS applicant_name
         FROM legal_requests r JOIN orgs o ON o.id = r.org_id LEFT JOIN users u ON u.id = r.assignee_id
        WHERE r.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, { orgName: row.org_name, assigneeName: row.assignee_name, applicantName: row.applicant_name }]));
  }

  async extrasOfOne(request: LegalRequest, manager: EntityManager = this.dataSource.manager): Promise<LegalExtras> {
    return (await this.extrasOf([request.id], manager)).get(request.id)!;
  }

  /** Oldest first, with the acting account's display name. */
  async events(requestId: string, manager: EntityManager = this.dataSource.manager): Promise<LegalEventRow[]> {
    const events = await manager
      .createQueryBuilder(LegalRequestEvent, 'event')
      .where('event.requestId = :requestId', { requestId })
      .orderBy('event.at')
      .addOrderBy('event.id')
      .getMany();
    const names = await this.displayNames(
      events.map((event) => event.actorUserId).filter((id): id is string => id !== null),
      manager,
    );
    return events.map((event) => Object.assign(event, { actorName: event.actorUserId ? (names.get(event.actorUserId) ?? null) : null }));
  }

  async displayNames(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await rowsOf<{ id: string; display_name: string }>(manager, `SELECT id, display_name FROM users WHERE id = ANY($1::uuid[])`, [
      [...new Set(ids)],
    ]);
    return new Map(rows.map((row) => [row.id, row.display_name]));
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AccessService, stillThere } from '../access/access.service';
import { Permission } from '../access/permission';
import type { AuthUser } from '../auth/auth-user';
import { shanghaiToday } from '../common/calendar-day';
import { rowsOf } from '../common/sql-rows';
import { OrgsService } from '../orgs/orgs.service';
import { LegalRequestDetailView, LegalRequestListView, LegalRequestView } from './dto/legal-views.dto';
import { AddLegalNoteDto, CreateLegalRequestDto, WithdrawLegalRequestDto } from './legal.dto';
import { LegalActor, LegalHistory } from './legal-history';
import { LegalRequest } from './legal-request.entity';
import { STEP_TEXT } from './legal-step-text';
import { requestDetailView, requestView } from './legal-views';
import { requestDueOn } from './mediation-clock';

const workerActor = (worker: AuthUser): LegalActor => ({ id: worker.id, byWorker: true });

/** A worker's own requests for legal help: ask, follow each step, add information, withdraw. */
@Injectable()
export class LegalRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(LegalRequest) private readonly requests: Repository<LegalRequest>,
    private readonly access: AccessService,
    private readonly orgs: OrgsService,
    private readonly history: LegalHistory,
  ) {}

  /** Routed to the town federation of `townCode`; whether the asker is a member is stamped now. */
  async create(worker: AuthUser, body: CreateLegalRequestDto): Promise<LegalRequestView> {
    await this.access.requireAccess(worker, Permission.LegalRequestOwn);
    const town = (await this.orgs.towns()).find((one) => one.code === body.townCode)!;
    const [{ member }] = await rowsOf<{ member: boolean }>(this.dataSource, `SELECT EXISTS (SELECT 1 FROM members WHERE user_id = $1) AS member`, [worker.id]);
    const submittedAt = new Date();
    return this.dataSource.transaction(async (manager) => {
      const request = manager.create(LegalRequest, {
        number: await nextNumber(manager, submittedAt),
        userId: worker.id,
        topic: body.topic,
        against: body.against,
        againstName: body.againstName || null,
        description: body.description,
        amountClaimedFen: body.amountClaimedFen ?? null,
        workersAffected: body.workersAffected ?? 1,
        isMember: member,
        phone: body.phone,
        townCode: body.townCode,
        orgId: town.orgId,
        status: 'submitted',
        kind: 'request',
        submittedAt,
      });
      const saved = await this.history.record(manager, request, workerActor(worker), {
        kind: 'status',
        text: STEP_TEXT.submitted(body.topic, requestDueOn(submittedAt)),
        action: 'legal.request.create',
        fromStatus: null,
        toStatus: 'submitted',
        detail: { number: request.number, topic: body.topic },
        at: submittedAt,
      });
      return requestView(saved, await this.history.extrasOfOne(saved, manager));
    });
  }

  /** Newest first. */
  async mine(worker: AuthUser): Promise<LegalRequestListView> {
    await this.access.requireAccess(worker, Permission.LegalRequestOwn);
    const requests = await this.requests.find({ where: { userId: worker.id }, order: { submittedAt: 'DESC', id: 'DESC' } });
    const extras = await this.history.extrasOf(requests.map((request) => request.id));
    return { items: requests.map((request) => requestView(request, extras.get(request.id)!)) };
  }

  async get(worker: AuthUser, id: string): Promise<LegalRequestDetailView> {
    await this.access.requireAccess(worker, Permission.LegalRequestOwn, id);
    return this.detail(stillThere(await this.requests.findOneBy({ id }), 'legalRequest'));
  }

  async addNote(worker: AuthUser, id: string, body: AddLegalNoteDto): Promise<LegalRequestDetailView> {
    await this.access.requireAccess(worker, Permission.LegalRequestOwn, id);
    return this.dataSource.transaction(async (manager) => {
      const request = await this.history.lockedOpen(manager, id);
      const saved = await this.history.record(manager, request, workerActor(worker), {
        kind: 'note',
        text: STEP_TEXT.note(body.text),
        action: 'legal.note.add',
      });
      return this.detail(saved, manager);
    });
  }

  async withdraw(worker: AuthUser, id: string, body: WithdrawLegalRequestDto): Promise<LegalRequestDetailView> {
    await this.access.requireAccess(worker, Permission.LegalRequestOwn, id);
    return this.dataSource.transaction(async (manager) => {
      const request = await this.history.lockedOpen(manager, id);
      const text = STEP_TEXT.withdrawnByWorker(body.reason);
      const saved = await this.history.move(manager, request, workerActor(worker), 'withdrawn', text, {
        outcome: text,
        detail: { reason: body.reason ?? null },
      });
      return this.detail(saved, manager);
    });
  }

  private async detail(request: LegalRequest, manager: EntityManager = this.dataSource.manager): Promise<LegalRequestDetailView> {
    const extras = await this.history.extrasOfOne(request, manager);
    return requestDetailView(request, extras, await this.history.events(request.id, manager));
  }
}

/**
 * WQ + the Shanghai day + the day's next 4-digit sequence. One transaction at a time takes a
 * number (an advisory lock held to commit); uq_legal_requests_number is the backstop.
 */
async function nextNumber(manager: EntityManager, at: Date): Promise<string> {
  const prefix = `WQ${shanghaiToday(at).replaceAll('-', '')}-`;
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('legal_requests.number'))`);
  const [{ last }] = await rowsOf<{ last: number }>(
    manager,
    `SELECT coalesce(max(substring(number FROM 12)::int), 0) AS last FROM legal_requests WHERE number LIKE $1`,
    [`${prefix}%`],
  );
  return `${prefix}${String(last + 1).padStart(4, '0')}`;
}

import { maskName, maskPhone } from '@kgh/shared';
import type { LegalCaseView, LegalRequestDetailView, LegalRequestView, LegalStepView, LegalTimelineEntryView } from './dto/legal-views.dto';
import { isMediationOverdue, isRequestOverdue, requestDueOn } from './mediation-clock';
import type { LegalRequest } from './legal-request.entity';
import type { LegalRequestEvent } from './legal-request-event.entity';

/** What a view needs beside the request's own columns, read in one query (legal-history.ts). */
export interface LegalExtras {
  orgName: string;
  assigneeName: string | null;
  /** The worker's name from their membership; null when they are no member. */
  applicantName: string | null;
}

/** An event with the display name of the account that acted. */
export type LegalEventRow = LegalRequestEvent & { actorName: string | null };

export const NOT_A_MEMBER_NAME = '未入会职工';

export function requestView(request: LegalRequest, extras: LegalExtras): LegalRequestView {
  return {
    id: request.id,
    number: request.number,
    topic: request.topic,
    against: request.against,
    againstName: request.againstName,
    description: request.description,
    amountClaimedFen: request.amountClaimedFen,
    workersAffected: request.workersAffected,
    isMember: request.isMember,
    townCode: request.townCode,
    org: { id: request.orgId, name: extras.orgName },
    status: request.status,
    kind: request.kind,
    submittedAt: request.submittedAt,
    dueOn: requestDueOn(request.submittedAt),
    outcome: request.outcome,
    updatedAt: request.updatedAt,
  };
}

/** A step as the worker reads it: by the worker or by 工会, never naming staff. */
export function stepView(event: LegalRequestEvent): LegalStepView {
  return { id: event.id, at: event.at, by: event.byWorker ? 'worker' : 'union', status: event.kind === 'status' ? event.toStatus : null, text: event.text };
}

export function requestDetailView(request: LegalRequest, extras: LegalExtras, events: LegalRequestEvent[]): LegalRequestDetailView {
  return {
    ...requestView(request, extras),
    phoneMasked: maskPhone(request.phone),
    amountAgreedFen: request.amountAgreedFen,
    amountRecoveredFen: request.amountRecoveredFen,
    steps: events.map(stepView),
  };
}

export function caseView(request: LegalRequest, extras: LegalExtras, today: string): LegalCaseView {
  const view = requestView(request, extras);
  return {
    ...view,
    applicantNameMasked: extras.applicantName ? maskName(extras.applicantName) : NOT_A_MEMBER_NAME,
    phoneMasked: maskPhone(request.phone),
    assignee: request.assigneeId && extras.assigneeName !== null ? { id: request.assigneeId, displayName: extras.assigneeName } : null,
    registeredOn: request.registeredOn,
    mediationDueOn: request.mediationDueOn,
    mediationOverdue: isMediationOverdue(request.status, request.mediationDueOn, today),
    requestOverdue: isRequestOverdue(request.status, view.dueOn, today),
    amountAgreedFen: request.amountAgreedFen,
    amountRecoveredFen: request.amountRecoveredFen,
  };
}

/** A timeline entry for staff: the worker's own steps have no actor. */
export function timelineEntryView(event: LegalEventRow): LegalTimelineEntryView {
  const actor = event.byWorker || !event.actorUserId ? null : { id: event.actorUserId, displayName: event.actorName ?? '（账号已删除）' };
  return { id: event.id, at: event.at, actor, kind: event.kind, fromStatus: event.fromStatus, toStatus: event.toStatus, text: event.text };
}

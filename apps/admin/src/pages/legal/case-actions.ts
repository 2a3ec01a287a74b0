import type { OperationOf, RequestOf, Schema } from '@kgh/api-client';
import type { LegalStatus } from '@kgh/shared';
import { api } from '../../api/client';

export type LegalCaseDetail = Schema<'LegalCaseDetailView'>;

/** What staff (or the assigned mediator) can do to a request or case from its page. */
export type CaseAction = 'answer' | 'register' | 'assign' | 'session' | 'agreed' | 'fulfilled' | 'failed' | 'referred' | 'declined' | 'withdrawn';
export type TransitionTo = Extract<CaseAction, LegalStatus>;

export const ACTION_LABELS: Record<CaseAction, string> = {
  answer: '作为咨询解答',
  register: '立案',
  assign: '指派',
  session: '记录调解',
  agreed: '达成协议',
  fulfilled: '履行完毕',
  failed: '调解未成',
  referred: '转仲裁/诉讼',
  declined: '不予受理',
  withdrawn: '撤回',
};

const DONE: Record<CaseAction, string> = {
  answer: '已作为咨询解答，职工可看到解答内容',
  register: '已立案，调解期限15天',
  assign: '已指派',
  session: '调解记录已保存',
  agreed: '已记录调解协议',
  fulfilled: '已履行完毕，案件办结',
  failed: '已记录调解未成',
  referred: '已记录转仲裁/诉讼',
  declined: '已不予受理，职工可看到原因',
  withdrawn: '已撤回',
};

/** The moves that end a case badly or undo it: their buttons are red. */
export const DANGEROUS: readonly CaseAction[] = ['failed', 'declined', 'withdrawn'];

/** Where a status the API offers in `nextStatuses` is reached from this page. */
const BY_STATUS: Partial<Record<LegalStatus, CaseAction>> = {
  answered: 'answer',
  registered: 'register',
  agreed: 'agreed',
  fulfilled: 'fulfilled',
  failed: 'failed',
  referred: 'referred',
  declined: 'declined',
  withdrawn: 'withdrawn',
};
const ORDER = Object.keys(ACTION_LABELS) as CaseAction[];
/** Sessions are recorded while the case is worked; the first one starts the mediation. */
const IN_MEDIATION: readonly LegalStatus[] = ['registered', 'mediating', 'agreed'];

/** The actions to offer, in the order the work goes: the API's `nextStatuses`, plus assigning and sessions. */
export function actionsFor(detail: Pick<LegalCaseDetail, 'status' | 'nextStatuses'>, mayAssign: boolean): CaseAction[] {
  const offered = new Set(detail.nextStatuses.flatMap((status) => BY_STATUS[status] ?? []));
  if (IN_MEDIATION.includes(detail.status)) offered.add('session');
  if (mayAssign && IN_MEDIATION.includes(detail.status)) offered.add('assign');
  return ORDER.filter((action) => offered.has(action));
}

type Path<Action extends string> = `/api/v1/admin/legal/cases/{id}/${Action}`;
type BodyOf<Action extends 'answer' | 'register' | 'assign' | 'sessions' | 'transition'> =
  RequestOf<OperationOf<Path<Action>, 'post'>> extends { body: infer B } ? B : never;

/** One request an action sends: which endpoint of the case, and its body (amounts already in fen). */
export type CaseRequest =
  | { to: 'answer'; body: BodyOf<'answer'> }
  | { to: 'register'; body: BodyOf<'register'> }
  | { to: 'assign'; body: BodyOf<'assign'> }
  | { to: 'sessions'; body: BodyOf<'sessions'> }
  | { to: 'transition'; body: BodyOf<'transition'> };

export async function sendCaseRequest(id: string, request: CaseRequest): Promise<void> {
  const path = { id };
  switch (request.to) {
    case 'answer':
      await api.POST('/api/v1/admin/legal/cases/{id}/answer', { path, body: request.body });
      return;
    case 'register':
      await api.POST('/api/v1/admin/legal/cases/{id}/register', { path, body: request.body });
      return;
    case 'assign':
      await api.POST('/api/v1/admin/legal/cases/{id}/assign', { path, body: request.body });
      return;
    case 'sessions':
      await api.POST('/api/v1/admin/legal/cases/{id}/sessions', { path, body: request.body });
      return;
    case 'transition':
      await api.POST('/api/v1/admin/legal/cases/{id}/transition', { path, body: request.body });
  }
}

export const doneMessage = (action: CaseAction) => DONE[action];

import { CLOSED_LEGAL_STATUSES, ErrorCode, LEGAL_STATUSES, LegalStatus } from '@kgh/shared';
import { AppException } from '../common/app-exception';
import type { LegalKind } from './legal-request.entity';

/**
 * The legal-help state machine, the one table: a request waits as submitted until it is answered
 * (a consultation) or registered (a case); a case is mediated to an agreement that is fulfilled, or
 * ends declined, failed → referred, or withdrawn. Every status change goes through `requireMove`.
 */
export const CASE_TRANSITIONS: Record<LegalStatus, readonly LegalStatus[]> = {
  submitted: ['answered', 'registered', 'declined', 'withdrawn'],
  registered: ['mediating', 'declined', 'withdrawn'],
  mediating: ['agreed', 'failed', 'withdrawn'],
  agreed: ['fulfilled', 'failed'],
  failed: ['referred'],
  answered: [],
  fulfilled: [],
  declined: [],
  referred: [],
  withdrawn: [],
};

/** Moves with a route of their own (they take other fields): answering and registering a request. */
export const TRIAGE_MOVES: readonly LegalStatus[] = ['answered', 'registered'];

const NAMES = new Map<LegalStatus, string>(LEGAL_STATUSES.map((status) => [status.code, status.name]));

export const statusName = (status: LegalStatus): string => NAMES.get(status)!;

export function mayMove(from: LegalStatus, to: LegalStatus): boolean {
  return CASE_TRANSITIONS[from].includes(to);
}

/** Done with: nothing more can be added, and it cannot be withdrawn. */
export function isClosed(status: LegalStatus): boolean {
  return CLOSED_LEGAL_STATUSES.includes(status);
}

/** Throws 409 ILLEGAL_TRANSITION naming both states unless the table allows `from` → `to`. */
export function requireMove(from: LegalStatus, to: LegalStatus): void {
  if (mayMove(from, to)) return;
  const message = `不能从“${statusName(from)}”变为“${statusName(to)}”`;
  throw new AppException(ErrorCode.IllegalTransition, message, [{ field: 'to', message, from, to }]);
}

/** Answering makes a request a consultation, registering makes it a case; other moves keep its kind. */
export function kindAfter(kind: LegalKind, to: LegalStatus): LegalKind {
  if (to === 'answered') return 'consultation';
  if (to === 'registered') return 'case';
  return kind;
}

import { ErrorCode, LegalStatus } from '@kgh/shared';
import { AppException } from '../common/app-exception';
import type { LegalTransitionDto } from './legal.dto';
import { requireRecoveredWithinAgreed } from './legal-amounts';
import type { LegalRequest } from './legal-request.entity';
import { STEP_TEXT } from './legal-step-text';

// What each move of a case carries (the allowed moves themselves are case-transitions.ts): the
// fields it needs, what it sets on the request, the worker's text for the step and the outcome.

/** What a move needs besides being allowed, named by the transition body's fields. */
export const MOVE_NEEDS: Partial<Record<LegalStatus, readonly ('reason' | 'amountAgreedFen' | 'amountRecoveredFen' | 'referredTo')[]>> = {
  declined: ['reason'],
  failed: ['reason'],
  withdrawn: ['reason'],
  agreed: ['amountAgreedFen', 'reason'],
  fulfilled: ['amountRecoveredFen'],
  referred: ['referredTo'],
};

const FIELD_NAMES: Record<string, string> = {
  reason: 'reason（说明）',
  amountAgreedFen: 'amountAgreedFen（协议金额）',
  amountRecoveredFen: 'amountRecoveredFen（追回金额）',
  referredTo: 'referredTo（转往机构）',
  overAgreedReason: 'overAgreedReason（超出协议金额的原因）',
};

const invalid = (field: string, message: string) => new AppException(ErrorCode.ValidationFailed, message, [{ field, message }]);

/** 400 naming the first field the move needs and did not get, or one it does not take. */
export function requireMoveFields(body: LegalTransitionDto): void {
  const needs = MOVE_NEEDS[body.to] ?? [];
  const missing = needs.find((field) => body[field] === undefined);
  if (missing) throw invalid(missing, `变更为该状态须填写 ${FIELD_NAMES[missing]}`);
  const takes = new Set<string>([...needs, 'reason', 'to', ...(body.to === 'fulfilled' ? ['overAgreedReason'] : [])]);
  const extra = Object.keys(body).find((field) => body[field as keyof LegalTransitionDto] !== undefined && !takes.has(field));
  if (extra) throw invalid(extra, `变更为该状态不需要 ${FIELD_NAMES[extra] ?? extra}`);
}

/** Sets what the move carries on the request; the worker's text for the step and the outcome it leaves. */
export function applyMove(request: LegalRequest, body: LegalTransitionDto): { text: string; outcome?: string } {
  const reason = body.reason!;
  switch (body.to) {
    case 'declined':
      return { text: STEP_TEXT.declined(reason), outcome: reason };
    case 'failed':
      return { text: STEP_TEXT.failed(reason), outcome: STEP_TEXT.failed(reason) };
    case 'withdrawn':
      return { text: STEP_TEXT.withdrawnByUnion(reason), outcome: STEP_TEXT.withdrawnByUnion(reason) };
    case 'agreed':
      request.amountAgreedFen = body.amountAgreedFen!;
      requireRecoveredWithinAgreed(request.amountRecoveredFen, request.amountAgreedFen, request.overAgreedReason);
      return { text: STEP_TEXT.agreed(reason, request.amountAgreedFen), outcome: reason };
    case 'fulfilled':
      if (body.overAgreedReason) request.overAgreedReason = body.overAgreedReason;
      requireRecoveredWithinAgreed(body.amountRecoveredFen!, request.amountAgreedFen, request.overAgreedReason);
      request.amountRecoveredFen = body.amountRecoveredFen!;
      return { text: STEP_TEXT.fulfilled(request.amountRecoveredFen), outcome: STEP_TEXT.fulfilled(request.amountRecoveredFen) };
    case 'referred':
      request.referredTo = body.referredTo!;
      return { text: STEP_TEXT.referred(request.referredTo), outcome: STEP_TEXT.referred(request.referredTo) };
    default:
      return { text: STEP_TEXT.mediating() };
  }
}

import { ErrorCode } from '@kgh/shared';
import { AppException } from '../common/app-exception';
import { applyMove, requireMoveFields } from './case-moves';
import type { LegalTransitionDto } from './legal.dto';
import { LegalRequest } from './legal-request.entity';

const body = (fields: Partial<LegalTransitionDto>) => Object.assign(new (class {})(), fields) as LegalTransitionDto;
const aCase = (fields: Partial<LegalRequest> = {}) =>
  Object.assign(new LegalRequest(), {
    status: 'mediating',
    amountAgreedFen: null,
    amountRecoveredFen: null,
    overAgreedReason: null,
    referredTo: null,
    ...fields,
  });
const refusedField = (fields: Partial<LegalTransitionDto>) => {
  try {
    requireMoveFields(body(fields));
  } catch (error) {
    expect((error as AppException).code).toBe(ErrorCode.ValidationFailed);
    return (error as AppException).details?.[0]?.field;
  }
  return null;
};

describe('requireMoveFields', () => {
  it('names the first field a move needs and did not get', () => {
    expect(refusedField({ to: 'declined' })).toBe('reason');
    expect(refusedField({ to: 'failed' })).toBe('reason');
    expect(refusedField({ to: 'withdrawn' })).toBe('reason');
    expect(refusedField({ to: 'agreed', reason: '分期' })).toBe('amountAgreedFen');
    expect(refusedField({ to: 'agreed', amountAgreedFen: 1 })).toBe('reason');
    expect(refusedField({ to: 'fulfilled' })).toBe('amountRecoveredFen');
    expect(refusedField({ to: 'referred' })).toBe('referredTo');
  });

  it('refuses a field the move does not take, and takes a reason on any move', () => {
    expect(refusedField({ to: 'failed', reason: '对方未到场', amountAgreedFen: 5 })).toBe('amountAgreedFen');
    expect(refusedField({ to: 'agreed', reason: '分期', amountAgreedFen: 5, overAgreedReason: '利息' })).toBe('overAgreedReason');
    expect(refusedField({ to: 'mediating', reason: '双方同意调解' })).toBeNull();
    expect(refusedField({ to: 'fulfilled', amountRecoveredFen: 5, overAgreedReason: '利息' })).toBeNull();
  });
});

describe('applyMove', () => {
  it('sets the agreed amount and leaves the terms as the outcome', () => {
    const request = aCase();
    expect(applyMove(request, body({ to: 'agreed', amountAgreedFen: 300_000, reason: '7日内付清' }))).toEqual({
      text: '双方已达成调解协议（协议金额3,000.00元）：7日内付清',
      outcome: '7日内付清',
    });
    expect(request.amountAgreedFen).toBe(300_000);
  });

  it('refuses to record more recovered than agreed without a reason, and takes it with one', () => {
    expect(() => applyMove(aCase({ status: 'agreed', amountAgreedFen: 100 }), body({ to: 'fulfilled', amountRecoveredFen: 101 }))).toThrow(AppException);
    const request = aCase({ status: 'agreed', amountAgreedFen: 100 });
    expect(applyMove(request, body({ to: 'fulfilled', amountRecoveredFen: 101, overAgreedReason: '含利息' })).outcome).toBe('调解协议已履行，为您追回1.01元');
    expect(request).toMatchObject({ amountRecoveredFen: 101, overAgreedReason: '含利息' });
  });

  it('records where a failed case is referred', () => {
    const request = aCase({ status: 'failed' });
    expect(applyMove(request, body({ to: 'referred', referredTo: 'court' })).outcome).toBe('工会已协助将您的案件转至人民法院');
    expect(request.referredTo).toBe('court');
  });
});

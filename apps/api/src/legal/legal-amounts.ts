import { ErrorCode } from '@kgh/shared';
import { AppException } from '../common/app-exception';
import { yuan } from './legal-step-text';

/**
 * More recovered than agreed is refused (422 RECOVERED_ABOVE_AGREED) unless a reason says why
 * (interest or compensation added later); ck_legal_requests_recovered is the database's backstop.
 */
export function requireRecoveredWithinAgreed(recoveredFen: number | null, agreedFen: number | null, overAgreedReason: string | null): void {
  if (recoveredFen === null || agreedFen === null || recoveredFen <= agreedFen || overAgreedReason) return;
  const message = `追回金额（${yuan(recoveredFen)}）高于协议金额（${yuan(agreedFen)}），请在 overAgreedReason 中说明原因`;
  throw new AppException(ErrorCode.RecoveredAboveAgreed, message, [{ field: 'amountRecoveredFen', message, recoveredFen, agreedFen }]);
}

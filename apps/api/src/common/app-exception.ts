import { HttpStatus } from '@nestjs/common';
import { ErrorCode } from '@kgh/shared';

export interface ErrorDetail {
  field?: string;
  message: string;
  [key: string]: unknown;
}

/** The one exception the API throws on purpose; AppExceptionFilter turns it into the error body. */
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
    /** For a refusal that passes (a limit, an outage): the filter sends it as `Retry-After`. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  get status(): HttpStatus {
    return ERROR_STATUS[this.code];
  }
}

// A Record over the enum: a new code without a status does not compile.
export const ERROR_STATUS: Record<ErrorCode, HttpStatus> = {
  [ErrorCode.ValidationFailed]: HttpStatus.BAD_REQUEST,
  [ErrorCode.MalformedJson]: HttpStatus.BAD_REQUEST,
  [ErrorCode.MalformedRequest]: HttpStatus.BAD_REQUEST,
  [ErrorCode.HeadersTooLarge]: 431 as HttpStatus, // Request Header Fields Too Large, missing from Nest's enum
  [ErrorCode.PayloadTooLarge]: HttpStatus.PAYLOAD_TOO_LARGE,
  [ErrorCode.UnsupportedMediaType]: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  [ErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [ErrorCode.RouteNotFound]: HttpStatus.NOT_FOUND,
  [ErrorCode.Unauthenticated]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.TokenInvalid]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [ErrorCode.TooManyRequests]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.IdempotencyKeyRequired]: HttpStatus.BAD_REQUEST,
  [ErrorCode.IdempotencyKeyReused]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.IdempotencyKeyInUse]: HttpStatus.CONFLICT,
  [ErrorCode.NotEligible]: HttpStatus.FORBIDDEN,
  [ErrorCode.QuotaExhausted]: HttpStatus.CONFLICT,
  [ErrorCode.AlreadyClaimed]: HttpStatus.CONFLICT,
  [ErrorCode.BudgetExhausted]: HttpStatus.CONFLICT,
  [ErrorCode.ProgrammeClosed]: HttpStatus.CONFLICT,
  [ErrorCode.ClaimNotCancellable]: HttpStatus.CONFLICT,
  [ErrorCode.CancellationDeadlinePassed]: HttpStatus.CONFLICT,
  [ErrorCode.ClaimNotRedeemable]: HttpStatus.CONFLICT,
  [ErrorCode.ClaimNotPendingReview]: HttpStatus.CONFLICT,
  [ErrorCode.AlreadyRedeemed]: HttpStatus.CONFLICT,
  [ErrorCode.InvalidCode]: HttpStatus.BAD_REQUEST,
  [ErrorCode.OutsideRedemptionWindow]: HttpStatus.CONFLICT,
  [ErrorCode.SmsCodeInvalid]: HttpStatus.BAD_REQUEST,
  [ErrorCode.SmsCodeExpired]: HttpStatus.BAD_REQUEST,
  [ErrorCode.SmsTooManyAttempts]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.SmsResendTooSoon]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.WechatLoginFailed]: HttpStatus.BAD_REQUEST,
  [ErrorCode.InvalidCredentials]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.AlreadyApplied]: HttpStatus.CONFLICT,
  [ErrorCode.ConsentRequired]: HttpStatus.BAD_REQUEST,
  [ErrorCode.ApplicationNotPending]: HttpStatus.CONFLICT,
  [ErrorCode.NotAMember]: HttpStatus.NOT_FOUND,
  [ErrorCode.CheckInTooSoon]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.CsvInvalid]: HttpStatus.BAD_REQUEST,
  [ErrorCode.CreditCodeTaken]: HttpStatus.CONFLICT,
  [ErrorCode.StatusUnchanged]: HttpStatus.CONFLICT,
  [ErrorCode.LegalRequestClosed]: HttpStatus.CONFLICT,
  [ErrorCode.IllegalTransition]: HttpStatus.CONFLICT,
  [ErrorCode.RecoveredAboveAgreed]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.ReportMonthInvalid]: HttpStatus.BAD_REQUEST,
  [ErrorCode.AccountDisabled]: HttpStatus.FORBIDDEN,
  [ErrorCode.PasswordChangeRequired]: HttpStatus.FORBIDDEN,
  [ErrorCode.UsernameTaken]: HttpStatus.CONFLICT,
  [ErrorCode.RoleNotGrantable]: HttpStatus.FORBIDDEN,
  [ErrorCode.AdminOrgRequired]: HttpStatus.BAD_REQUEST,
  [ErrorCode.LastAdmin]: HttpStatus.CONFLICT,
  [ErrorCode.CannotDisableSelf]: HttpStatus.CONFLICT,
  [ErrorCode.CurrentPasswordIncorrect]: HttpStatus.BAD_REQUEST,
  [ErrorCode.PasswordUnchanged]: HttpStatus.BAD_REQUEST,
  [ErrorCode.Conflict]: HttpStatus.CONFLICT,
  [ErrorCode.ServiceUnavailable]: HttpStatus.SERVICE_UNAVAILABLE,
  [ErrorCode.InternalError]: HttpStatus.INTERNAL_SERVER_ERROR,
};

export const notFound = (what = '记录') => new AppException(ErrorCode.NotFound, `${what}不存在或无权查看`);

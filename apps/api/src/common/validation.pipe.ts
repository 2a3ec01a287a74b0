import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { ErrorCode } from '@kgh/shared';
import { AppException, ErrorDetail } from './app-exception';
import { checkRequestText } from './request-text';

const UNKNOWN_FIELD = 'whitelistValidation';

function flatten(errors: ValidationError[], prefix = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const field = prefix + error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      message: rule === UNKNOWN_FIELD ? `不接受字段 ${field}` : message,
    }));
    return [...own, ...flatten(error.children ?? [], `${field}.`)];
  });
}

/** Whitelisted, transformed DTOs; unknown fields are refused; one detail per bad field. */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Text bodies (CSV) are checked by their own parser, which can name the line.
    if ((metadata.type === 'body' || metadata.type === 'query') && typeof value === 'object') checkRequestText(value);
    const isDto = metadata.metatype && this.toValidate(metadata);
    if (metadata.type === 'body' && isDto && value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      throw new AppException(ErrorCode.ValidationFailed, '请求体应为 JSON 对象');
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    // Query strings arrive as text; DTOs convert with @Type where they need numbers.
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => new AppException(ErrorCode.ValidationFailed, '请求参数有误', flatten(errors)),
  });
}

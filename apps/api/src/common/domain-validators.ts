import { applyDecorators } from '@nestjs/common';
import { ID_NUMBER_PROBLEM_MESSAGES, idNumberProblem, MOBILE_PHONE_MESSAGE, normalizeMobilePhone } from '@kgh/shared';
import { Transform } from 'class-transformer';
import { IsString, ValidateBy, ValidationArguments } from 'class-validator';

/** class-transformer's Transform with the incoming value typed as what it is, `unknown` (its own type says `any`). */
export function TransformValue(transform: (value: unknown) => unknown): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => transform(value));
}

/** A query-string boolean: only `true` and `false` convert; anything else stays text and fails @IsBoolean. */
export const QueryBoolean = (): PropertyDecorator => TransformValue((value) => (value === 'true' ? true : value === 'false' ? false : value));

/** A mainland mobile number, normalised to 11 digits before the handler sees it. */
export function MobilePhone(): PropertyDecorator {
  return applyDecorators(
    TransformValue((value) => (typeof value === 'string' ? (normalizeMobilePhone(value) ?? value) : value)),
    IsString({ message: MOBILE_PHONE_MESSAGE }),
    ValidateBy({
      name: 'mobilePhone',
      validator: { validate: (value) => typeof value === 'string' && normalizeMobilePhone(value) === value, defaultMessage: () => MOBILE_PHONE_MESSAGE },
    }),
  );
}

/** A resident ID number per GB 11643 (checksum and real birth date), upper-cased. */
export function ResidentIdNumber(): PropertyDecorator {
  return applyDecorators(
    TransformValue((value) => (typeof value === 'string' ? value.trim().toUpperCase() : value)),
    IsString({ message: '请输入身份证号' }),
    ValidateBy({
      name: 'residentIdNumber',
      validator: {
        validate: (value) => typeof value === 'string' && idNumberProblem(value) === null,
        defaultMessage: (args?: ValidationArguments) => ID_NUMBER_PROBLEM_MESSAGES[idNumberProblem(String(args?.value ?? '')) ?? 'format'],
      },
    }),
  );
}

/** Surrounding spaces are dropped before the length and pattern rules see the text. */
export function Trimmed(): PropertyDecorator {
  return TransformValue((value) => (typeof value === 'string' ? value.trim() : value));
}

import { ValidateIf } from 'class-validator';

/**
 * The field may be left out; when it is sent, null included, it is validated like any value.
 * class-validator's IsOptional also waves null through, which then meets a NOT NULL column: keep
 * IsOptional only where null is a meaning of its own (no budget, no limit). For PATCH DTOs use
 * `PartialType(Dto, { skipNullProperties: false })`, which does the same for every field.
 */
export const Optional = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);

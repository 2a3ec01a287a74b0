import { Transform } from 'class-transformer';

/** Free text is stored trimmed, and its length checked after trimming: all spaces is no name. */
export const Trimmed = (): PropertyDecorator => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

import { idNumberCheckCharacter } from '@kgh/shared';
import { randomInt } from 'node:crypto';

/** A birth date between 1970 and 2005 (YYYYMMDD): with the sequence, about five million numbers to draw from. */
function aBirthDate(): string {
  const date = new Date(Date.UTC(1970, 0, 1) + randomInt(0, 35 * 365) * 86_400_000);
  return date.toISOString().slice(0, 10).replaceAll('-', '');
}

/** A valid, random resident ID number of Keqiao (area 330621) with the wanted gender. */
export function anIdNumber(gender: 'male' | 'female' = 'male', birthDate = aBirthDate()): string {
  const sequence = randomInt(0, 100) * 10 + (gender === 'male' ? randomInt(0, 5) * 2 + 1 : randomInt(0, 5) * 2);
  const first17 = `330621${birthDate}${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
}

/** The same number with a wrong check character. */
export function withWrongCheckCharacter(idNumber: string): string {
  return idNumber.slice(0, 17) + (idNumber[17] === '1' ? '2' : '1');
}

export function anApplication(overrides: Record<string, unknown> = {}) {
  return {
    name: '王小明',
    idNumber: anIdNumber(),
    phone: '13900001111',
    occupation: 'courier',
    employer: 'zto',
    townCode: 'keqiao',
    consentVersion: '2026-11',
    ...overrides,
  };
}

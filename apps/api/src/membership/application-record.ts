import { maskIdNumber, parseIdNumber } from '@kgh/shared';
import type { AppConfig } from '../config/app-config';
import { encrypt, hmac } from '../crypto/secrets';
import type { ApplyForMembershipDto } from './membership.dto';
import type { MembershipApplication } from './membership-application.entity';

/**
 * The row an application is stored as: the ID number encrypted, with its blind index and masked
 * form (last four digits); gender read from it; consent stamped now; why it went to its union. The input is already validated.
 */
export function applicationRecord(
  input: ApplyForMembershipDto & { idNumber: string },
  userId: string,
  targetOrgId: string,
  keys: AppConfig['keys'],
  routingReason: string | null = null,
): Partial<MembershipApplication> {
  const parsed = parseIdNumber(input.idNumber)!;
  return {
    userId,
    name: input.name.trim(),
    idNumberEncrypted: encrypt(parsed.idNumber, keys.piiEncryption),
    idNumberIndex: hmac(parsed.idNumber, keys.piiIndex),
    idNumberMasked: maskIdNumber(parsed.idNumber),
    gender: parsed.gender,
    phone: input.phone,
    occupation: input.occupation,
    employer: input.employer,
    townCode: input.townCode,
    enterpriseId: input.enterpriseId ?? null,
    employerName: input.employerName || null,
    targetOrgId,
    routingReason,
    consentVersion: input.consentVersion,
    consentedAt: new Date(),
  };
}

import { CensusTarget } from '../census/census-target.entity';
import { Enterprise } from '../census/enterprise.entity';
import { EnterpriseProblem } from '../census/enterprise-problem.entity';
import { EnterpriseStatusChange } from '../census/enterprise-status-change.entity';
import { EnterpriseVisit } from '../census/enterprise-visit.entity';
import { EnterpriseLedgerChange } from '../census/enterprise-ledger-change.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { BenefitClaim } from '../benefits/benefit-claim.entity';
import { RedemptionShortCode } from '../benefits/redemption-short-code.entity';
import { BenefitProgramme } from '../benefits/benefit-programme.entity';
import { BenefitSession } from '../benefits/benefit-session.entity';
import { IdempotencyKey } from '../benefits/idempotency-key.entity';
import { ProgrammeProvider } from '../benefits/programme-provider.entity';
import { ProgrammeBudgetChange } from '../benefits/programme-budget-change.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { SmsCode } from '../auth/sms-code.entity';
import { User } from '../auth/user.entity';
import { LegalMediationSession } from '../legal/legal-mediation-session.entity';
import { LegalRequestEvent } from '../legal/legal-request-event.entity';
import { LegalRequest } from '../legal/legal-request.entity';
import { Member } from '../membership/member.entity';
import { MembershipApplication } from '../membership/membership-application.entity';
import { Org } from '../orgs/org.entity';
import { Station } from '../stations/station.entity';
import { StationCheckIn } from '../stations/station-check-in.entity';
import { StationReport } from '../stations/station-report.entity';
import { StationStatusChange } from '../stations/station-status-change.entity';
import { SpecialFundAllocation } from '../reports/special-fund-allocation.entity';
import { SpecialFundSpending } from '../reports/special-fund-spending.entity';

export const ENTITIES = [
  Org,
  User,
  RefreshToken,
  SmsCode,
  MembershipApplication,
  Member,
  AuditEntry,
  Station,
  StationCheckIn,
  StationReport,
  BenefitProgramme,
  BenefitSession,
  BenefitClaim,
  RedemptionShortCode,
  ProgrammeProvider,
  IdempotencyKey,
  Enterprise,
  EnterpriseStatusChange,
  EnterpriseVisit,
  EnterpriseProblem,
  CensusTarget,
  EnterpriseLedgerChange,
  StationStatusChange,
  ProgrammeBudgetChange,
  SpecialFundAllocation,
  SpecialFundSpending,
  LegalRequest,
  LegalRequestEvent,
  LegalMediationSession,
];

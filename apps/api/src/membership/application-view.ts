import { maskPhone } from '@kgh/shared';
import type { Org } from '../orgs/org.entity';
import type { ApplicationView } from './dto/membership-views.dto';
import type { MembershipApplication } from './membership-application.entity';
import { routingReason } from './union-routing';

/** Why the application went to its union: as stored at submission, else as its union's coverage says now. */
export function applicationRoutingReason(application: MembershipApplication, targetOrg: Org): string {
  return application.routingReason ?? routingReason(application.employer, application.townCode, targetOrg);
}

/** An application as the reviewing staff see it: ID number and phone masked. */
export function applicationView(application: MembershipApplication & { targetOrg: Org }): ApplicationView {
  return {
    id: application.id,
    name: application.name,
    idNumberMasked: application.idNumberMasked,
    phoneMasked: maskPhone(application.phone),
    gender: application.gender,
    occupation: application.occupation,
    employer: application.employer,
    townCode: application.townCode,
    targetOrg: { id: application.targetOrg.id, name: application.targetOrg.name },
    routingReason: applicationRoutingReason(application, application.targetOrg),
    status: application.status,
    rejectReason: application.rejectReason,
    rejectFields: application.rejectFields,
    consentVersion: application.consentVersion,
    submittedAt: application.submittedAt,
    reviewedAt: application.reviewedAt,
  };
}

import { maskPhone } from '@kgh/shared';
import type { EnterpriseView } from './dto/census-views.dto';
import type { Enterprise } from './enterprise.entity';

/** What a ledger row needs beside the enterprise's own columns, counted in SQL. */
export interface EnterpriseExtras {
  unionName: string | null;
  joinedMembers: number;
  openProblems: number;
}

/** 138****5678; a short number is hidden whole. */
export function maskContactPhone(phone: string | null): string | null {
  if (phone === null) return null;
  return phone.length >= 8 ? maskPhone(phone) : '****';
}

export function enterpriseView(enterprise: Enterprise, extras: EnterpriseExtras): EnterpriseView {
  const { id, name, creditCode, industry, townCode, address, workers, newFormWorkers, brands, contactName, unionStatus, formationMode, unionOrgId, updatedAt } =
    enterprise;
  return {
    id,
    name,
    creditCode,
    industry,
    townCode,
    address,
    workers,
    newFormWorkers,
    brands,
    contactName,
    contactPhoneMasked: maskContactPhone(enterprise.contactPhone),
    unionStatus,
    formationMode,
    union: unionOrgId && extras.unionName !== null ? { id: unionOrgId, name: extras.unionName } : null,
    joinedMembers: extras.joinedMembers,
    openProblems: extras.openProblems,
    updatedAt,
  };
}

/** Joined members over new-form workers; null when there are none. */
export function joinRate(joinedMembers: number, newFormWorkers: number): number | null {
  return newFormWorkers === 0 ? null : joinedMembers / newFormWorkers;
}

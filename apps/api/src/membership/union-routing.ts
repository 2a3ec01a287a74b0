import type { EmployerCode, TownCode } from '@kgh/shared';

export interface RoutableOrg {
  id: string;
  kind: string;
  townCode: string | null;
  coveredEmployers: string[];
}

/**
 * Which union an application goes to: a base-level union that covers the worker's employer or
 * platform (the Meituan station union, the express industry union), else the joint union of the
 * town where they mostly work.
 */
export function routeApplication<T extends RoutableOrg>(employer: EmployerCode, townCode: TownCode, orgs: T[]): T {
  const coveringUnions = orgs.filter((org) => org.coveredEmployers.includes(employer));
  const covering = coveringUnions.find((org) => org.townCode === townCode) ?? coveringUnions[0];
  if (covering) return covering;
  const joint = orgs.find((org) => org.kind === 'town_joint' && org.townCode === townCode);
  if (!joint) throw new Error(`No joint union for town ${townCode}`);
  return joint;
}

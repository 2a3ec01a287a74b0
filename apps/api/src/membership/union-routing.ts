import { EMPLOYERS, type EmployerCode, TOWNS, type TownCode } from '@kgh/shared';

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

const nameOf = (list: readonly { code: string; name: string }[], code: string) => list.find((item) => item.code === code)?.name ?? code;

/**
 * Why `org` was chosen for this employer and town, in words for the reviewing staff: the rule of
 * routeApplication that picked it. Stored with the application when it is submitted.
 */
export function routingReason(employer: EmployerCode, townCode: TownCode, org: RoutableOrg & { name: string }): string {
  const employerName = nameOf(EMPLOYERS, employer);
  if (org.coveredEmployers.includes(employer)) return `按工作单位「${employerName}」路由至${org.name}`;
  return `按所在镇街「${nameOf(TOWNS, townCode)}」路由至${org.name}（工作单位「${employerName}」没有对应的基层工会）`;
}

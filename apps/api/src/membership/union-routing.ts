import { EMPLOYERS, type EmployerCode, TOWNS, type TownCode } from '@kgh/shared';

export interface RoutableOrg {
  id: string;
  kind: string;
  townCode: string | null;
  coveredEmployers: string[];
}

/** The census enterprise a worker named on the form, as routing needs it. */
export interface RoutableEnterprise {
  name: string;
  unionStatus: string;
  unionOrgId: string | null;
}

/** The union of the worker's enterprise when it has an established one, else null. */
function enterpriseUnion<T extends RoutableOrg>(enterprise: RoutableEnterprise | null | undefined, orgs: T[]): T | null {
  if (!enterprise || enterprise.unionStatus !== 'established' || !enterprise.unionOrgId) return null;
  return orgs.find((org) => org.id === enterprise.unionOrgId) ?? null;
}

/**
 * Which union an application goes to: the established union of the worker's census enterprise;
 * else a base-level union that covers the worker's employer or platform (the Meituan station union,
 * the express industry union); else the joint union of the town where they mostly work.
 */
export function routeApplication<T extends RoutableOrg>(employer: EmployerCode, townCode: TownCode, orgs: T[], enterprise?: RoutableEnterprise | null): T {
  const ofEnterprise = enterpriseUnion(enterprise, orgs);
  if (ofEnterprise) return ofEnterprise;
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
export function routingReason(employer: EmployerCode, townCode: TownCode, org: RoutableOrg & { name: string }, enterprise?: RoutableEnterprise | null): string {
  if (enterpriseUnion(enterprise, [org])) return `按所在企业「${enterprise!.name}」的工会路由至${org.name}`;
  const employerName = nameOf(EMPLOYERS, employer);
  if (org.coveredEmployers.includes(employer)) return `按工作单位「${employerName}」路由至${org.name}`;
  return `按所在镇街「${nameOf(TOWNS, townCode)}」路由至${org.name}（工作单位「${employerName}」没有对应的基层工会）`;
}

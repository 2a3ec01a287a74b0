import type { Role } from '@kgh/shared';
import type { ResourceKind } from './resources';

/** Something a caller may do to one kind of resource; the ids a check names are of that kind. */
export enum Permission {
  ApplicationRead = 'application.read',
  ApplicationReview = 'application.review',
  ApplicationIdNumberRead = 'application.id_number.read',
  MemberRead = 'member.read',
  OrgRead = 'org.read',
  /** Ids are orgs: the town a new station is put in. */
  StationCreate = 'station.create',
  StationManage = 'station.manage',
  StationReportRead = 'station_report.read',
  StationReportResolve = 'station_report.resolve',
  /** Ids are orgs: the union a new programme belongs to. */
  ProgrammeCreate = 'programme.create',
  ProgrammeManage = 'programme.manage',
  SessionManage = 'session.manage',
  ClaimRead = 'claim.read',
  ClaimReview = 'claim.review',
  ClaimRedeem = 'claim.redeem',
  /** Staff, admin and provider accounts (never workers'): town staff administer their town's. */
  AccountRead = 'account.read',
  AccountManage = 'account.manage',
  /** Ids are orgs: where an account is opened, or moved to. */
  AccountPlace = 'account.place',
  /** Ids are orgs: the town a new enterprise is registered in. */
  EnterpriseCreate = 'enterprise.create',
  EnterpriseManage = 'enterprise.manage',
  /** Ids are orgs: an existing base-level union an enterprise's union status is linked to. */
  EnterpriseUnionLink = 'enterprise.union.link',
  /** Ids are orgs: the towns whose census targets and progress the caller sees. */
  CensusTargetRead = 'census_target.read',
  /** The towns' yearly targets are the district's to set: no ids, the role decides. */
  CensusTargetSet = 'census_target.set',
  /** The district's whole audit log: no ids, the role decides. */
  AuditRead = 'audit.read',
  /** A worker's own requests for legal help. */
  LegalRequestOwn = 'legal_request.own',
  /** The queue of requests waiting to be answered or registered: no ids, the role decides (never a mediator). */
  LegalQueueRead = 'legal_queue.read',
  /** Reading a request or case, and working it (moves, sessions, amounts): a mediator only those assigned to them. */
  LegalCaseWork = 'legal_case.work',
  /** Answering, registering and assigning: the union's staff, not a mediator. */
  LegalCaseTriage = 'legal_case.triage',
}

/**
 * How far a role reaches on a resource: `all` any that exists (the district); `subtree` those whose
 * org is the caller's or below it (town staff); `owner` the caller's own; `linked` those of the
 * programmes a provider account is linked to; `assigned` the cases assigned to a mediator.
 */
export type Reach = 'all' | 'subtree' | 'owner' | 'linked' | 'assigned';

export interface Grant {
  resource: ResourceKind;
  /** Roles that hold the permission and how far; a caller with none of them gets 403. */
  roles: Partial<Record<Role, Reach>>;
  /**
   * The answer for an id the caller cannot reach: 404 hides that it exists (records); 403 with this
   * message says the caller may not act there (an org to create something in: the tree is no secret).
   */
  outside: 'not_found' | { forbidden: string };
}

const DISTRICT_AND_TOWN = { admin: 'all', staff: 'subtree' } as const;

/** Who may do what: the one table. */
export const GRANTS: Record<Permission, Grant> = {
  [Permission.ApplicationRead]: { resource: 'application', roles: DISTRICT_AND_TOWN, outside: 'not_found' },
  [Permission.ApplicationReview]: { resource: 'application', roles: DISTRICT_AND_TOWN, outside: 'not_found' },
  [Permission.ApplicationIdNumberRead]: { resource: 'application', roles: DISTRICT_AND_TOWN, outside: 'not_found' },
  [Permission.MemberRead]: { resource: 'member', roles: DISTRICT_AND_TOWN, outside: 'not_found' },
  [Permission.OrgRead]: { resource: 'org', roles: DISTRICT_AND_TOWN, outside: 'not_found' },
  [Permission.StationCreate]: { resource: 'org', roles: DISTRICT_AND_TOWN, outside: { forbidden: '只能管理本辖区镇（街道）的驿站' } },
  [Permission.StationManage]: { resource: 'station', roles: DISTRICT_AND_TOWN, outside: 'not_found' },
  [Permission.StationReportRead]: { resource: 'stationReport', roles: DISTRICT_AND_TOWN, outside: 'not_found' },
  [Permission.StationReportResolve]: { resource: 'stationReport', roles: DISTRICT_AND_TOWN, outside: 'not_found' },
  [Permission.ProgrammeCreate]: { resource: 'org', roles: DISTRICT_AND_TOWN, outside: { forbidden: '只能为本辖区的工会组织设立福利项目' } },
  [Permission.ProgrammeManage]: { resource: 'programme', roles: DISTRICT_AND_TOWN, outside: 'not_found' },
  [Permission.SessionManage]: { resource: 'session', roles: DISTRICT_AND_TOWN, outside: 'not_found' },
  [Permission.ClaimRead]: { resource: 'claim', roles: DISTRICT_AND_TOWN, outside: 'not_found' },
  [Permission.ClaimReview]: { resource: 'claim', roles: DISTRICT_AND_TOWN, outside: 'not_found' },
  // The claim is found through a signed code the caller holds, so refusing it reveals nothing.
  [Permission.ClaimRedeem]: {
    resource: 'claim',
    roles: { ...DISTRICT_AND_TOWN, provider: 'linked' },
    outside: { forbidden: '您不是该福利项目的服务机构，不能核销' },
  },
  [Permission.AccountRead]: { resource: 'account', roles: DISTRICT_AND_TOWN, outside: 'not_found' },
  [Permission.AccountManage]: { resource: 'account', roles: DISTRICT_AND_TOWN, outside: 'not_found' },
  [Permission.AccountPlace]: { resource: 'org', roles: DISTRICT_AND_TOWN, outside: { forbidden: '只能在本辖区的工会组织内开设或调入账号' } },
  [Permission.EnterpriseCreate]: { resource: 'org', roles: DISTRICT_AND_TOWN, outside: { forbidden: '只能登记本辖区镇（街道）的企业' } },
  [Permission.EnterpriseManage]: { resource: 'enterprise', roles: DISTRICT_AND_TOWN, outside: 'not_found' },
  [Permission.EnterpriseUnionLink]: { resource: 'org', roles: DISTRICT_AND_TOWN, outside: { forbidden: '只能关联本辖区的基层工会' } },
  [Permission.CensusTargetRead]: { resource: 'org', roles: DISTRICT_AND_TOWN, outside: 'not_found' },
  [Permission.CensusTargetSet]: { resource: 'org', roles: { admin: 'all' }, outside: 'not_found' },
  [Permission.AuditRead]: { resource: 'org', roles: { admin: 'all' }, outside: 'not_found' },
  [Permission.LegalRequestOwn]: { resource: 'legalRequest', roles: { worker: 'owner' }, outside: 'not_found' },
  [Permission.LegalQueueRead]: { resource: 'legalRequest', roles: DISTRICT_AND_TOWN, outside: 'not_found' },
  [Permission.LegalCaseWork]: { resource: 'legalRequest', roles: { ...DISTRICT_AND_TOWN, mediator: 'assigned' }, outside: 'not_found' },
  [Permission.LegalCaseTriage]: { resource: 'legalRequest', roles: DISTRICT_AND_TOWN, outside: 'not_found' },
};

/** The reaches the caller's roles give for `permission`, widest first; empty when none holds it. */
export function reachesOf(roles: readonly Role[], permission: Permission): Reach[] {
  const granted = GRANTS[permission].roles;
  const reaches = new Set(roles.map((role) => granted[role]).filter((reach): reach is Reach => reach !== undefined));
  return REACH_ORDER.filter((reach) => reaches.has(reach));
}

const REACH_ORDER: Reach[] = ['all', 'subtree', 'linked', 'assigned', 'owner'];

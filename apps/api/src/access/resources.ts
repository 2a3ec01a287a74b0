import { inSubtreeSql } from '../orgs/org-subtree';
import type { Reach } from './permission';

/**
 * Where a resource kind keeps what access is decided on, as SQL over the alias `r`: the org it
 * belongs to, the user who owns it, the programme whose provider links count, the account it is assigned to.
 */
export interface ResourcePolicy {
  /** Named in the 404 message: `${label}不存在或无权查看`. */
  label: string;
  from: string;
  org: string;
  owner?: string;
  programme?: string;
  assignee?: string;
}

export const RESOURCES = {
  application: { label: '入会申请', from: 'membership_applications r', org: 'r.target_org_id', owner: 'r.user_id' },
  member: { label: '会员', from: 'members r', org: 'r.union_org_id', owner: 'r.user_id' },
  org: { label: '工会组织', from: 'orgs r', org: 'r.id' },
  // Only the accounts an administrator manages: staff, admin, mediator and provider accounts with a username.
  account: {
    label: '账号',
    from: `(SELECT id, org_id FROM users WHERE username IS NOT NULL AND roles && '{provider,mediator,staff,admin}'::text[]) r`,
    org: 'r.org_id',
  },
  station: { label: '驿站', from: 'stations r', org: 'r.org_id' },
  stationReport: { label: '问题反馈', from: 'station_reports r JOIN stations s ON s.id = r.station_id', org: 's.org_id', owner: 'r.user_id' },
  enterprise: { label: '企业', from: 'enterprises r', org: 'r.org_id' },
  programme: { label: '福利项目', from: 'benefit_programmes r', org: 'r.org_id', programme: 'r.id' },
  session: { label: '福利批次', from: 'benefit_sessions r JOIN benefit_programmes p ON p.id = r.programme_id', org: 'p.org_id', programme: 'r.programme_id' },
  claim: {
    label: '福利申领',
    from: 'benefit_claims r JOIN benefit_programmes p ON p.id = r.programme_id',
    org: 'p.org_id',
    owner: 'r.user_id',
    programme: 'r.programme_id',
  },
  legalRequest: { label: '维权求助', from: 'legal_requests r', org: 'r.org_id', owner: 'r.user_id', assignee: 'r.assignee_id' },
} satisfies Record<string, ResourcePolicy>;

export type ResourceKind = keyof typeof RESOURCES;

/** A reach as SQL over `r` and `caller` (its `user_id` and `org_id`). */
export function reachSql(policy: ResourcePolicy, reach: Reach): string {
  switch (reach) {
    case 'all':
      return 'true';
    case 'subtree':
      return inSubtreeSql(policy.org, 'caller.org_id');
    case 'owner':
      return policy.owner ? `${policy.owner} = caller.user_id` : 'false';
    case 'linked':
      return policy.programme
        ? `EXISTS (SELECT 1 FROM benefit_programme_providers pp WHERE pp.programme_id = ${policy.programme} AND pp.user_id = caller.user_id)`
        : 'false';
    case 'assigned':
      return policy.assignee ? `${policy.assignee} = caller.user_id` : 'false';
  }
}

/**
 * One query for any number of ids ($1), the caller being $2 (user id) and $3 (org id): each id that
 * exists, and whether one of the reaches covers it.
 */
export function checkSql(policy: ResourcePolicy, reaches: Reach[]): string {
  const granted = reaches.map((reach) => reachSql(policy, reach)).join(' OR ');
  return `SELECT r.id, (${granted}) AS granted
    FROM (SELECT $2::uuid AS user_id, $3::uuid AS org_id) caller, ${policy.from}
    WHERE r.id = ANY($1::uuid[])`;
}

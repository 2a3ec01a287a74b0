import { routeApplication, RoutableOrg, routingReason } from './union-routing';

const org = (id: string, kind: string, townCode: string | null, coveredEmployers: string[] = []): RoutableOrg => ({ id, kind, townCode, coveredEmployers });

const orgs = [
  org('keqiao-joint', 'town_joint', 'keqiao'),
  org('anchang-joint', 'town_joint', 'anchang'),
  org('express', 'industry', null, ['sf', 'yto', 'zto']),
  org('meituan', 'platform_station', 'keqiao', ['meituan']),
];

describe('routeApplication', () => {
  it('sends a courier of an express brand to the express industry union, whatever the town', () => {
    expect(routeApplication('zto', 'anchang', orgs).id).toBe('express');
  });

  it('sends a Meituan rider to the Meituan station union', () => {
    expect(routeApplication('meituan', 'keqiao', orgs).id).toBe('meituan');
  });

  it('prefers a covering union in the worker’s own town when several cover the employer', () => {
    const withTwo = [...orgs, org('meituan-anchang', 'platform_station', 'anchang', ['meituan'])];
    expect(routeApplication('meituan', 'anchang', withTwo).id).toBe('meituan-anchang');
  });

  it('sends an employer no union covers to the joint union of the worker’s town', () => {
    expect(routeApplication('eleme', 'anchang', orgs).id).toBe('anchang-joint');
    expect(routeApplication('other', 'keqiao', orgs).id).toBe('keqiao-joint');
  });

  it('sends a worker of an enterprise with an established union to that union, before employer and town', () => {
    const withEnterpriseUnion = [...orgs, org('enterprise-union', 'enterprise', 'keqiao')];
    const enterprise = { name: '柯桥某物流公司', unionStatus: 'established', unionOrgId: 'enterprise-union' };
    expect(routeApplication('zto', 'anchang', withEnterpriseUnion, enterprise).id).toBe('enterprise-union');
  });

  it('routes as before when the enterprise has no established union', () => {
    const withEnterpriseUnion = [...orgs, org('enterprise-union', 'enterprise', 'keqiao')];
    expect(routeApplication('zto', 'anchang', withEnterpriseUnion, { name: '某公司', unionStatus: 'not_established', unionOrgId: null }).id).toBe('express');
    expect(routeApplication('eleme', 'anchang', withEnterpriseUnion, { name: '某公司', unionStatus: 'moved_out', unionOrgId: 'enterprise-union' }).id).toBe(
      'anchang-joint',
    );
  });

  it('fails loudly when the tree lacks the town’s joint union', () => {
    expect(() => routeApplication('other', 'wangtan', orgs)).toThrow(/wangtan/);
  });
});

describe('routingReason', () => {
  const named = (o: RoutableOrg, name: string) => ({ ...o, name });

  it('names the employer when a covering union took the application', () => {
    expect(routingReason('meituan', 'keqiao', named(orgs[3], '美团站点工会'))).toBe('按工作单位「美团」路由至美团站点工会');
  });

  it('names the town when no union covers the employer', () => {
    expect(routingReason('eleme', 'anchang', named(orgs[1], '安昌联合工会'))).toBe(
      '按所在镇街「安昌街道」路由至安昌联合工会（工作单位「饿了么」没有对应的基层工会）',
    );
  });

  it('names the enterprise when its union took the application', () => {
    const union = named(org('enterprise-union', 'enterprise', 'keqiao'), '柯桥某物流公司工会');
    expect(routingReason('zto', 'keqiao', union, { name: '柯桥某物流公司', unionStatus: 'established', unionOrgId: 'enterprise-union' })).toBe(
      '按所在企业「柯桥某物流公司」的工会路由至柯桥某物流公司工会',
    );
  });
});

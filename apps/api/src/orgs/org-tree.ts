import { TOWNS } from '@kgh/shared';
import type { OrgKind } from './org.entity';

export interface OrgSeed {
  code: string;
  name: string;
  kind: OrgKind;
  parentCode: string | null;
  townCode?: string;
  coveredEmployers?: string[];
  description?: string;
}

const EXPRESS_BRANDS = ['sf', 'yto', 'zto', 'sto', 'yunda', 'jd', 'jtexpress', 'ems', 'deppon'];

/** The union tree of the Keqiao report: parents before children. */
export const ORG_TREE: OrgSeed[] = [
  { code: 'district', name: '绍兴市柯桥区总工会', kind: 'district', parentCode: null },
  ...TOWNS.map((town) => ({ code: `town:${town.code}`, name: `${town.name}总工会`, kind: 'town' as const, parentCode: 'district', townCode: town.code })),
  ...TOWNS.map((town) => ({
    code: `joint:${town.code}`,
    name: `${town.name}新就业形态劳动者联合工会`,
    kind: 'town_joint' as const,
    parentCode: `town:${town.code}`,
    townCode: town.code,
  })),
  {
    code: 'express-industry',
    name: '柯桥区快递行业工会',
    kind: 'industry',
    parentCode: 'district',
    coveredEmployers: EXPRESS_BRANDS,
    description: '覆盖顺丰、圆通、中通等27个快递品牌、1472名快递从业人员',
  },
  {
    code: 'sauce-industry',
    name: '柯桥区酱醉制品行业工会',
    kind: 'industry',
    parentCode: 'town:anchang',
    townCode: 'anchang',
    description: '下辖85家企业、320余名职工',
  },
  {
    code: 'dongsheng-park',
    name: '东盛慧谷（园区）联合工会',
    kind: 'park',
    parentCode: 'town:keqiao',
    townCode: 'keqiao',
    description: '覆盖东盛慧谷园区35家企业',
  },
  {
    code: 'meituan-qingfangcheng',
    name: '正杭网络科技公司（美团轻纺城站点）工会',
    kind: 'platform_station',
    parentCode: 'town:keqiao',
    townCode: 'keqiao',
    coveredEmployers: ['meituan'],
    description: '198名外卖骑手实名制会员管理',
  },
];

// The enterprise census (建会普查): where new-form workers work and whether a union is built there.

export const INDUSTRIES = [
  { code: 'express', name: '快递物流' },
  { code: 'food_delivery', name: '外卖配送' },
  { code: 'livestream', name: '网络直播/电商' },
  { code: 'freight', name: '货运' },
  { code: 'domestic', name: '家政' },
  { code: 'sauce_wine', name: '酱醉制品' },
  { code: 'textile', name: '纺织' },
  { code: 'other', name: '其他' },
] as const;
export type Industry = (typeof INDUSTRIES)[number]['code'];
export const INDUSTRY_CODES: Industry[] = INDUSTRIES.map((industry) => industry.code);

/** 已建会、未建会、外迁、注销倒闭. */
export const UNION_STATUSES = [
  { code: 'established', name: '已建会' },
  { code: 'not_established', name: '未建会' },
  { code: 'moved_out', name: '外迁' },
  { code: 'closed', name: '注销倒闭' },
] as const;
export type UnionStatus = (typeof UNION_STATUSES)[number]['code'];
export const UNION_STATUS_CODES: UnionStatus[] = UNION_STATUSES.map((status) => status.code);

/** How an established union was formed: 单独建 one enterprise, 牵头建 led by a key enterprise, 推动建 through an industry union. */
export const FORMATION_MODES = [
  { code: 'standalone', name: '单独建' },
  { code: 'lead', name: '牵头建' },
  { code: 'industry', name: '推动建' },
] as const;
export type FormationMode = (typeof FORMATION_MODES)[number]['code'];
export const FORMATION_MODE_CODES: FormationMode[] = FORMATION_MODES.map((mode) => mode.code);

/** A problem found on a visit that has stayed open longer than this stands out. */
export const PROBLEM_OVERDUE_DAYS = 30;

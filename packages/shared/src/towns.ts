// The 16 towns and streets (镇/街道) of Keqiao District, in the order of the union's report.
export const TOWNS = [
  { code: 'keqiao', name: '柯桥街道' },
  { code: 'keyan', name: '柯岩街道' },
  { code: 'huashe', name: '华舍街道' },
  { code: 'hutang', name: '湖塘街道' },
  { code: 'qixian', name: '齐贤街道' },
  { code: 'fuquan', name: '福全街道' },
  { code: 'qianqing', name: '钱清街道' },
  { code: 'yangxunqiao', name: '杨汛桥街道' },
  { code: 'maan', name: '马鞍街道' },
  { code: 'anchang', name: '安昌街道' },
  { code: 'lanting', name: '兰亭街道' },
  { code: 'lizhu', name: '漓渚镇' },
  { code: 'pingshui', name: '平水镇' },
  { code: 'jidong', name: '稽东镇' },
  { code: 'xialv', name: '夏履镇' },
  { code: 'wangtan', name: '王坛镇' },
] as const;

export type TownCode = (typeof TOWNS)[number]['code'];
export const TOWN_CODES: TownCode[] = TOWNS.map((town) => town.code);

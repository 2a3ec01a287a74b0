import { TOWNS, TownCode } from '@kgh/shared';
import { EntityManager } from 'typeorm';
import { addDays, daysBetween, shanghaiToday } from '../common/calendar-day';
import { rowsOf } from '../common/sql-rows';
import { SpecialFundAllocation } from './special-fund-allocation.entity';

// The union's report: 112.5万 yuan earmarked so far for new-form workers' unions. This year's fund,
// allocated across the 16 towns in mid-January and partly spent since on what the report names.

/** Yuan per town; 1,125,000 in all. */
const ALLOCATION_YUAN: Record<TownCode, number> = {
  keqiao: 200_000,
  keyan: 90_000,
  huashe: 80_000,
  hutang: 70_000,
  qixian: 70_000,
  fuquan: 60_000,
  qianqing: 70_000,
  yangxunqiao: 60_000,
  maan: 70_000,
  anchang: 80_000,
  lanting: 50_000,
  lizhu: 50_000,
  pingshui: 50_000,
  jidong: 40_000,
  xialv: 40_000,
  wangtan: 45_000,
};
export const DEMO_FUND_EARMARKED_FEN = Object.values(ALLOCATION_YUAN).reduce((sum, yuan) => sum + yuan, 0) * 100;

const PURPOSES = [
  '职工驿站改造提升',
  '爱心冰箱及清凉用品',
  '新建工会建会补助',
  '快递小哥专场体检',
  '骑手安全培训',
  '暖心礼包采购',
  '普法宣传活动',
  '技能竞赛奖励',
];

/** Once: this year's allocations and some spending of each town, all dated no later than today. */
export async function seedDemoSpecialFund(manager: EntityManager): Promise<void> {
  if (await manager.exists(SpecialFundAllocation)) return;
  const towns = await rowsOf<{ id: string; town_code: TownCode }>(manager, `SELECT id, town_code FROM orgs WHERE kind = 'town'`);
  const orgOf = new Map(towns.map((town) => [town.town_code, town.id]));
  const today = shanghaiToday();
  const year = Number(today.slice(0, 4));
  const allocatedOn = `${year}-01-15` < today ? `${year}-01-15` : today;
  const span = daysBetween(allocatedOn, today);
  const present = TOWNS.filter((town) => orgOf.has(town.code));
  await manager.query(
    `INSERT INTO special_fund_allocations (year, org_id, amount_fen, allocated_on, note)
     SELECT $1, * FROM unnest($2::uuid[], $3::bigint[], $4::date[], $5::text[])`,
    [
      year,
      present.map((town) => orgOf.get(town.code)!),
      present.map((town) => ALLOCATION_YUAN[town.code] * 100),
      present.map(() => allocatedOn),
      present.map(() => `${year}年度新就业形态工会工作专项经费`),
    ],
  );
  // Three to six spendings a town, about half of its allocation, spread from the allocation to today.
  const spendings = present.flatMap((town, i) => {
    const count = 3 + (i % 4);
    const share = (0.35 + (i % 5) * 0.06) / count;
    return Array.from({ length: count }, (_, j) => ({
      orgId: orgOf.get(town.code)!,
      spentOn: addDays(allocatedOn, Math.floor(((j + 1) * span) / (count + 1))),
      amountFen: Math.round((ALLOCATION_YUAN[town.code] * share) / 100) * 100 * 100,
      purpose: PURPOSES[(i + j) % PURPOSES.length],
    }));
  });
  await manager.query(
    `INSERT INTO special_fund_spendings (org_id, spent_on, amount_fen, purpose)
     SELECT * FROM unnest($1::uuid[], $2::date[], $3::bigint[], $4::text[])`,
    [spendings.map((s) => s.orgId), spendings.map((s) => s.spentOn), spendings.map((s) => s.amountFen), spendings.map((s) => s.purpose)],
  );
}

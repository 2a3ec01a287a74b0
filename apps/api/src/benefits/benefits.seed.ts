import { EntityManager } from 'typeorm';
import { User } from '../auth/user.entity';
import { Org } from '../orgs/org.entity';
import { BenefitProgramme } from './benefit-programme.entity';
import { BenefitSession } from './benefit-session.entity';
import { ProgrammeProvider } from './programme-provider.entity';

const DAY_MS = 86_400_000;
const YUAN = 100;

type SessionSeed = { name: string; location: string; inDays: number; days?: number; capacity: number; opensInDays?: number };
type ProgrammeSeed = Partial<BenefitProgramme> & { code: string; name: string; months: number; startMonthOffset?: number; sessions?: SessionSeed[] };

/** Midnight in Shanghai of the first day of the month `offset` months from `now`. */
function monthStart(now: Date, offset: number): Date {
  const local = new Date(now.getTime() + 8 * 3600_000);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + offset, 1) - 8 * 3600_000);
}

/** 08:00 Shanghai time, `days` days from `now`. */
function morning(now: Date, days: number): Date {
  const local = new Date(now.getTime() + 8 * 3600_000 + days * DAY_MS);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), 0));
}

// The ten measures of the Keqiao report, with batches in the current and coming months.
const PROGRAMMES: ProgrammeSeed[] = [
  {
    code: 'checkup',
    name: '免费健康体检',
    months: 12,
    claimPeriod: 'year',
    hasSessions: true,
    description: '新就业形态劳动者会员每年一次免费体检，标准为男性1200元/人、女性1500元/人，在合作医院按场次体检。',
    costFen: 1200 * YUAN,
    costFenFemale: 1500 * YUAN,
    budgetFen: 600_000 * YUAN,
    cancelHoursBefore: 24,
    sessions: [
      { name: '柯桥区中医医院 体检日', location: '柯桥区中医医院体检中心', inDays: 4, capacity: 50 },
      { name: '绍兴第二医院柯桥院区 体检日', location: '柯桥区湖西路', inDays: 12, capacity: 50 },
      { name: '柯桥区人民医院 体检日', location: '柯桥区人民医院体检中心', inDays: 40, capacity: 80 },
    ],
  },
  {
    code: 'recuperation',
    name: '疗休养（两天一夜）',
    months: 12,
    claimPeriod: 'year',
    hasSessions: true,
    hasWaitlist: true,
    description: '两天一夜疗休养，每人1000元，分批次、名额有限；快递小哥优先报名，额满可候补。',
    costFen: 1000 * YUAN,
    budgetFen: 200_000 * YUAN,
    cancelHoursBefore: 72,
    rules: { priority: { occupations: ['courier'], daysEarly: 3 } },
    sessions: [
      { name: '第一批 · 安吉竹乡', location: '湖州安吉', inDays: 10, days: 2, capacity: 40, opensInDays: -5 },
      { name: '第二批 · 新昌大佛寺', location: '绍兴新昌', inDays: 38, days: 2, capacity: 40, opensInDays: 2 },
    ],
  },
  {
    code: 'mutual-aid',
    name: '职工医疗互助保障',
    months: 12,
    claimPeriod: 'year',
    hasSessions: false,
    requiresApproval: true,
    description: '“第二医保”：新就业形态劳动者会员年度参保，费用由工会全额补助，经工会审核后生效。',
    costFen: 100 * YUAN,
    budgetFen: 50_000 * YUAN,
    cancelHoursBefore: 0,
  },
  {
    code: 'warmth-pack',
    name: '温暖行动 · 冬季暖心包',
    months: 4,
    startMonthOffset: 0,
    claimPeriod: 'season',
    hasSessions: false,
    description: '每位会员每个冬季一份暖心包，凭二维码到就近职工驿站领取。',
    costFen: 80 * YUAN,
    capacity: 2000,
    budgetFen: 160_000 * YUAN,
    cancelHoursBefore: 0,
  },
  {
    code: 'cooling-kit',
    name: '清凉行动 · 夏季清凉包',
    months: 4,
    startMonthOffset: 7,
    claimPeriod: 'season',
    hasSessions: false,
    description: '每位会员每个夏季一份清凉包，凭二维码到职工驿站领取；驿站爱心冰箱饮品免费取用。',
    costFen: 50 * YUAN,
    capacity: 2000,
    budgetFen: 100_000 * YUAN,
    cancelHoursBefore: 0,
  },
  {
    code: 'skills-training',
    name: '技能成长 · 快递职业技能培训',
    months: 12,
    claimPeriod: 'session',
    hasSessions: true,
    costFen: 0,
    description: '免费职业技能培训，按期报名、现场签到。',
    sessions: [
      { name: '快件收派与安全规范', location: '柯桥区职工服务中心', inDays: 6, capacity: 30 },
      { name: '电动车安全骑行与应急救护', location: '柯桥区职工服务中心', inDays: 20, capacity: 30 },
    ],
  },
  {
    code: 'courier-contest',
    name: '快递技能竞赛',
    months: 3,
    claimPeriod: 'programme',
    hasSessions: true,
    costFen: 0,
    description: '全区快递职业技能竞赛，限快递员报名。',
    rules: { occupations: ['courier'] },
    sessions: [{ name: '预赛', location: '中国轻纺城物流中心', inDays: 25, capacity: 100 }],
  },
  {
    code: 'jinsuo-award',
    name: '金梭奖 · 直播电商技能大赛',
    months: 3,
    claimPeriod: 'programme',
    hasSessions: true,
    costFen: 0,
    description: '面向电商主播的直播电商技能竞赛。',
    rules: { occupations: ['livestreamer'] },
    sessions: [{ name: '初赛', location: '柯桥区直播电商基地', inDays: 30, capacity: 60 }],
  },
  {
    code: 'free-clinic',
    name: '十重礼 · 驿站义诊',
    months: 12,
    claimPeriod: 'session',
    hasSessions: true,
    costFen: 0,
    description: '医生进驿站义诊，免费测血压、血糖，提供健康咨询。',
    sessions: [
      { name: '柯桥街道职工驿站 义诊', location: '柯桥街道职工驿站', inDays: 3, capacity: 40 },
      { name: '华舍街道小哥驿站 义诊', location: '华舍街道小哥驿站', inDays: 17, capacity: 40 },
    ],
  },
  {
    code: 'mobile-gift-pack',
    name: '十重礼 · 流量礼包',
    months: 12,
    claimPeriod: 'year',
    hasSessions: false,
    description: '入会满30天的会员每年可领一份手机流量礼包。',
    costFen: 30 * YUAN,
    capacity: 1000,
    budgetFen: 30_000 * YUAN,
    cancelHoursBefore: 0,
    rules: { minMembershipDays: 30 },
  },
];

/** Inserts the programmes that are missing (matched by code); staff edits are never overwritten. */
export async function seedBenefitProgrammes(manager: EntityManager, now = new Date()): Promise<void> {
  const district = await manager.findOneByOrFail(Org, { code: 'district' });
  for (const { sessions = [], months, startMonthOffset, ...seed } of PROGRAMMES) {
    if (await manager.existsBy(BenefitProgramme, { code: seed.code })) continue;
    const periodStart = monthStart(now, startMonthOffset ?? 0);
    const programme = await manager.save(
      manager.create(BenefitProgramme, {
        rules: {},
        ...seed,
        orgId: district.id,
        periodStart,
        periodEnd: monthStart(periodStart, months),
        remaining: seed.capacity ?? null,
      }),
    );
    for (const session of sessions) {
      const startsAt = morning(now, session.inDays);
      await manager.save(
        manager.create(BenefitSession, {
          programmeId: programme.id,
          name: session.name,
          location: session.location,
          opensAt: morning(now, session.opensInDays ?? -3),
          startsAt,
          endsAt: new Date(startsAt.getTime() + (session.days ?? 0) * DAY_MS + 9 * 3600_000),
          capacity: session.capacity,
          remaining: session.capacity,
        }),
      );
    }
  }
  const checkup = await manager.findOneByOrFail(BenefitProgramme, { code: 'checkup' });
  const provider = await manager.findOneBy(User, { username: 'provider-demo' });
  if (provider)
    await manager.createQueryBuilder().insert().into(ProgrammeProvider).values({ programmeId: checkup.id, userId: provider.id }).orIgnore().execute();
}

import {
  CREDIT_CODE_ALPHABET,
  creditCodeCheckCharacter,
  FormationMode,
  Industry,
  organisationCodeCheckCharacter,
  TOWNS,
  TownCode,
  UnionStatus,
} from '@kgh/shared';
import { EntityManager } from 'typeorm';
import { sequence } from '../common/demo-sequence';
import { rowsOf } from '../common/sql-rows';
import { Enterprise } from './enterprise.entity';
import { shanghaiToday } from '../common/calendar-day';
import { shanghaiYear } from './problem-age';

// The census of the union's report: 285 target enterprises over the 16 towns. The express industry
// union covers 27 express brands and 1,472 couriers (推动建), the sauce-and-wine industry union 85
// enterprises of 安昌, the 东盛慧谷 park joint union 35 enterprises of its park (牵头建), the Meituan
// station union 正杭网络科技 with its 198 riders (单独建). Visits met 150+ workers and solved 27 problems.

export const DEMO_ENTERPRISE_COUNT = 285;
const DAY_MS = 86_400_000;

/** A valid credit code (柯桥区 330603) whose organisation code is built from the number `n`. */
export function demoCreditCode(n: number): string {
  let body = '';
  for (let rest = n + 31 ** 3; body.length < 5; rest = Math.floor(rest / 31)) body = CREDIT_CODE_ALPHABET[rest % 31] + body;
  const orgBody = `MA2${body}`;
  const first17 = `91330603${orgBody}${organisationCodeCheckCharacter(orgBody)}`;
  return first17 + creditCodeCheckCharacter(first17);
}

const EXPRESS_BRANDS = [
  '顺丰速运',
  '圆通速递',
  '中通快递',
  '申通快递',
  '韵达速递',
  '京东物流',
  '极兔速递',
  '中国邮政EMS',
  '德邦快递',
  '百世快递',
  '天天快递',
  '优速快递',
  '宅急送',
  '跨越速运',
  '安能物流',
  '壹米滴答',
  '中通快运',
  '韵达快运',
  '顺心捷达',
  '丰网速运',
  '菜鸟驿站',
  '丹鸟物流',
  '众邮快递',
  '速尔快递',
  '日日顺物流',
  '苏宁物流',
  '京东快运',
];
const EXPRESS_COURIERS = 1472;
const SAUCE_WORDS = ['酱园', '酱鸭', '腌腊', '酱菜', '醉鸡', '醉蟹', '酱油', '香糕', '黄酒', '酿造'];
const PARK_WORDS = ['数字科技', '电子商务', '直播传媒', '软件', '网络科技', '文化创意', '供应链', '设计'];
const OTHER_KINDS: { industry: Industry; words: string[]; brands: string[] }[] = [
  { industry: 'food_delivery', words: ['外卖配送站', '即时配送'], brands: ['美团', '饿了么'] },
  { industry: 'livestream', words: ['直播电商', '网红孵化', '电子商务'], brands: ['抖音', '快手', '淘宝直播'] },
  { industry: 'freight', words: ['货运', '物流', '运输'], brands: ['货拉拉', '满帮', '快狗打车'] },
  { industry: 'domestic', words: ['家政服务', '保洁服务', '月嫂服务'], brands: ['58到家', '天鹅到家'] },
  { industry: 'textile', words: ['纺织', '印染', '布业'], brands: [] },
  { industry: 'other', words: ['网约车服务', '代驾服务', '同城跑腿'], brands: ['滴滴出行', 'e代驾', '闪送'] },
];
const SURNAMES = ['王', '李', '张', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '朱', '马', '胡', '郭', '何'];

interface DemoEnterprise {
  name: string;
  industry: Industry;
  townCode: TownCode;
  workers: number;
  newFormWorkers: number;
  brands: string[];
  status: UnionStatus;
  mode: FormationMode | null;
  unionCode: string | null;
}

const townName = (code: TownCode) => TOWNS.find((town) => town.code === code)!.name;

/** The 285, story first, the rest a mix across the towns. */
function demoEnterprises(): DemoEnterprise[] {
  const random = sequence(20_261_101);
  const list: DemoEnterprise[] = [];
  // 27 express brands with 1,472 couriers between them, pushed through the express industry union.
  const weights = EXPRESS_BRANDS.map((_, i) => 27 - i + random.int(0, 8));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const couriers = weights.map((weight) => Math.floor((weight * EXPRESS_COURIERS) / total));
  couriers[0] += EXPRESS_COURIERS - couriers.reduce((sum, n) => sum + n, 0);
  EXPRESS_BRANDS.forEach((brand, i) => {
    const townCode = TOWNS[i % TOWNS.length].code;
    list.push({
      name: `绍兴柯桥${brand}${townName(townCode)}营业部`,
      industry: 'express',
      townCode,
      workers: couriers[i] + random.int(2, 12),
      newFormWorkers: couriers[i],
      brands: [brand],
      status: 'established',
      mode: 'industry',
      unionCode: 'express-industry',
    });
  });
  // 85 sauce-and-wine makers of 安昌, 320-odd workers.
  for (let i = 0; i < 85; i += 1) {
    const workers = random.int(2, 6);
    list.push({
      name: `绍兴安昌${SURNAMES[i % SURNAMES.length]}记${SAUCE_WORDS[i % SAUCE_WORDS.length]}${i < 16 ? '厂' : `${Math.floor(i / 16) + 1}号作坊`}`,
      industry: 'sauce_wine',
      townCode: 'anchang',
      workers,
      newFormWorkers: random.int(0, Math.min(2, workers)),
      brands: [],
      status: 'established',
      mode: 'industry',
      unionCode: 'sauce-industry',
    });
  }
  // 35 enterprises of the 东盛慧谷 park, led into its joint union.
  for (let i = 0; i < 35; i += 1) {
    const workers = random.int(8, 60);
    list.push({
      name: `绍兴东盛慧谷${['启明', '云帆', '拓客', '星链', '织梦', '飞鹭', '青禾'][i % 7]}${PARK_WORDS[i % PARK_WORDS.length]}有限公司${i >= 7 ? `（${Math.floor(i / 7) + 1}期）` : ''}`,
      industry: i % 3 === 0 ? 'livestream' : 'other',
      townCode: 'keqiao',
      workers,
      newFormWorkers: random.int(2, Math.floor(workers / 2)),
      brands: i % 3 === 0 ? [random.pick(['抖音', '快手', '淘宝直播'])] : [],
      status: 'established',
      mode: 'lead',
      unionCode: 'dongsheng-park',
    });
  }
  // The Meituan station of 中国轻纺城, its 198 riders in their own union.
  list.push({
    name: '绍兴正杭网络科技有限公司（美团轻纺城站点）',
    industry: 'food_delivery',
    townCode: 'keqiao',
    workers: 210,
    newFormWorkers: 198,
    brands: ['美团'],
    status: 'established',
    mode: 'standalone',
    unionCode: 'meituan-qingfangcheng',
  });
  // The rest: most not yet organised, some led into their town's joint union, a few gone.
  const rest = DEMO_ENTERPRISE_COUNT - list.length;
  for (let i = 0; i < rest; i += 1) {
    const kind = OTHER_KINDS[i % OTHER_KINDS.length];
    const townCode = TOWNS[(i * 7) % TOWNS.length].code;
    const workers = random.int(5, 150);
    const roll = random.int(1, 100);
    const status: UnionStatus = roll <= 22 ? 'established' : roll <= 88 ? 'not_established' : roll <= 95 ? 'moved_out' : 'closed';
    list.push({
      name: `绍兴柯桥${townName(townCode).slice(0, 2)}${['恒达', '顺发', '金诚', '瑞丰', '宏远', '嘉禾', '利民', '永盛', '天成', '华越'][i % 10]}${random.pick(kind.words)}有限公司`,
      industry: kind.industry,
      townCode,
      workers,
      newFormWorkers: kind.industry === 'textile' ? random.int(0, 5) : random.int(Math.floor(workers / 3), workers),
      brands: kind.brands.length > 0 && random.int(0, 2) > 0 ? [random.pick(kind.brands)] : [],
      status,
      mode: status === 'established' ? 'lead' : null,
      unionCode: status === 'established' ? `joint:${townCode}` : null,
    });
  }
  // Names are made unique by the town and number where two came out the same.
  const seen = new Map<string, number>();
  for (const enterprise of list) {
    const n = (seen.get(enterprise.name) ?? 0) + 1;
    seen.set(enterprise.name, n);
    if (n > 1) enterprise.name = `${enterprise.name}（${n}）`;
  }
  return list;
}

const VISIT_NOTES = ['了解新就业形态劳动者用工情况，宣传入会政策', '走访站点，与骑手座谈', '与企业负责人商议建会事宜', '回访建会后工会运行情况'];
const PROBLEMS = [
  '骑手午间无处休息',
  '部分快递员未签劳动合同',
  '夏季高温缺少防暑用品',
  '站点电瓶车充电不便',
  '企业负责人对建会顾虑较多',
  '工会经费拨缴未落实',
  '夜间配送安全隐患',
  '职工反映社保缴纳不足',
];

/** The census demo, once: 285 enterprises, their timelines, visits with problems, and this year's targets. */
export async function seedDemoCensus(manager: EntityManager): Promise<void> {
  if (await manager.exists(Enterprise)) return;
  const orgs = await rowsOf<{ id: string; code: string; town_code: string | null; kind: string }>(manager, `SELECT id, code, town_code, kind FROM orgs`);
  const orgOf = new Map(orgs.map((org) => [org.code, org.id]));
  const [staff] = await rowsOf<{ id: string }>(manager, `SELECT id FROM users WHERE username = 'keqiao-staff'`);
  const [admin] = await rowsOf<{ id: string }>(manager, `SELECT id FROM users WHERE username = 'district-admin'`);
  const random = sequence(3_300_603);
  const now = Date.now();
  const enterprises = demoEnterprises();
  const established = enterprises.map((enterprise) => (enterprise.status === 'established' ? new Date(now - random.int(10, 700) * DAY_MS) : null));
  const created = enterprises.map((_, i) => new Date((established[i]?.getTime() ?? now - 30 * DAY_MS) - random.int(30, 400) * DAY_MS));
  const ids = await rowsOf<{ id: string }>(
    manager,
    `INSERT INTO enterprises (name, credit_code, industry, town_code, org_id, address, workers, new_form_workers, brands, contact_name, contact_phone,
                              union_status, formation_mode, union_org_id, created_at, updated_at)
     SELECT e.name, e.credit_code, e.industry, e.town_code, e.org_id, e.address, e.workers, e.new_form_workers,
            ARRAY(SELECT jsonb_array_elements_text(e.brands)), e.contact_name, e.contact_phone, e.union_status, e.formation_mode, e.union_org_id, e.created_at, e.created_at
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::int[], $8::int[], $9::jsonb[], $10::text[], $11::text[],
                   $12::text[], $13::text[], $14::uuid[], $15::timestamptz[])
         AS e(name, credit_code, industry, town_code, org_id, address, workers, new_form_workers, brands, contact_name, contact_phone,
              union_status, formation_mode, union_org_id, created_at)
     RETURNING id`,
    [
      enterprises.map((e) => e.name),
      enterprises.map((_, i) => demoCreditCode(i)),
      enterprises.map((e) => e.industry),
      enterprises.map((e) => e.townCode),
      enterprises.map((e) => orgOf.get(`town:${e.townCode}`)!),
      enterprises.map((e, i) => `${townName(e.townCode)}${['工业大道', '兴越路', '湖中路', '鉴湖路', '群贤路'][i % 5]}${10 + i}号`),
      enterprises.map((e) => e.workers),
      enterprises.map((e) => e.newFormWorkers),
      enterprises.map((e) => JSON.stringify(e.brands)),
      enterprises.map((_, i) => `${SURNAMES[i % SURNAMES.length]}${['经理', '站长', '主管', '女士', '先生'][i % 5]}`),
      enterprises.map((_, i) => `1390575${String(1000 + i).padStart(4, '0')}`),
      enterprises.map((e) => e.status),
      enterprises.map((e) => e.mode),
      enterprises.map((e) => (e.unionCode ? orgOf.get(e.unionCode)! : null)),
      created,
    ],
  );
  // The timelines: registered (as not established), then the change to what it is now.
  const history = enterprises.flatMap((enterprise, i) => {
    const registered = {
      enterpriseId: ids[i].id,
      from: null,
      to: 'not_established',
      mode: null,
      union: null,
      reason: '普查登记',
      by: admin?.id ?? null,
      at: created[i],
    };
    if (enterprise.status === 'not_established') return [registered];
    const changedAt = established[i] ?? new Date(created[i].getTime() + random.int(20, 200) * DAY_MS);
    const reason = { established: '召开工会成立大会，选举产生工会委员会', moved_out: '企业迁出柯桥区', closed: '企业已注销', not_established: '' }[
      enterprise.status
    ];
    const union = enterprise.unionCode ? orgOf.get(enterprise.unionCode)! : null;
    return [
      registered,
      { enterpriseId: ids[i].id, from: 'not_established', to: enterprise.status, mode: enterprise.mode, union, reason, by: staff?.id ?? null, at: changedAt },
    ];
  });
  await manager.query(
    `INSERT INTO enterprise_status_changes (enterprise_id, from_status, to_status, formation_mode, union_org_id, reason, changed_by, changed_at)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::uuid[], $8::timestamptz[])`,
    [
      history.map((row) => row.enterpriseId),
      history.map((row) => row.from),
      history.map((row) => row.to),
      history.map((row) => row.mode),
      history.map((row) => row.union),
      history.map((row) => row.reason),
      history.map((row) => row.by),
      history.map((row) => row.at),
    ],
  );
  if (staff) await seedVisits(manager, ids, enterprises, staff.id, random);
  // This year's targets: a quarter of each town's not-yet-organised enterprises, and members to match.
  const year = shanghaiYear();
  const open = new Map<TownCode, number>();
  for (const enterprise of enterprises) if (enterprise.status === 'not_established') open.set(enterprise.townCode, (open.get(enterprise.townCode) ?? 0) + 1);
  await manager.query(
    `INSERT INTO census_targets (year, town_code, enterprises_to_organise, members_to_enrol, updated_by)
     SELECT $1, * FROM unnest($2::text[], $3::int[], $4::int[], $5::uuid[]) ON CONFLICT DO NOTHING`,
    [
      year,
      TOWNS.map((town) => town.code),
      TOWNS.map((town) => Math.max(1, Math.ceil((open.get(town.code) ?? 0) / 4))),
      TOWNS.map((town) => (town.code === 'keqiao' ? 300 : 60 + 10 * Math.ceil((open.get(town.code) ?? 0) / 2))),
      TOWNS.map(() => admin?.id ?? null),
    ],
  );
}

/** 40 visits by 柯桥街道's staff to its enterprises over the last 120 days, 160-odd workers met, 27 problems solved and some still open. */
async function seedVisits(manager: EntityManager, ids: { id: string }[], enterprises: DemoEnterprise[], staffId: string, random: ReturnType<typeof sequence>) {
  const today = shanghaiToday();
  const dayBefore = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
  const visited = enterprises.map((enterprise, i) => ({ enterprise, id: ids[i].id })).filter(({ enterprise }) => enterprise.townCode === 'keqiao');
  const visits = visited.slice(0, 40).map(({ id }, i) => ({
    enterpriseId: id,
    visitedOn: dayBefore(random.int(1, 120)),
    workersMet: 2 + (i % 5) + random.int(0, 1),
    note: VISIT_NOTES[i % VISIT_NOTES.length],
  }));
  const visitIds = await rowsOf<{ id: string }>(
    manager,
    `INSERT INTO enterprise_visits (enterprise_id, visited_on, staff_id, workers_met, note)
     SELECT e.enterprise_id, e.visited_on, $1, e.workers_met, e.note FROM unnest($2::uuid[], $3::date[], $4::int[], $5::text[]) AS e(enterprise_id, visited_on, workers_met, note)
     RETURNING id`,
    [staffId, visits.map((v) => v.enterpriseId), visits.map((v) => v.visitedOn), visits.map((v) => v.workersMet), visits.map((v) => v.note)],
  );
  // Problems: 27 solved, the rest open (the older visits' open ones are overdue).
  const problems = visits.flatMap((visit, i) => {
    const count = i % 3 === 2 ? 0 : i % 4 === 0 ? 2 : 1;
    return Array.from({ length: count }, (_, k) => ({
      visitId: visitIds[i].id,
      enterpriseId: visit.enterpriseId,
      visitedOn: visit.visitedOn,
      description: PROBLEMS[(i + k) % PROBLEMS.length],
    }));
  });
  const solved = problems.map((_, i) => i < 27);
  await manager.query(
    `INSERT INTO enterprise_problems (visit_id, enterprise_id, description, solved, solved_on, solved_by)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::boolean[], $5::date[], $6::uuid[])`,
    [
      problems.map((p) => p.visitId),
      problems.map((p) => p.enterpriseId),
      problems.map((p) => p.description),
      solved,
      problems.map((p, i) => {
        if (!solved[i]) return null;
        const days = Math.floor((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${p.visitedOn}T00:00:00Z`)) / DAY_MS);
        return dayBefore(Math.max(0, days - random.int(1, Math.max(1, days))));
      }),
      problems.map((_, i) => (solved[i] ? staffId : null)),
    ],
  );
}

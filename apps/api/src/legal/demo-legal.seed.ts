import { LegalParty, LegalStatus, LegalTopic, MediationForm, ReferralBody, TOWNS, TownCode } from '@kgh/shared';
import { EntityManager } from 'typeorm';
import { shanghaiToday } from '../common/calendar-day';
import { DemoSequence, sequence } from '../common/demo-sequence';
import { rowsOf } from '../common/sql-rows';
import { LegalMediationSession } from './legal-mediation-session.entity';
import { LegalKind, LegalRequest } from './legal-request.entity';
import { LegalEventKind, LegalRequestEvent } from './legal-request-event.entity';
import { STEP_TEXT } from './legal-step-text';
import { mediationDueOn, registrationDay, requestDueOn } from './mediation-clock';

// A year of legal help for the monthly report: 120 requests over the last 12 months across the towns
// (柯桥街道 most), 70 consultations answered, 45 cases in every state — fulfilled most, several of
// them riders' unpaid wages from platforms and delivery partners — 5 still waiting in the queue, and
// one mediation past its 15 days. Every step is dated in the past, in order.

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** How the 45 cases ended (or stand), oldest first; the open ones are the newest. */
const CASE_ENDS: LegalStatus[] = [
  ...Array<LegalStatus>(22).fill('fulfilled'),
  ...Array<LegalStatus>(4).fill('referred'),
  ...Array<LegalStatus>(3).fill('declined'),
  ...Array<LegalStatus>(2).fill('withdrawn'),
  ...Array<LegalStatus>(2).fill('failed'),
  ...Array<LegalStatus>(4).fill('agreed'),
  ...Array<LegalStatus>(5).fill('mediating'),
  ...Array<LegalStatus>(3).fill('registered'),
];
const CONSULTATIONS = 70;
const WAITING = 5;

const ASKS: {
  topic: LegalTopic;
  against: LegalParty;
  againstName: string | null;
  description: string;
  claimYuan: [number, number] | null;
  workers?: number;
}[] = [
  {
    topic: 'unpaid_wages',
    against: 'partner',
    againstName: '某外卖配送站（合作商）',
    description: '在配送站跑了三个月外卖，站点换了合作商后最后两个月的配送费一直没结，站长说等平台结算。',
    claimYuan: [6_000, 14_000],
  },
  {
    topic: 'unpaid_wages',
    against: 'platform',
    againstName: null,
    description: '平台以超时、差评为由扣了大部分配送费，申诉没有回复，想知道扣款是否合理、怎么追回。',
    claimYuan: [1_500, 5_000],
  },
  {
    topic: 'unpaid_wages',
    against: 'partner',
    againstName: '某众包服务外包公司',
    description: '我们站点十几个骑手的工资被外包公司拖欠，负责人已经联系不上。',
    claimYuan: [40_000, 120_000],
    workers: 12,
  },
  {
    topic: 'unpaid_wages',
    against: 'enterprise',
    againstName: '某快递网点',
    description: '在快递网点做分拣和派件，离职后最后一个月工资和押金没退。',
    claimYuan: [4_000, 9_000],
  },
  {
    topic: 'unpaid_wages',
    against: 'unknown',
    againstName: null,
    description: '通过手机App接单送货，不清楚是跟哪家公司签的，现在三个月的钱都没到账。',
    claimYuan: [5_000, 12_000],
  },
  {
    topic: 'work_injury',
    against: 'partner',
    againstName: '某配送合作商',
    description: '送餐途中摔伤骨折，站点说我不是员工不给报工伤，只买了意外险。',
    claimYuan: [20_000, 60_000],
  },
  {
    topic: 'work_injury',
    against: 'enterprise',
    againstName: '某物流公司',
    description: '装卸货时被叉车撞伤住院，公司只垫付了一部分医药费。',
    claimYuan: [15_000, 50_000],
  },
  {
    topic: 'labour_contract',
    against: 'platform',
    againstName: null,
    description: '跑了两年网约车，平台突然封号，想问和平台之间算不算劳动关系。',
    claimYuan: null,
  },
  {
    topic: 'labour_contract',
    against: 'enterprise',
    againstName: '某电商直播公司',
    description: '做主播一年多没签劳动合同，公司口头辞退，不给补偿。',
    claimYuan: [8_000, 30_000],
  },
  { topic: 'social_insurance', against: 'enterprise', againstName: '某快递网点', description: '网点一直没给我交社保，想自己补缴，问怎么办。', claimYuan: null },
  { topic: 'social_insurance', against: 'partner', againstName: null, description: '想知道灵活就业的骑手能不能参加职业伤害保障，怎么参保。', claimYuan: null },
  {
    topic: 'traffic_accident',
    against: 'other',
    againstName: null,
    description: '送件时被小轿车追尾，对方保险公司只愿意赔车损，误工费怎么要？',
    claimYuan: [3_000, 15_000],
  },
  { topic: 'other', against: 'platform', againstName: null, description: '平台的派单规则改了以后收入少了很多，想问有没有地方可以反映。', claimYuan: null },
];

const ADVICE = [
  '已向您说明《保障新就业形态劳动者权益指导意见》的相关规定，建议保留接单记录、收入流水和聊天截图，先向站点书面主张；如仍不支付，可来工会申请调解。',
  '您与合作商之间可能构成劳动关系，建议收集排班、考勤、工资发放记录；工会公益律师可陪同您与对方协商。',
  '已告知职业伤害保障的参保和报案流程：出险后及时在平台App报案并保存就医材料，工会可协助您向人社部门咨询。',
  '建议先与平台客服申诉并保留记录；扣款规则不合理的，可向市场监管部门或工会反映，工会将汇总向平台沟通。',
  '已解释未签书面劳动合同的二倍工资规定和申请仲裁的时效（一年），建议尽快准备证据，需要时可来工会申请法律援助。',
  '交通事故误工费可凭收入证明向对方保险公司主张；已告知事故认定书和收入证明的准备方法，协商不成可申请诉前调解。',
  '灵活就业人员可以个人身份参加职工养老和医疗保险，已告知办理地点和所需材料。',
];

const SESSION_FORMS: MediationForm[] = ['in_person', 'phone', 'court', 'in_person', 'video'];
const FAILED_REASONS = ['对方拒不到场，调解无法进行', '双方对金额分歧较大，未能达成一致'];
const DECLINE_REASONS = ['经核实属于商业合同纠纷，不属于劳动争议调解范围，已告知可向法院起诉', '已超过仲裁时效且无中断事由，已为您说明其他途径'];
const WITHDRAW_REASONS = ['职工来电表示已与对方自行和解', '职工表示暂不追究'];
const REFERRALS: ReferralBody[] = ['arbitration', 'court'];

interface DemoAccount {
  id: string;
  name: string;
}

interface DemoStep {
  at: Date;
  actor: string;
  byWorker: boolean;
  kind: LegalEventKind;
  from: LegalStatus | null;
  to: LegalStatus | null;
  text: string;
  claimed: number | null;
  agreed: number | null;
  recovered: number | null;
}

/** 120 requests with their histories, once: a database that has any legal requests is left as it is. */
export async function seedDemoLegal(manager: EntityManager): Promise<void> {
  if (await manager.exists(LegalRequest)) return;
  const accounts = new Map(
    (
      await rowsOf<{ username: string; id: string; display_name: string }>(
        manager,
        `SELECT username, id, display_name FROM users WHERE username IN ('district-admin', 'keqiao-staff', 'mediator-demo')`,
      )
    ).map((row) => [row.username, { id: row.id, name: row.display_name }]),
  );
  const towns = new Map(
    (await rowsOf<{ town_code: TownCode; id: string }>(manager, `SELECT town_code, id FROM orgs WHERE kind = 'town'`)).map((row) => [row.town_code, row.id]),
  );
  const random = sequence(20261203);
  const workers = await demoWorkers(manager, 60);
  const now = Date.now();

  // Closed ones spread over the year (oldest first, consultations and cases mixed), then the open
  // cases with their clocks running, then the queue.
  const cases = CASE_ENDS.map((end) => ({ end, ageDays: openAge(end, random) }));
  const closed: LegalStatus[] = [
    ...Array<LegalStatus>(CONSULTATIONS).fill('answered'),
    ...cases.filter((plan) => plan.ageDays === null).map((plan) => plan.end),
  ];
  for (let i = closed.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [closed[i], closed[j]] = [closed[j], closed[i]];
  }
  const waiting: LegalStatus = 'submitted';
  const plans: { end: LegalStatus; ageDays: number }[] = [
    ...closed.map((end, i) => ({ end, ageDays: Math.round(360 - (i * 325) / closed.length) })),
    ...cases.flatMap(({ end, ageDays }) => (ageDays === null ? [] : [{ end, ageDays }])),
    ...Array.from({ length: WAITING }, (_, i) => ({ end: waiting, ageDays: [0, 1, 2, 4, 6][i] })),
  ];
  // The overdue mediation: registered about three weeks ago, still mediating.
  plans.find((plan) => plan.end === 'mediating')!.ageDays = 22;

  const byDay = new Map<string, number>();
  for (const [index, plan] of plans.entries()) {
    const ask = ASKS[index % ASKS.length];
    const townCode = index % 3 === 0 ? 'keqiao' : random.pick(TOWNS).code;
    const worker = workers[index % workers.length];
    const submittedAt = new Date(now - plan.ageDays * DAY_MS - random.int(2, 10) * HOUR_MS);
    const day = shanghaiToday(submittedAt);
    byDay.set(day, (byDay.get(day) ?? 0) + 1);
    const claimed = ask.claimYuan ? random.int(ask.claimYuan[0] / 100, ask.claimYuan[1] / 100) * 10_000 : null;
    const inKeqiao = townCode === 'keqiao';
    // 柯桥街道's cases go to its mediator; the other towns' to the district (the mediator's reach is one town).
    const staff = accounts.get(inKeqiao ? 'keqiao-staff' : 'district-admin')!;
    const assignee = inKeqiao ? accounts.get('mediator-demo')! : staff;
    const history = demoHistory(plan.end, { submittedAt, claimed, staff, assignee, worker: worker.id, topic: ask.topic, random, now });
    const last = history.steps[history.steps.length - 1];
    const request = await manager.save(
      manager.create(LegalRequest, {
        number: `WQ${day.replaceAll('-', '')}-${String(byDay.get(day)).padStart(4, '0')}`,
        userId: worker.id,
        topic: ask.topic,
        against: ask.against,
        againstName: ask.againstName,
        description: ask.description,
        amountClaimedFen: last.claimed,
        amountAgreedFen: last.agreed,
        amountRecoveredFen: last.recovered,
        workersAffected: ask.workers ?? 1,
        isMember: false,
        phone: worker.phone,
        townCode,
        orgId: towns.get(townCode)!,
        status: plan.end,
        kind: history.kind,
        outcome: history.outcome,
        referredTo: history.referredTo,
        assigneeId: history.assigned ? assignee.id : null,
        registeredOn: history.registeredOn,
        mediationDueOn: history.registeredOn ? mediationDueOn(history.registeredOn) : null,
        submittedAt,
        closedAt: ['answered', 'fulfilled', 'declined', 'referred', 'withdrawn'].includes(plan.end) ? last.at : null,
      }),
    );
    await manager.insert(
      LegalRequestEvent,
      history.steps.map((step) => ({
        requestId: request.id,
        at: step.at,
        actorUserId: step.actor,
        byWorker: step.byWorker,
        kind: step.kind,
        fromStatus: step.from,
        toStatus: step.to,
        text: step.text,
        amountClaimedFen: step.claimed,
        amountAgreedFen: step.agreed,
        amountRecoveredFen: step.recovered,
      })),
    );
    if (history.sessions.length)
      await manager.insert(
        LegalMediationSession,
        history.sessions.map((session) => ({ ...session, requestId: request.id })),
      );
  }
}

/** The age of an open case, so that its clock is running now; null for closed ones (dated by their place in the year). */
function openAge(end: LegalStatus, random: DemoSequence): number | null {
  if (end === 'registered') return random.int(3, 6);
  if (end === 'mediating') return random.int(7, 12);
  if (end === 'agreed') return random.int(14, 25);
  return null;
}

/** Demo workers who asked (made-up phones 13800002001…), made once. */
async function demoWorkers(manager: EntityManager, count: number): Promise<{ id: string; phone: string }[]> {
  const surnames = ['张', '李', '王', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙'];
  const phones = Array.from({ length: count }, (_, i) => `138000020${String(i + 1).padStart(2, '0')}`);
  await manager.query(
    `INSERT INTO users (phone, display_name, roles) SELECT p, n, '{worker}' FROM unnest($1::text[], $2::text[]) AS w(p, n)
     ON CONFLICT (phone) WHERE phone IS NOT NULL DO NOTHING`,
    [phones, phones.map((_, i) => `${surnames[i % surnames.length]}师傅`)],
  );
  return rowsOf<{ id: string; phone: string }>(manager, `SELECT id, phone FROM users WHERE phone = ANY($1::text[]) ORDER BY phone`, [phones]);
}

/** A consistent history ending in `end`: each step a little after the one before, all before `now`. */
function demoHistory(
  end: LegalStatus,
  context: {
    submittedAt: Date;
    claimed: number | null;
    staff: DemoAccount;
    assignee: DemoAccount;
    worker: string;
    topic: LegalTopic;
    random: DemoSequence;
    now: number;
  },
) {
  const { random } = context;
  const steps: DemoStep[] = [];
  const sessions: Omit<LegalMediationSession, 'id' | 'requestId'>[] = [];
  const amounts = { claimed: context.claimed, agreed: null as number | null, recovered: null as number | null };
  let at = context.submittedAt.getTime();
  let status: LegalStatus | null = null;
  let kind: LegalKind = 'request';
  let outcome: string | null = null;
  let registeredOn: string | null = null;
  let referredTo: ReferralBody | null = null;
  let assigned = false;
  // Steps a few hours or days apart, never reaching the present.
  const later = (minHours: number, maxHours: number) => {
    at = Math.min(at + random.int(minHours, maxHours) * HOUR_MS, context.now - HOUR_MS);
    return new Date(at);
  };
  const step = (kindOf: LegalEventKind, text: string, to: LegalStatus | null, actor = context.staff.id, byWorker = false, when = new Date(at)) => {
    steps.push({ at: when, actor, byWorker, kind: kindOf, from: kindOf === 'status' ? status : null, to, text, ...amounts });
    if (kindOf === 'status') status = to;
  };

  step('status', STEP_TEXT.submitted(context.topic, requestDueOn(context.submittedAt)), 'submitted', context.worker, true);
  if (end === 'submitted') return { steps, sessions, kind, outcome, registeredOn, referredTo, assigned };
  if (end === 'answered') {
    const advice = random.pick(ADVICE);
    step('status', STEP_TEXT.answered(advice), 'answered', context.staff.id, false, later(2, 50));
    return { steps, sessions, kind: 'consultation' as LegalKind, outcome: advice, registeredOn, referredTo, assigned };
  }
  if (end === 'declined' && random.int(0, 1) === 0) {
    const reason = random.pick(DECLINE_REASONS);
    step('status', STEP_TEXT.declined(reason), 'declined', context.staff.id, false, later(4, 60));
    return { steps, sessions, kind, outcome: reason, registeredOn, referredTo, assigned };
  }
  kind = 'case';
  const registeredAt = later(4, 60);
  registeredOn = registrationDay(registeredAt);
  step('status', STEP_TEXT.registered(mediationDueOn(registeredOn)), 'registered');
  assigned = true;
  step('assigned', STEP_TEXT.assigned(context.assignee.name), null, context.staff.id, false, new Date(at + 1));
  if (end === 'registered') return { steps, sessions, kind, outcome, registeredOn, referredTo, assigned };
  if (end === 'declined' || end === 'withdrawn') {
    const reason = end === 'declined' ? random.pick(DECLINE_REASONS) : random.pick(WITHDRAW_REASONS);
    const text = end === 'declined' ? STEP_TEXT.declined(reason) : STEP_TEXT.withdrawnByUnion(reason);
    step('status', text, end, context.staff.id, false, later(24, 96));
    return { steps, sessions, kind, outcome: end === 'declined' ? reason : text, registeredOn, referredTo, assigned };
  }
  // A first session starts mediation; most cases take one or two.
  const sessionCount = end === 'mediating' ? 1 : random.int(1, 2);
  for (let i = 0; i < sessionCount; i++) {
    const heldAt = later(24, i === 0 ? 120 : 72);
    const heldOn = shanghaiToday(heldAt);
    const form = SESSION_FORMS[(i + random.int(0, 4)) % SESSION_FORMS.length];
    const result = i === sessionCount - 1 && end !== 'mediating' && end !== 'failed' ? '双方就支付金额和期限初步达成一致' : '已听取双方陈述，约定再次协商';
    if (status === 'registered') step('status', STEP_TEXT.mediating(), 'mediating', context.assignee.id, false, heldAt);
    sessions.push({ heldOn, form, attendees: '申请人、对方负责人、调解员', result, recordedBy: context.assignee.id, recordedAt: new Date(at + 2) });
    step('session', STEP_TEXT.session(heldOn, form, result), null, context.assignee.id, false, new Date(at + 2));
  }
  if (end === 'mediating') return { steps, sessions, kind, outcome, registeredOn, referredTo, assigned };
  if (end === 'failed' || end === 'referred') {
    const reason = random.pick(FAILED_REASONS);
    step('status', STEP_TEXT.failed(reason), 'failed', context.assignee.id, false, later(24, 72));
    outcome = STEP_TEXT.failed(reason);
    if (end === 'referred') {
      referredTo = random.pick(REFERRALS);
      outcome = STEP_TEXT.referred(referredTo);
      step('status', outcome, 'referred', context.staff.id, false, later(24, 96));
    }
    return { steps, sessions, kind, outcome, registeredOn, referredTo, assigned };
  }
  amounts.claimed ??= random.int(20, 80) * 10_000;
  amounts.agreed = Math.round((amounts.claimed * random.int(70, 100)) / 10_000) * 100;
  const terms = `对方于${random.int(5, 15)}日内分期支付，工会跟踪履行`;
  step('status', STEP_TEXT.agreed(terms, amounts.agreed), 'agreed', context.assignee.id, false, later(24, 72));
  outcome = terms;
  if (end === 'agreed') return { steps, sessions, kind, outcome, registeredOn, referredTo, assigned };
  amounts.recovered = amounts.agreed;
  outcome = STEP_TEXT.fulfilled(amounts.recovered);
  step('status', outcome, 'fulfilled', context.assignee.id, false, later(72, 400));
  return { steps, sessions, kind, outcome, registeredOn, referredTo, assigned };
}

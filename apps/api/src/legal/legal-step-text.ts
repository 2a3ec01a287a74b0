import { LEGAL_TOPICS, LegalTopic, MEDIATION_FORMS, MediationForm, REFERRAL_BODIES, ReferralBody } from '@kgh/shared';

// What the worker reads at each step, in plain Chinese. Staff are "工会", except the assignee by name.

const TOPIC = new Map<string, string>(LEGAL_TOPICS.map((topic) => [topic.code, topic.name]));
const FORM = new Map<string, string>(MEDIATION_FORMS.map((form) => [form.code, form.name]));
const BODY = new Map<string, string>(REFERRAL_BODIES.map((body) => [body.code, body.name]));

/** 300000 fen → 3,000.00元, by integer arithmetic. */
export function yuan(fen: number): string {
  const whole = Math.floor(fen / 100).toLocaleString('en-US');
  return `${whole}.${String(fen % 100).padStart(2, '0')}元`;
}

const withReason = (text: string, reason: string | null | undefined) => (reason ? `${text}：${reason}` : text);

export const STEP_TEXT = {
  submitted: (topic: LegalTopic, dueOn: string) => `您提交了“${TOPIC.get(topic)}”求助，工会将在${dueOn}前与您联系`,
  answered: (advice: string) => `工会已解答您的咨询：${advice}`,
  registered: (mediationDueOn: string) => `工会已受理立案，将在${mediationDueOn}前组织调解`,
  mediating: () => '调解已开始，工会正在与对方协商',
  agreed: (terms: string, agreedFen: number) => `双方已达成调解协议（协议金额${yuan(agreedFen)}）：${terms}`,
  fulfilled: (recoveredFen: number) => `调解协议已履行，为您追回${yuan(recoveredFen)}`,
  declined: (reason: string) => `工会不予受理：${reason}`,
  failed: (reason: string) => `调解未成：${reason}`,
  referred: (body: ReferralBody) => `工会已协助将您的案件转至${BODY.get(body)}`,
  withdrawnByWorker: (reason?: string) => withReason('您撤回了求助', reason),
  withdrawnByUnion: (reason: string) => `求助已撤回：${reason}`,
  note: (text: string) => `您补充了情况：${text}`,
  assigned: (assigneeName: string) => `工会已安排${assigneeName}承办您的案件`,
  session: (heldOn: string, form: MediationForm, result: string) => `${heldOn}进行了${FORM.get(form)}：${result}`,
  amounts: (amounts: { claimed: number | null; agreed: number | null; recovered: number | null }) =>
    `涉案金额已更新：${[
      amounts.claimed !== null && `主张${yuan(amounts.claimed)}`,
      amounts.agreed !== null && `协议${yuan(amounts.agreed)}`,
      amounts.recovered !== null && `已追回${yuan(amounts.recovered)}`,
    ]
      .filter(Boolean)
      .join('，')}`,
};

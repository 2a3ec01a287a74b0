import { CLOSED_LEGAL_STATUSES, LEGAL_PARTIES, LEGAL_STATUSES, LEGAL_TOPICS } from '@kgh/shared'
import type { LegalParty, LegalStatus, LegalTopic } from '@kgh/shared'

const byCode = <C extends string>(list: readonly { code: C; name: string }[]) =>
  Object.fromEntries(list.map((item) => [item.code, item.name])) as Record<C, string>

export const LEGAL_TOPIC_NAMES = byCode<LegalTopic>(LEGAL_TOPICS)
export const LEGAL_PARTY_NAMES = byCode<LegalParty>(LEGAL_PARTIES)
export const LEGAL_STATUS_NAMES = byCode<LegalStatus>(LEGAL_STATUSES)

/** Until the request is done with, the worker can add information or withdraw it. */
export const isOpenLegalStatus = (status: LegalStatus) => !CLOSED_LEGAL_STATUSES.includes(status)

/** What each status means for the worker, in a line under it. */
export const LEGAL_STATUS_HINTS: Record<LegalStatus, string> = {
  submitted: '工会已收到您的求助，会尽快电话联系您',
  answered: '工会已解答您的问题，解答内容见下方',
  registered: '已立案，工会将安排律师或调解员与您联系',
  mediating: '工会正在组织调解，请保持电话畅通',
  agreed: '双方已达成调解协议，正在等待对方履行',
  fulfilled: '协议已履行，本次维权已办结',
  declined: '工会未受理本次求助，原因见下方',
  failed: '调解未成功，工会将协助您申请劳动仲裁或起诉',
  referred: '已转劳动仲裁或法院处理',
  withdrawn: '您已撤回本次求助',
}

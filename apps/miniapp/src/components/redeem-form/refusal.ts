import { ErrorCode } from '@kgh/shared'
import { ApiError } from '../../services/api'
import type { ReadCode } from '../code-entry'

/** Why a code was not taken, for the provider at the counter; `retry` when sending it again can help. */
export interface Refusal {
  title: string
  hint?: string
  retry: boolean
}

const COPY = {
  alreadyRedeemed: '该核销码已使用',
  invalid: '核销码无效或已过期',
  invalidHint: '请会员刷新二维码后重新出示',
  invalidShort: '数字码无效或已过期',
  invalidShortHint: '请核对 8 位数字，或请会员刷新页面后重新报码',
  forbidden: '无权核销此项目',
  tooMany: '尝试次数过多',
  network: '网络连接失败',
  networkHint: '请检查网络后重试',
  failed: '核销失败，请稍后再试',
}

/** What a refusal of `read` means to the provider; the API's own Chinese message is kept as the hint. */
export function refusalOf(e: unknown, read: ReadCode): Refusal {
  if (!(e instanceof ApiError)) return { title: COPY.failed, retry: true }
  if (e.code === ErrorCode.AlreadyRedeemed) return { title: COPY.alreadyRedeemed, hint: e.message, retry: false }
  if (e.code === ErrorCode.InvalidCode) {
    return 'shortCode' in read
      ? { title: COPY.invalidShort, hint: COPY.invalidShortHint, retry: false }
      : { title: COPY.invalid, hint: COPY.invalidHint, retry: false }
  }
  // The API's message names the wait (请 1 分钟后再试).
  if (e.code === ErrorCode.TooManyRequests || e.body.statusCode === 429) return { title: COPY.tooMany, hint: e.message, retry: true }
  if (e.body.statusCode === 403) return { title: COPY.forbidden, hint: e.message, retry: false }
  if (e.body.statusCode === 0) return { title: COPY.network, hint: COPY.networkHint, retry: true }
  return { title: e.message, retry: e.transient }
}

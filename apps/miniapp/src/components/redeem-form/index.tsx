import { ErrorCode } from '@kgh/shared'
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { api, ApiError } from '../../services/api'
import type { Schema } from '@kgh/api-client'
import CodeEntry from '../code-entry'
import { formatDateTime } from '../programme-card/format'
import './index.scss'

const COPY = {
  done: '核销成功',
  alreadyRedeemed: '该核销码已使用',
  invalid: '核销码无效或已过期',
  invalidHint: '请会员刷新二维码后重新出示',
  forbidden: '无权核销此项目',
  failed: '核销失败，请稍后再试',
}

type Result = { ok: true; claim: Schema<'RedemptionView'> } | { ok: false; title: string; hint?: string }

/** What a refusal means to the provider at the counter. */
export function refusalOf(e: unknown): Extract<Result, { ok: false }> {
  if (!(e instanceof ApiError)) return { ok: false, title: COPY.failed }
  if (e.code === ErrorCode.AlreadyRedeemed) return { ok: false, title: COPY.alreadyRedeemed, hint: e.message }
  if (e.code === ErrorCode.InvalidCode) return { ok: false, title: COPY.invalid, hint: COPY.invalidHint }
  if (e.body.statusCode === 403) return { ok: false, title: COPY.forbidden, hint: e.message }
  return { ok: false, title: e.message }
}

/** Provider mode: read the member's code, redeem it once, and show whose claim it was. */
export default function RedeemForm() {
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<Result | null>(null)

  const redeem = async (code: string, clear: () => void) => {
    setBusy(true)
    setResult(null)
    try {
      setResult({ ok: true, claim: await api.redeem(code) })
      clear()
    } catch (e) {
      setResult(refusalOf(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="redeem-form">
      <CodeEntry busy={busy} onCode={redeem} />
      {result && (
        <View
          id="redeem-result"
          className={`redeem-result redeem-result--${result.ok ? 'ok' : 'refused'}`}
          role="status"
          data-ok={result.ok}
        >
          {result.ok ? (
            <>
              <Text className="redeem-result__title">{COPY.done}</Text>
              <Row label="福利项目" value={result.claim.programmeName} />
              {result.claim.session && (
                <Row label="批次" value={`${result.claim.session.name}（${formatDateTime(result.claim.session.startsAt)}）`} />
              )}
              {result.claim.memberNameMasked && <Row label="会员" value={result.claim.memberNameMasked} />}
              {result.claim.memberNumber && <Row label="会员编号" value={result.claim.memberNumber} />}
              <Row label="核销时间" value={result.claim.redeemedAt ? formatDateTime(result.claim.redeemedAt) : ''} />
              <Row label="状态" value={result.claim.statusName} />
            </>
          ) : (
            <>
              <Text className="redeem-result__title">{result.title}</Text>
              {result.hint && <Text className="redeem-result__hint">{result.hint}</Text>}
            </>
          )}
        </View>
      )}
    </View>
  )
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className="redeem-result__row">
      <Text className="redeem-result__label">{label}</Text>
      <Text className="redeem-result__value">{value}</Text>
    </View>
  )
}

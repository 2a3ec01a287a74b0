import { ErrorCode } from '@kgh/shared'
import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { api, ApiError } from '../../services/api'
import type { Schema } from '@kgh/api-client'
import LoadState from '../load-state'
import QrCode from '../qr-code'
import { groupShortCode } from '../code-entry/short-code'
import { formatDateTime } from '../../utils/format'
import './index.scss'

/** Fetch the next code this long before the current one expires, so the shown code always scans. */
export const REFRESH_BEFORE_MS = 10_000
const RETRY_MS = 3_000
// The phone's clock may disagree with the server's; keep a code at least this long, at most the API's 120 s.
const MIN_LIFETIME_MS = 15_000
const MAX_LIFETIME_MS = 120_000

const COPY = {
  waiting: '待核销：请向服务点工作人员出示此码',
  redeemed: '已核销',
  countdown: (s: number) => `有效期还剩 ${s} 秒，到期前自动更新`,
  shortCodeLabel: '柜台扫码不便时，请报出数字码',
  textLabel: '长码（可复制发给工作人员粘贴）',
}

type Code = { code: string; shortCode: string; deadline: number }

interface Props {
  claimId: string
  pollMs?: number
}

/** The member's single-use redemption QR: refreshed before it expires, 已核销 as soon as a provider redeems it. */
export default function RedemptionCode({ claimId, pollMs = 3_000 }: Props) {
  const [code, setCode] = useState<Code | null>(null)
  const [claim, setClaim] = useState<Schema<'ClaimView'> | null>(null)
  const [redeemed, setRedeemed] = useState(false)
  // A refusal, shown with a retry; a network or server fault is retried by itself every RETRY_MS.
  const [error, setError] = useState<ApiError | null>(null)
  const [retrying, setRetrying] = useState(false)
  const [now, setNow] = useState(() => Date.now())
  // Each fetch of a code is one attempt; the next attempt asks for a fresh code.
  const [attempt, setAttempt] = useState(0)
  const nextAttempt = () => setAttempt((n) => n + 1)

  useEffect(() => {
    let current = true
    let retry: ReturnType<typeof setTimeout> | undefined
    api.redemptionCode(claimId).then(
      (next) => {
        if (!current) return
        const lifetime = Math.min(Math.max(Date.parse(next.expiresAt) - Date.now(), MIN_LIFETIME_MS), MAX_LIFETIME_MS)
        setCode({ code: next.code, shortCode: next.shortCode, deadline: Date.now() + lifetime })
        setError(null)
        setRetrying(false)
      },
      (e: unknown) => {
        if (!current) return
        setRetrying(false)
        if (e instanceof ApiError && e.code === ErrorCode.AlreadyRedeemed) return setRedeemed(true)
        if (e instanceof ApiError && !e.transient) return setError(e)
        retry = setTimeout(nextAttempt, RETRY_MS)
      },
    )
    return () => {
      current = false
      clearTimeout(retry)
    }
  }, [claimId, attempt])

  // The next code, REFRESH_BEFORE_MS before this one expires.
  useEffect(() => {
    if (!code || redeemed) return
    const timer = setTimeout(nextAttempt, Math.max(0, code.deadline - REFRESH_BEFORE_MS - Date.now()))
    return () => clearTimeout(timer)
  }, [code, redeemed])

  // Whether the provider has redeemed it yet.
  useEffect(() => {
    if (redeemed) return
    // Only this claim, not the member's whole list: it is asked every few seconds.
    // A check that fails is simply asked again at the next tick.
    const check = () => {
      api.claim(claimId).then(
        (mine) => {
          setClaim(mine)
          if (mine.status === 'redeemed') setRedeemed(true)
        },
        () => undefined,
      )
    }
    check()
    const timer = setInterval(check, pollMs)
    return () => clearInterval(timer)
  }, [claimId, pollMs, redeemed])

  useEffect(() => {
    if (redeemed) return
    const timer = setInterval(() => setNow(Date.now()), 1_000)
    return () => clearInterval(timer)
  }, [redeemed])

  const ended = claim && !['confirmed', 'redeemed'].includes(claim.status)
  const secondsLeft = code ? Math.max(0, Math.ceil((code.deadline - now) / 1000)) : 0
  return (
    <View className="redemption">
      {claim && (
        <View className="redemption__claim">
          <Text className="redemption__programme">{claim.programmeName}</Text>
          {claim.session && (
            <Text className="redemption__session">
              {claim.session.name} · {formatDateTime(claim.session.startsAt)}
              {claim.session.location ? ` · ${claim.session.location}` : ''}
            </Text>
          )}
        </View>
      )}
      <View
        id="redemption-status"
        className={`redemption__status${redeemed ? ' redemption__status--done' : ''}`}
        data-status={redeemed ? 'redeemed' : claim?.status}
      >
        <Text>{redeemed ? COPY.redeemed : ended ? claim.statusName : COPY.waiting}</Text>
        {redeemed && claim?.redeemedAt && <Text className="redemption__when">核销时间：{formatDateTime(claim.redeemedAt)}</Text>}
      </View>
      {!redeemed && !ended && (error || !code) && (
        <LoadState
          error={error ?? undefined}
          loading={retrying}
          onRetry={() => {
            setRetrying(true)
            nextAttempt()
          }}
        />
      )}
      {!redeemed && !ended && !error && code && (
        <View className="redemption__code">
          <QrCode id="redemption-qr" payload={code.code} size={240} label="福利核销二维码" />
          <View className="redemption__short">
            <Text className="redemption__short-label">{COPY.shortCodeLabel}</Text>
            <Text id="redemption-short-code" className="redemption__short-code" data-digits={code.shortCode}>
              {groupShortCode(code.shortCode)}
            </Text>
          </View>
          <Text id="redemption-countdown" className="redemption__countdown">
            {COPY.countdown(secondsLeft)}
          </Text>
          <Text className="redemption__label">{COPY.textLabel}</Text>
          <Text id="redemption-code-text" className="redemption__text" userSelect>
            {code.code}
          </Text>
        </View>
      )}
    </View>
  )
}

import { ErrorCode } from '@kgh/shared'
import { useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { ApiError } from '../../services/api'
import type { Schema } from '@kgh/api-client'
import SessionPicker from '../session-picker'
import ClaimConfirm from './claim-confirm'
import ClaimedCard from './claimed-card'
import { type ClaimAttempt, isSameClaim, newClaimAttempt, sendClaimAttempt } from './claim-attempt'
import './index.scss'

const COPY = {
  claim: '申领',
  retry: '重试申领',
  chooseSession: '请先选择批次',
  notEligible: '暂不可申领',
  refused: '申领未成功',
  unsure: '网络不稳定，暂未收到申领结果',
  unsureHint: '请点击“重试申领”，重试不会重复申领',
  failed: '申领失败，请稍后再试',
  alreadyClaimed: (status: string) => `已申领（${status}）`,
  alreadyClaimedHint: '您已申领过这项福利，可查看申领记录',
}

type Outcome = { kind: 'claimed'; claim: Schema<'ClaimView'> } | { kind: 'refused'; title: string; lines: string[] } | { kind: 'unsure' }

function claimedText(claim: Schema<'ClaimView'>): { title: string; hint: string } {
  switch (claim.status) {
    case 'confirmed':
      return { title: '已确认', hint: '申领成功。到场时出示核销码，也可在“我的福利”中找到它' }
    case 'waitlisted':
      return {
        title: claim.waitlistPosition ? `候补第${claim.waitlistPosition}位` : '候补中',
        hint: '名额已满，您已进入候补；有人取消时按顺序自动递补，请留意“我的福利”',
      }
    case 'pending_review':
      return { title: '待审核', hint: '已提交，工会审核通过后生效' }
    default:
      return { title: claim.statusName, hint: '' }
  }
}

/** The API's words for a refusal; NOT_ELIGIBLE lists each reason on its own line. */
function refusalLines(e: ApiError): string[] {
  const reasons = (e.body.details ?? []).map((d) => d.message).filter(Boolean)
  return e.code === ErrorCode.NotEligible && reasons.length > 0 ? reasons : [e.message]
}

interface Props {
  programme: Schema<'ProgrammeDetailView'>
  /** The worker's claim of this programme made before, when the programme allows no second one. */
  existingClaim?: Schema<'ClaimView'> | null
  /** Waits between automatic resends of an unanswered attempt. */
  retryDelaysMs?: readonly number[]
  onClaimed?: (claim: Schema<'ClaimView'>) => void
  /** After a refusal: places or eligibility may have changed, so the page reloads them. */
  onRefused?: () => void
  onShowCode: (claimId: string) => void
  onMyClaims: () => void
}

/** Choose a batch and claim: one Idempotency-Key per attempt, the same key for every retry of it. */
export default function ClaimPanel({
  programme,
  existingClaim,
  retryDelaysMs = [1000, 3000],
  onClaimed,
  onRefused,
  onShowCode,
  onMyClaims,
}: Props) {
  const [sessionId, setSessionId] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const unanswered = useRef<ClaimAttempt | null>(null)

  const chosen = programme.hasSessions ? sessionId : null
  const claim = async () => {
    const attempt = isSameClaim(unanswered.current, programme.id, chosen) ? unanswered.current : newClaimAttempt(programme.id, chosen)
    unanswered.current = attempt
    setConfirming(false)
    setBusy(true)
    setOutcome(null)
    try {
      const result = await sendClaimAttempt(attempt, retryDelaysMs)
      unanswered.current = null
      setOutcome({ kind: 'claimed', claim: result })
      onClaimed?.(result)
    } catch (e) {
      if (e instanceof ApiError && e.transient) {
        setOutcome({ kind: 'unsure' })
      } else {
        unanswered.current = null
        setOutcome({ kind: 'refused', title: COPY.refused, lines: e instanceof ApiError ? refusalLines(e) : [COPY.failed] })
        onRefused?.()
      }
    } finally {
      setBusy(false)
    }
  }

  const pick = (id: string) => {
    setSessionId(id)
    setConfirming(false)
    if (outcome?.kind !== 'claimed') setOutcome(null)
  }

  if (outcome?.kind === 'claimed') {
    const { title, hint } = claimedText(outcome.claim)
    return <ClaimedCard id="claim-result" claim={outcome.claim} title={title} hint={hint} onShowCode={onShowCode} onMyClaims={onMyClaims} />
  }
  if (existingClaim && programme.eligibility.reasons.includes('ALREADY_CLAIMED')) {
    return (
      <ClaimedCard
        id="claim-existing"
        claim={existingClaim}
        title={COPY.alreadyClaimed(existingClaim.statusName)}
        hint={COPY.alreadyClaimedHint}
        onShowCode={onShowCode}
        onMyClaims={onMyClaims}
      />
    )
  }

  const eligible = programme.eligibility.eligible
  const needsSession = programme.hasSessions && !chosen
  const label = !eligible ? COPY.notEligible : needsSession ? COPY.chooseSession : outcome?.kind === 'unsure' ? COPY.retry : COPY.claim
  return (
    <View className="claim-panel">
      {programme.hasSessions && (
        <>
          <Text className="claim-panel__section">选择批次</Text>
          <SessionPicker sessions={programme.sessions} selected={sessionId} hasWaitlist={programme.hasWaitlist} onSelect={pick} />
        </>
      )}
      {outcome?.kind === 'refused' && (
        <View id="claim-result" className="claim-result claim-result--refused" role="alert">
          <Text className="claim-result__title">{outcome.title}</Text>
          {outcome.lines.map((line) => (
            <Text key={line} className="claim-result__line">
              {line}
            </Text>
          ))}
        </View>
      )}
      {outcome?.kind === 'unsure' && (
        <View id="claim-result" className="claim-result claim-result--unsure" role="alert">
          <Text className="claim-result__title">{COPY.unsure}</Text>
          <Text className="claim-result__line">{COPY.unsureHint}</Text>
        </View>
      )}
      {confirming ? (
        <ClaimConfirm
          programme={programme}
          session={programme.sessions.find((s) => s.id === chosen) ?? null}
          onConfirm={claim}
          onBack={() => setConfirming(false)}
        />
      ) : (
        <Button
          id="programme-claim"
          type="primary"
          block
          size="large"
          loading={busy}
          disabled={busy || !eligible || needsSession}
          // A retry resends the attempt already confirmed; a new claim is confirmed first.
          onClick={outcome?.kind === 'unsure' ? claim : () => setConfirming(true)}
        >
          {label}
        </Button>
      )}
    </View>
  )
}

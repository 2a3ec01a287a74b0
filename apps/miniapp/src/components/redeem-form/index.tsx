import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { api } from '../../services/api'
import type { Schema } from '@kgh/api-client'
import CodeEntry, { type ReadCode } from '../code-entry'
import RedemptionPreview, { type RedemptionPreview as Preview } from '../redemption-preview'
import { sessionWhen } from '../programme-card/format'
import FactRow from '../fact-row'
import OutcomeCard from '../outcome-card'
import { formatDateTime } from '../../utils/format'
import { refusalOf, type Refusal } from './refusal'
import './index.scss'

export { refusalOf } from './refusal'

const COPY = {
  checking: '正在查询核销码…',
  confirm: '确认核销',
  again: '取消/重新扫码',
  done: '核销成功',
  next: '继续核销',
  retry: '重试',
}

/** Where the provider is: reading a code, checking whose it is, confirming, and the outcome. */
type Step =
  | { at: 'read'; busy: boolean }
  | { at: 'preview'; read: ReadCode; preview: Preview; busy: boolean }
  | { at: 'done'; claim: Schema<'RedemptionView'>; preview: Preview }
  | { at: 'refused'; read: ReadCode; refusal: Refusal; retry: () => void }

/** Provider mode: read the member's code, see whose claim it is, confirm it once, and show what was redeemed. */
export default function RedeemForm() {
  const [step, setStep] = useState<Step>({ at: 'read', busy: false })
  const restart = () => setStep({ at: 'read', busy: false })

  const check = async (read: ReadCode, clear: () => void = () => undefined) => {
    setStep({ at: 'read', busy: true })
    try {
      const preview = await api.redemptionPreview(read)
      clear()
      setStep({ at: 'preview', read, preview, busy: false })
    } catch (e) {
      setStep({ at: 'refused', read, refusal: refusalOf(e, read), retry: () => void check(read) })
    }
  }

  const confirm = async (read: ReadCode, preview: Preview) => {
    setStep({ at: 'preview', read, preview, busy: true })
    try {
      setStep({ at: 'done', claim: await api.redeem(read), preview })
    } catch (e) {
      setStep({ at: 'refused', read, refusal: refusalOf(e, read), retry: () => void confirm(read, preview) })
    }
  }

  return (
    <View className="redeem-form">
      {(step.at === 'read' || step.at === 'refused') && (
        <CodeEntry
          idPrefix="redeem"
          scanLabel="扫码核销"
          pastePlaceholder="粘贴会员二维码下方的长码"
          shortCode
          busy={step.at === 'read' && step.busy}
          onCode={(read, clear) => void check(read, clear)}
        />
      )}
      {step.at === 'read' && step.busy && (
        <Text className="page__hint" aria-live="polite">
          {COPY.checking}
        </Text>
      )}
      {step.at === 'refused' && <RefusalCard refusal={step.refusal} onRetry={step.retry} onRestart={restart} />}
      {step.at === 'preview' && (
        <>
          <RedemptionPreview preview={step.preview} />
          <Button
            id="redeem-confirm"
            type="primary"
            block
            size="large"
            loading={step.busy}
            disabled={step.busy || step.preview.refusal !== null}
            onClick={() => void confirm(step.read, step.preview)}
          >
            {COPY.confirm}
          </Button>
          <Button id="redeem-cancel" type="default" block size="large" disabled={step.busy} onClick={restart}>
            {COPY.again}
          </Button>
        </>
      )}
      {step.at === 'done' && <DoneCard claim={step.claim} preview={step.preview} onNext={restart} />}
    </View>
  )
}

const memberText = (name: string | null, idLast4: string | null) =>
  [name ?? '会员', idLast4 && `（身份证后四位 ${idLast4}）`].filter(Boolean).join('')

function DoneCard({ claim, preview, onNext }: { claim: Schema<'RedemptionView'>; preview: Preview; onNext: () => void }) {
  const session = claim.session
  return (
    <OutcomeCard id="redeem-result" ok title={COPY.done}>
      <FactRow label="福利项目" value={claim.programmeName} />
      {session && <FactRow label="批次" value={session.name} />}
      {session && <FactRow label="批次时间" value={sessionWhen(session)} />}
      <FactRow label="会员" value={memberText(claim.memberNameMasked ?? preview.memberNameMasked, preview.idNumberLast4)} />
      {claim.redeemedAt && <FactRow label="核销时间" value={formatDateTime(claim.redeemedAt)} />}
      <Button id="redeem-next" type="primary" block size="large" onClick={onNext}>
        {COPY.next}
      </Button>
    </OutcomeCard>
  )
}

function RefusalCard({ refusal, onRetry, onRestart }: { refusal: Refusal; onRetry: () => void; onRestart: () => void }) {
  return (
    <OutcomeCard id="redeem-result" ok={false} title={refusal.title}>
      {refusal.hint && <Text className="redeem-result__hint">{refusal.hint}</Text>}
      <View className="redeem-result__actions">
        {refusal.retry && (
          <Button id="redeem-retry" type="primary" size="large" onClick={onRetry}>
            {COPY.retry}
          </Button>
        )}
        <Button id="redeem-restart" type="default" size="large" onClick={onRestart}>
          重新扫码
        </Button>
      </View>
    </OutcomeCard>
  )
}

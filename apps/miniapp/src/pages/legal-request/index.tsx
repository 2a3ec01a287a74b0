import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Schema } from '@kgh/api-client'
import type { LegalStatus } from '@kgh/shared'
import LegalFollowUp from '../../components/legal-follow-up'
import LegalStatusBadge, {
  LEGAL_PARTY_NAMES,
  LEGAL_STATUS_HINTS,
  LEGAL_TOPIC_NAMES,
  isOpenLegalStatus,
} from '../../components/legal-status'
import LegalSteps from '../../components/legal-steps'
import LoadState from '../../components/load-state'
import SignInPrompt from '../../components/sign-in-prompt'
import { usePageData } from '../../hooks/use-page-data'
import { api } from '../../services/api'
import { session } from '../../services/session'
import { formatDate, shanghaiDay } from '../../utils/format'
import { formatFen } from '../../utils/money'
import { carePage } from '../../components/care-page'
import './index.scss'

type Detail = Schema<'LegalRequestDetailView'>

const COPY = {
  signIn: '登录后查看维权求助的处理进度',
  callBack: (r: Detail) => `${r.org.name}将在${formatDate(r.dueOn)}前电话联系您，请保持电话畅通`,
  outcome: '处理结果',
  amounts: '涉及金额',
  description: '情况说明',
  steps: '处理进度',
}

const OUTCOME_TITLES: Partial<Record<LegalStatus, string>> = { answered: '工会的解答', declined: '未受理的原因' }

const AMOUNTS: [keyof Pick<Detail, 'amountClaimedFen' | 'amountAgreedFen' | 'amountRecoveredFen'>, string][] = [
  ['amountClaimedFen', '诉求金额'],
  ['amountAgreedFen', '协议金额'],
  ['amountRecoveredFen', '已追回'],
]

function Fact({ label, value, id }: { label: string; value: string; id?: string }) {
  return (
    <View className="legal-detail__fact">
      <Text className="legal-detail__label">{label}</Text>
      <Text id={id} className="legal-detail__value">
        {value}
      </Text>
    </View>
  )
}

function Summary({ request }: { request: Detail }) {
  const against = LEGAL_PARTY_NAMES[request.against] + (request.againstName ? `（${request.againstName}）` : '')
  return (
    <View className="legal-detail__card">
      <View className="legal-detail__head">
        <Text className="legal-detail__topic">{LEGAL_TOPIC_NAMES[request.topic]}</Text>
        <LegalStatusBadge id="legal-status" status={request.status} />
      </View>
      <Text id="legal-status-hint" className="legal-detail__hint">
        {/* Past the due day the promise would be stale: the status's own line says the union has it. */}
        {request.status === 'submitted' && request.dueOn >= shanghaiDay() ? COPY.callBack(request) : LEGAL_STATUS_HINTS[request.status]}
      </Text>
      <Fact label="编号" value={request.number} id="legal-number" />
      <Fact label="受理工会" value={request.org.name} />
      <Fact label="对方" value={against} />
      <Fact label="涉及人数" value={`${request.workersAffected}人`} />
      <Fact label="联系电话" value={request.phoneMasked} />
      <Fact label="提交时间" value={formatDate(request.submittedAt)} />
    </View>
  )
}

function LegalRequestPage() {
  const id = useRouter().params.id ?? ''
  const {
    data: request,
    error,
    loading,
    reload,
    replace,
  } = usePageData(() => (session.isSignedIn() ? api.legalRequest(id) : Promise.resolve(null)))

  if (request === null) {
    return (
      <View className="page legal-request-page">
        <SignInPrompt id="legal-request-login" text={COPY.signIn} />
      </View>
    )
  }
  if (!request) {
    return (
      <View className="page legal-request-page">
        <LoadState error={error} loading={loading} onRetry={reload} />
      </View>
    )
  }

  // The answer is the request as it is now; a refusal (closed meanwhile, say) loads it again to show why.
  const settle = (sent: Promise<Detail>) =>
    sent.then(replace, (e: unknown) => {
      reload()
      throw e
    })
  const amounts = AMOUNTS.flatMap(([key, label]) => (request[key] === null ? [] : [{ key, label, fen: request[key] }]))
  return (
    <View className="page legal-request-page">
      <Summary request={request} />
      {request.outcome && (
        <View id="legal-outcome" className="legal-detail__card legal-detail__card--outcome">
          <Text className="legal-detail__section">{OUTCOME_TITLES[request.status] ?? COPY.outcome}</Text>
          <Text className="legal-detail__text">{request.outcome}</Text>
        </View>
      )}
      {amounts.length > 0 && (
        <View id="legal-amounts" className="legal-detail__card">
          <Text className="legal-detail__section">{COPY.amounts}</Text>
          {amounts.map((a) => (
            <Fact key={a.key} label={a.label} value={formatFen(a.fen)} />
          ))}
        </View>
      )}
      <View className="legal-detail__card">
        <Text className="legal-detail__section">{COPY.description}</Text>
        <Text className="legal-detail__text">{request.description}</Text>
      </View>
      <View className="legal-detail__card">
        <Text className="legal-detail__section">{COPY.steps}</Text>
        <LegalSteps steps={request.steps} />
      </View>
      {isOpenLegalStatus(request.status) && (
        <LegalFollowUp onAddNote={(text) => settle(api.addLegalNote(id, text))} onWithdraw={() => settle(api.withdrawLegalRequest(id))} />
      )}
    </View>
  )
}

export default carePage(LegalRequestPage)

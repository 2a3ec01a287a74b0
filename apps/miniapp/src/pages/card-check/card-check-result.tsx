import type { Schema } from '@kgh/api-client'
import FactRow from '../../components/fact-row'
import OutcomeCard from '../../components/outcome-card'
import { formatDate } from '../../utils/format'

/** A verified e-card: what the station host matches against the person and their ID card. */
export default function CardCheckResult({ card }: { card: Schema<'CardCheckView'> }) {
  const active = card.valid && card.membershipActive
  return (
    <OutcomeCard id="card-check-result" ok={active} title={active ? '有效会员' : '会籍无效，不能享受会员服务'}>
      <FactRow label="会员" value={card.memberNameMasked ?? '未登记'} />
      <FactRow id="card-check-id-last4" label="身份证后四位" value={card.idNumberLast4 ?? '未登记'} strong />
      <FactRow label="会员编号" value={card.memberNumber} />
      <FactRow label="所属工会" value={card.unionName} />
      <FactRow label="入会日期" value={formatDate(card.joinedAt)} />
    </OutcomeCard>
  )
}

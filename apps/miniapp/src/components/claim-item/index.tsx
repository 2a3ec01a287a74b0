import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { Schema } from '@kgh/api-client'
import { formatDateTime } from '../programme-card/format'
import { formatFen } from '../../utils/money'
import { formatDate } from '../../utils/format'
import './index.scss'

const LIVE = ['pending_review', 'confirmed', 'waitlisted']

/** A waitlisted claim can always be withdrawn; one holding a place only until its deadline. */
export function canCancel(claim: Schema<'ClaimView'>, now = new Date()): boolean {
  if (!LIVE.includes(claim.status)) return false
  return claim.status === 'waitlisted' || now <= new Date(claim.cancellableUntil)
}

interface Props {
  claim: Schema<'ClaimView'>
  busy?: boolean
  onShowCode: (claimId: string) => void
  onCancel: (claim: Schema<'ClaimView'>) => void
}

/** One of 我的福利: status in Chinese, the batch, and what the member can do with it now. */
export default function ClaimItem({ claim, busy, onShowCode, onCancel }: Props) {
  return (
    <View className="claim-item" data-claim-id={claim.id} data-status={claim.status}>
      <View className="claim-item__head">
        <Text className="claim-item__name">{claim.programmeName}</Text>
        <Text className={`claim-item__status claim-item__status--${claim.status}`}>{claim.statusName}</Text>
      </View>
      {claim.session && (
        <>
          <Text className="claim-item__line">{claim.session.name}</Text>
          <Text className="claim-item__line">
            {formatDateTime(claim.session.startsAt)}
            {claim.session.location ? ` · ${claim.session.location}` : ''}
          </Text>
        </>
      )}
      <Text className="claim-item__meta">
        申领于 {formatDate(claim.createdAt)}
        {claim.costFen > 0 ? ` · 工会补助 ${formatFen(claim.costFen)}` : ''}
      </Text>
      {claim.status === 'rejected' && claim.rejectReason && <Text className="claim-item__reason">未通过原因：{claim.rejectReason}</Text>}
      {claim.status === 'redeemed' && claim.redeemedAt && (
        <Text className="claim-item__meta">核销于 {formatDateTime(claim.redeemedAt)}</Text>
      )}
      {(claim.status === 'confirmed' || canCancel(claim)) && (
        <View className="claim-item__actions">
          {claim.status === 'confirmed' && (
            <Button id="claim-show-code" className="claim-item__show-code" type="primary" size="large" onClick={() => onShowCode(claim.id)}>
              出示核销码
            </Button>
          )}
          {canCancel(claim) && (
            <Button className="claim-item__cancel" size="large" loading={busy} disabled={busy} onClick={() => onCancel(claim)}>
              取消申领
            </Button>
          )}
        </View>
      )}
    </View>
  )
}

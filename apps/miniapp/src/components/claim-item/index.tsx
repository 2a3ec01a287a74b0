import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { Schema } from '@kgh/api-client'
import { batchLine } from '../programme-card/format'
import { formatDateTime } from '../../utils/format'
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
  /** Called once the member confirmed, on the card itself (关怀模式 allows no pop-up). */
  onCancel: (claim: Schema<'ClaimView'>) => void
}

/** One of 我的福利: status in Chinese, the batch, and what the member can do with it now. */
export default function ClaimItem({ claim, busy, onShowCode, onCancel }: Props) {
  const [confirming, setConfirming] = useState(false)
  if (confirming && canCancel(claim)) {
    return (
      <View className="claim-item claim-item--confirming" data-claim-id={claim.id} data-status={claim.status} role="group">
        <Text className="claim-item__name">取消申领</Text>
        <Text className="claim-item__line">确定取消“{claim.programmeName}”吗？取消后名额将让给其他会员。</Text>
        {claim.session && <Text className="claim-item__line">批次：{batchLine(claim.session)}</Text>}
        <View className="claim-item__actions">
          <Button
            id="claim-cancel-yes"
            type="primary"
            size="large"
            loading={busy}
            disabled={busy}
            onClick={() => {
              setConfirming(false)
              onCancel(claim)
            }}
          >
            确定取消
          </Button>
          <Button id="claim-cancel-no" size="large" onClick={() => setConfirming(false)}>
            再想想
          </Button>
        </View>
      </View>
    )
  }
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
            <Button className="claim-item__cancel" size="large" loading={busy} disabled={busy} onClick={() => setConfirming(true)}>
              取消申领
            </Button>
          )}
        </View>
      )}
    </View>
  )
}

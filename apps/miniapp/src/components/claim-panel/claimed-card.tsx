import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { Schema } from '@kgh/api-client'
import { batchLine } from '../programme-card/format'

interface Props {
  claim: Schema<'ClaimView'>
  title: string
  hint: string
  /** This visit's claim, or one made before (a once-a-year programme already claimed). */
  id: 'claim-result' | 'claim-existing'
  onShowCode: (claimId: string) => void
  onMyClaims: () => void
}

/** A claim that went through: which batch, and the way to it (its code, or 我的福利). */
export default function ClaimedCard({ claim, title, hint, id, onShowCode, onMyClaims }: Props) {
  return (
    <View id={id} className="claim-result claim-result--ok" data-status={claim.status} data-claim-id={claim.id} role="status">
      <Text className="claim-result__title">{title}</Text>
      <Text className="claim-result__line">福利项目：{claim.programmeName}</Text>
      {claim.session && (
        <Text id={`${id}-batch`} className="claim-result__line">
          批次：{batchLine(claim.session)}
        </Text>
      )}
      {hint && <Text className="claim-result__hint">{hint}</Text>}
      {claim.status === 'confirmed' && (
        <Button id={`${id}-show-code`} type="primary" block size="large" onClick={() => onShowCode(claim.id)}>
          出示核销码
        </Button>
      )}
      <Button id={`${id}-my-claims`} block size="large" onClick={onMyClaims}>
        查看我的申领记录
      </Button>
    </View>
  )
}

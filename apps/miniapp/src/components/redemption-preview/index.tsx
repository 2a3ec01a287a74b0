import { Text, View } from '@tarojs/components'
import FactRow from '../fact-row'
import { sessionWhen } from '../programme-card/format'
import type { RedemptionPreview as Preview } from './types'
import './index.scss'

export type { RedemptionNotice, RedemptionPreview } from './types'

const NOT_ON_RECORD = '未登记'

/**
 * Whose claim the code is, before anything is written: what the provider checks against the person and
 * their ID card at the counter. Warnings and a refusal are boxed and worded, never colour alone.
 */
export default function RedemptionPreview({ preview }: { preview: Preview }) {
  const { session } = preview
  return (
    <View id="redeem-preview" className="redemption-preview" data-refused={preview.refusal ? 'true' : 'false'}>
      <Text className="redemption-preview__title">核对会员信息</Text>
      <FactRow label="福利项目" value={preview.programme.name} />
      {session && <FactRow label="批次" value={session.name} />}
      {session && <FactRow id="redeem-preview-window" label="批次时间" value={sessionWhen(session)} />}
      {session?.location && <FactRow label="地点" value={session.location} />}
      <FactRow label="会员" value={preview.memberNameMasked ?? NOT_ON_RECORD} />
      <FactRow id="redeem-preview-id-last4" label="身份证后四位" value={preview.idNumberLast4 ?? NOT_ON_RECORD} strong />
      {preview.memberNumber && <FactRow label="会员编号" value={preview.memberNumber} />}
      <FactRow
        id="redeem-preview-membership"
        label="会籍状态"
        value={preview.membershipActive ? '有效会员' : '会籍无效（非有效会员）'}
        strong={!preview.membershipActive}
      />
      {preview.warnings.length > 0 && (
        <View id="redeem-preview-warnings" className="redemption-preview__warnings" role="note">
          <Text className="redemption-preview__box-title">⚠ 请注意</Text>
          {preview.warnings.map((w) => (
            <Text key={w.code} className="redemption-preview__warning" data-code={w.code}>
              {w.message}
            </Text>
          ))}
        </View>
      )}
      {preview.refusal && (
        <View id="redeem-preview-refusal" className="redemption-preview__refusal" role="alert" data-code={preview.refusal.code}>
          <Text className="redemption-preview__box-title">✕ 不能核销</Text>
          <Text>{preview.refusal.message}</Text>
        </View>
      )}
    </View>
  )
}

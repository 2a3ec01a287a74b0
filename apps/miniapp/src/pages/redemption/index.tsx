import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import RedemptionCode from '../../components/redemption-code'
import './index.scss'

export default function Redemption() {
  const claimId = useRouter().params.claimId ?? ''
  return (
    <View className="page redemption-page">
      <RedemptionCode claimId={claimId} />
    </View>
  )
}

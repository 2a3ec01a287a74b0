import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import RedemptionCode from '../../components/redemption-code'
import { carePage } from '../../components/care-page'
import './index.scss'

function Redemption() {
  const claimId = useRouter().params.claimId ?? ''
  return (
    <View className="page redemption-page">
      <RedemptionCode claimId={claimId} />
    </View>
  )
}

export default carePage(Redemption)

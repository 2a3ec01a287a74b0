import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import RedeemForm from '../../components/redeem-form'
import StaffGate from '../../components/staff-gate'
import { carePage } from '../../components/care-page'
import { openPage } from '../../utils/navigate'
import './index.scss'

const COPY = {
  title: '福利核销',
  hint: '请会员打开“我的福利 → 出示核销码”：扫二维码，或输入会员报出的 8 位数字码。核销码一次有效。',
  cardCheck: '查验会员卡',
}

function Redeem() {
  return (
    <StaffGate id="redeem">
      {(user) => (
        <View className="page redeem">
          <Text className="page__title">{COPY.title}</Text>
          <Text className="page__hint">{COPY.hint}</Text>
          <View className="redeem__bar">
            <Text id="redeem-operator" className="redeem__operator">
              核销人员：{user.displayName}
            </Text>
            <Button id="redeem-card-check" type="primary" fill="outline" size="small" onClick={() => openPage('card-check')}>
              {COPY.cardCheck}
            </Button>
          </View>
          <RedeemForm />
        </View>
      )}
    </StaffGate>
  )
}

export default carePage(Redeem)

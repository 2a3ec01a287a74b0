import { Text, View } from '@tarojs/components'
import { CURRENT_CONSENT_VERSION } from '@kgh/shared'

export default function PrivacyNotice() {
  return (
    <View className="privacy-notice">
      <Text className="privacy-notice__title">个人信息保护告知书（{CURRENT_CONSENT_VERSION}版）</Text>
      <Text className="privacy-notice__body">
        柯桥区总工会收集您的姓名、身份证号、手机号、职业、工作单位和工作镇街，仅用于办理入会、发放电子会员卡和提供会员服务。
        身份证号加密保存，页面只显示部分号码；您的申请只由负责审核的工会工作人员查看。您可以随时联系工会查询、更正或删除您的信息。
      </Text>
    </View>
  )
}

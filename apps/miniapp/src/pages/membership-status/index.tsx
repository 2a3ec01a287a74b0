import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { APPLICATION_STATUS_NAMES } from '@kgh/shared'
import { api } from '../../services/api'
import { usePageData } from '../../hooks/use-page-data'
import { formatDate } from '../../utils/format'
import { openPage } from '../../utils/navigate'
import './index.scss'

export default function MembershipStatusPage() {
  const { data, error, loading } = usePageData(api.membership)
  if (loading && !data) return <View className="page" />
  if (error || !data)
    return (
      <View className="page">
        <Text className="form-error">{error?.message}</Text>
      </View>
    )

  const { status, application } = data
  if (status === 'none' || !application) {
    return (
      <View className="page">
        <Text id="status-name" className="page__title">
          尚未申请入会
        </Text>
        <Button id="status-join" type="primary" block size="large" onClick={() => openPage('join')}>
          加入工会
        </Button>
      </View>
    )
  }
  return (
    <View className="page">
      <View className={`status-card status-card--${status}`}>
        <Text id="status-name" className="status-card__status">
          {APPLICATION_STATUS_NAMES[application.status]}
        </Text>
        <Text className="status-card__line">受理工会：{application.targetOrg.name}</Text>
        <Text className="status-card__line">提交时间：{formatDate(application.submittedAt)}</Text>
        {application.reviewedAt && <Text className="status-card__line">审核时间：{formatDate(application.reviewedAt)}</Text>}
        {status === 'pending' && <Text className="status-card__line">工会工作人员正在审核，请耐心等待。</Text>}
        {status === 'rejected' && (
          <Text id="status-reason" className="status-card__reason">
            未通过原因：{application.rejectReason}
          </Text>
        )}
      </View>
      {status === 'rejected' && (
        <Button id="status-reapply" type="primary" block size="large" onClick={() => openPage('join')}>
          修改后重新申请
        </Button>
      )}
      {status === 'approved' && (
        <Button id="status-card" type="primary" block size="large" onClick={() => openPage('card')}>
          查看电子会员卡
        </Button>
      )}
    </View>
  )
}

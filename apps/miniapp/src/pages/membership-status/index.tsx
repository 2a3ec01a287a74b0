import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { APPLICATION_STATUS_NAMES } from '@kgh/shared'
import type { Schema } from '@kgh/api-client'
import { draftForCorrection } from '../../components/join-form/draft'
import LoadState from '../../components/load-state'
import { api } from '../../services/api'
import { usePageData } from '../../hooks/use-page-data'
import { formatDate } from '../../utils/format'
import { openPage } from '../../utils/navigate'
import { carePage } from '../../components/care-page'
import './index.scss'

type Rejected = Pick<Schema<'ApplicationSummaryView'>, 'id' | 'rejectReason' | 'answers'>

/** The join form, filled with the rejected application's answers but for what the reason names. */
function correct({ id, rejectReason, answers }: Rejected) {
  if (answers) draftForCorrection(id, rejectReason ?? '', answers)
  return openPage('join')
}

function MembershipStatusPage() {
  const { data, error, loading, reload } = usePageData(api.membership)
  if (!data)
    return (
      <View className="page">
        <LoadState error={error} loading={loading} onRetry={reload} />
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
        <Button id="status-reapply" type="primary" block size="large" onClick={() => correct(application)}>
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

export default carePage(MembershipStatusPage)

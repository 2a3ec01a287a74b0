import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import AmenityIcons from '../../components/amenity-icons'
import OpeningHours from '../../components/opening-hours'
import { formatShanghaiTime } from '../../components/opening-hours/format'
import { OpenBadge } from '../../components/station-card'
import { kindName } from '../../components/station-card/format'
import StationReportForm from '../../components/station-report-form'
import { usePageData } from '../../hooks/use-page-data'
import { api, ApiError } from '../../services/api'
import { openMapAt } from '../../services/location'
import { session } from '../../services/session'
import type { Schema } from '@kgh/api-client'
import { formatDate } from '../../utils/format'
import './index.scss'

const COPY = {
  loading: '加载中…',
  notVerified: '尚未核实',
  noPhone: '暂无电话',
  navigate: '导航前往',
  checkIn: '打卡',
  report: '反馈问题',
  checkedIn: (at: string) => `打卡成功（${formatShanghaiTime(at)}），感谢使用驿站`,
  reported: '反馈已提交，工会将尽快核实处理',
  failed: '操作失败，请稍后再试',
}

type Message = { text: string; tone: 'ok' | 'error' }

const goSignIn = () => Taro.navigateTo({ url: '/pages/login/index' })
const failure = (e: unknown) => (e instanceof ApiError ? e.message : COPY.failed)

export default function Station() {
  const id = useRouter().params.id ?? ''
  const { data: station, error } = usePageData(() => api.station(id))
  const [message, setMessage] = useState<Message | null>(null)
  const [reporting, setReporting] = useState(false)
  const [checkingIn, setCheckingIn] = useState(false)

  if (error)
    return (
      <View className="page">
        <Text className="form-error">{error.message}</Text>
      </View>
    )
  if (!station)
    return (
      <View className="page">
        <Text className="page__hint">{COPY.loading}</Text>
      </View>
    )

  const checkIn = async () => {
    if (!session.isSignedIn()) return goSignIn()
    setCheckingIn(true)
    try {
      const result = await api.checkIn(station.id)
      setMessage({ text: COPY.checkedIn(result.checkedInAt), tone: 'ok' })
    } catch (e) {
      setMessage({ text: failure(e), tone: 'error' })
    } finally {
      setCheckingIn(false)
    }
  }

  const startReport = () => {
    if (!session.isSignedIn()) return goSignIn()
    setMessage(null)
    setReporting(true)
  }

  const submitReport = async (report: Schema<'ReportStationDto'>) => {
    try {
      await api.reportStation(station.id, report)
      setReporting(false)
      setMessage({ text: COPY.reported, tone: 'ok' })
    } catch (e) {
      setMessage({ text: failure(e), tone: 'error' })
    }
  }

  return (
    <View className="page station">
      <View className="station__card">
        <Text id="station-name" className="station__name">
          {station.name}
        </Text>
        <View className="station__meta">
          <OpenBadge id="station-open" open={station.isOpenNow} />
          <Text className="station__kind">{kindName(station.kind)}</Text>
        </View>
        <Text id="station-address" className="station__address">
          {station.address}
        </Text>
        <Text id="station-verified" className="page__hint">
          最近核实：{station.lastVerifiedAt ? formatDate(station.lastVerifiedAt) : COPY.notVerified}
        </Text>
      </View>

      <View className="station__actions">
        <Button id="station-navigate" type="primary" size="large" onClick={() => openMapAt(station)}>
          {COPY.navigate}
        </Button>
        <Button id="station-checkin" size="large" loading={checkingIn} disabled={checkingIn} onClick={checkIn}>
          {COPY.checkIn}
        </Button>
      </View>
      {message && (
        <View id="station-message" role="status" className={`station__message station__message--${message.tone}`}>
          <Text>{message.text}</Text>
        </View>
      )}

      <View className="station__card">
        <Text className="station__section">营业时间</Text>
        <OpeningHours hours={station.openingHours} closures={station.closures} />
      </View>
      <View className="station__card">
        <Text className="station__section">设施</Text>
        <AmenityIcons amenities={station.amenities} />
      </View>
      <View className="station__card">
        <Text className="station__section">联系电话</Text>
        {station.phone ? (
          <Text id="station-phone" className="station__phone" onClick={() => Taro.makePhoneCall({ phoneNumber: station.phone! })}>
            {station.phone}（点击拨打）
          </Text>
        ) : (
          <Text className="page__hint">{COPY.noPhone}</Text>
        )}
      </View>

      {reporting ? (
        <StationReportForm onSubmit={submitReport} onCancel={() => setReporting(false)} />
      ) : (
        <Button id="station-report" size="large" block onClick={startReport}>
          {COPY.report}
        </Button>
      )}
    </View>
  )
}

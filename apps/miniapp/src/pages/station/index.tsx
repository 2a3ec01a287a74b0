import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import AmenityIcons from '../../components/amenity-icons'
import LoadState from '../../components/load-state'
import OfflineBanner from '../../components/load-state/offline-banner'
import OpeningHours from '../../components/opening-hours'
import { formatShanghaiTime } from '../../components/opening-hours/format'
import { OpenBadge } from '../../components/station-card'
import { formatDistance, kindName } from '../../components/station-card/format'
import StationReportForm from '../../components/station-report-form'
import { usePageData } from '../../hooks/use-page-data'
import { api, ApiError, ClientErrorCode } from '../../services/api'
import { openMapAt } from '../../services/location'
import { session } from '../../services/session'
import { stationCache, type CachedStation } from '../../services/station-cache'
import type { Schema } from '@kgh/api-client'
import { formatDate } from '../../utils/format'
import { carePage } from '../../components/care-page'
import { tappable } from '../../utils/tappable'
import './index.scss'

const COPY = {
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

/** The station from the API, kept for later; with the network gone, as the device kept it and when. */
async function load(id: string): Promise<{ station: CachedStation; savedAt?: number }> {
  try {
    const station = await api.station(id)
    stationCache.saveStation(station)
    return { station }
  } catch (e) {
    const kept = e instanceof ApiError && e.code === ClientErrorCode.Network ? stationCache.station(id) : null
    if (!kept) throw e
    return { station: kept.value, savedAt: kept.savedAt }
  }
}

function Station() {
  const id = useRouter().params.id ?? ''
  const { data, error, loading, reload } = usePageData(() => load(id))
  const [message, setMessage] = useState<Message | null>(null)
  const [reporting, setReporting] = useState(false)
  const [checkingIn, setCheckingIn] = useState(false)

  if (!data)
    return (
      <View className="page">
        <LoadState error={error} loading={loading} onRetry={reload} rows={6} />
      </View>
    )
  const { station, savedAt } = data

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
      {savedAt !== undefined && <OfflineBanner id="station-offline" what="驿站信息" savedAt={savedAt} loading={loading} onRetry={reload} />}
      <View className="station__card">
        <Text id="station-name" className="station__name">
          {station.name}
        </Text>
        <View className="station__meta">
          <OpenBadge id="station-open" open={station.isOpenNow} asOf={savedAt} />
          <Text className="station__kind">{kindName(station.kind)}</Text>
          {/* Only a station kept from the list has one: how far it was from where that list was searched. */}
          {station.distanceMeters !== undefined && (
            <Text id="station-distance" className="station__distance">
              {formatDistance(station.distanceMeters)}
            </Text>
          )}
        </View>
        <Text id="station-address" className="station__address">
          {station.address}
        </Text>
        {/* A station kept from the list has no check date: say nothing rather than 尚未核实. */}
        {station.lastVerifiedAt !== undefined && (
          <Text id="station-verified" className="page__hint">
            最近核实：{station.lastVerifiedAt ? formatDate(station.lastVerifiedAt) : COPY.notVerified}
          </Text>
        )}
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
          <Text id="station-phone" className="station__phone" {...tappable(() => void Taro.makePhoneCall({ phoneNumber: station.phone! }))}>
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

export default carePage(Station)

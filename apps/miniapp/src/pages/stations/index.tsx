import { useEffect, useMemo, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { TOWNS } from '@kgh/shared'
import LoadState from '../../components/load-state'
import OfflineBanner from '../../components/load-state/offline-banner'
import StationCard from '../../components/station-card'
import StationFilters, { type StationFilterValue } from '../../components/station-filters'
import StationMap from '../../components/station-map'
import TownPicker from '../../components/town-picker'
import { api, ApiError, ClientErrorCode, type NearbyStationsQuery } from '../../services/api'
import { locate, toGcj02, type Position } from '../../services/location'
import { townCentre } from './town-centres'
import { useNearbyStations, type KeptOnly } from './use-nearby-stations'
import { carePage } from '../../components/care-page'
import { tappable } from '../../utils/tappable'
import './index.scss'

const COPY = {
  locating: '正在获取您的位置…',
  located: '按离您的距离排序',
  locationFailed: '定位失败，请选择所在镇街',
  fromTown: (name: string) => `从${name}中心查找`,
  relocate: '重新定位',
  chooseTown: '选择镇街',
  empty: '附近没有符合条件的驿站，试试减少筛选条件',
  showMap: '地图',
  showList: '列表',
}

type Origin =
  { status: 'locating' } | { status: 'failed' } | { status: 'located'; position: Position } | { status: 'town'; code: string; name: string }

type Town = { code: string; name: string }

const openStation = (id: string) => Taro.navigateTo({ url: `/pages/station/index?id=${id}` })

/** Where to search from, in the datum the API is told; null until there is a place. */
function searchPoint(origin: Origin): Position | null {
  if (origin.status === 'located') return origin.position
  if (origin.status === 'town') return { ...townCentre(origin.code), coord: 'gcj02' }
  return null
}

function Stations() {
  const [origin, setOrigin] = useState<Origin>({ status: 'locating' })
  const [choosingTown, setChoosingTown] = useState(false)
  const [towns, setTowns] = useState<readonly Town[]>(TOWNS)
  const [filters, setFilters] = useState<StationFilterValue>({ amenities: [], openNow: false })
  const [view, setView] = useState<'list' | 'map'>('list')
  // Each tap on 重新定位 is a new attempt; the page opens with the first.
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let current = true
    locate().then(
      (position) => {
        if (current) setOrigin({ status: 'located', position })
      },
      () => {
        if (current) setOrigin({ status: 'failed' })
      },
    )
    return () => {
      current = false
    }
  }, [attempt])

  const findMe = () => {
    setOrigin({ status: 'locating' })
    setChoosingTown(false)
    setAttempt((n) => n + 1)
  }

  // The towns as the API names them; the shared list stands in when the API cannot be reached. Their
  // failing for want of a network is how a page with no place to search from learns that it is offline.
  const pickerShown = origin.status === 'failed' || choosingTown
  const [offline, setOffline] = useState(false)
  useEffect(() => {
    if (!pickerShown) return
    api.towns().then(
      (list) => {
        setOffline(false)
        if (list.length > 0) setTowns(list)
      },
      (e: unknown) => setOffline(e instanceof ApiError && e.code === ClientErrorCode.Network),
    )
  }, [pickerShown])

  const point = useMemo(() => searchPoint(origin), [origin])
  const query = useMemo<NearbyStationsQuery | KeptOnly | null>(() => {
    const wanted = { amenities: filters.amenities, openNow: filters.openNow || undefined }
    if (point) return { lat: point.lat, lng: point.lng, coord: point.coord, ...wanted }
    return origin.status === 'failed' && offline ? wanted : null
  }, [point, filters, origin.status, offline])
  const { stations, error, savedAt, loading, retry } = useNearbyStations(query)

  const pickTown = (code: string) => {
    setChoosingTown(false)
    setOrigin({ status: 'town', code, name: towns.find((t) => t.code === code)?.name ?? '' })
  }

  const user = origin.status === 'located' ? toGcj02(origin.position) : undefined
  return (
    <View className="page stations">
      <View className="stations__where">
        <Text id="stations-origin" className={origin.status === 'failed' ? 'stations__failed' : 'stations__origin'}>
          {origin.status === 'locating' && COPY.locating}
          {origin.status === 'located' && COPY.located}
          {origin.status === 'failed' && COPY.locationFailed}
          {origin.status === 'town' && COPY.fromTown(origin.name)}
        </Text>
        {origin.status !== 'locating' && (
          <View className="stations__where-actions">
            <Text id="stations-relocate" className="stations__link" {...tappable(findMe)}>
              {COPY.relocate}
            </Text>
            {origin.status !== 'failed' && (
              <Text
                id="stations-choose-town"
                className="stations__link"
                aria-expanded={choosingTown}
                {...tappable(() => setChoosingTown(!choosingTown))}
              >
                {COPY.chooseTown}
              </Text>
            )}
          </View>
        )}
      </View>
      {pickerShown && <TownPicker towns={towns} selected={origin.status === 'town' ? origin.code : undefined} onPick={pickTown} />}

      {(point || savedAt !== undefined) && (
        <>
          <StationFilters value={filters} onChange={setFilters} />
          <View className="stations__bar">
            <Text className="page__hint">{stations ? `共 ${stations.length} 个驿站` : ''}</Text>
            {point && (
              <View id="stations-map-toggle" className="stations__toggle" {...tappable(() => setView(view === 'list' ? 'map' : 'list'))}>
                <Text>{view === 'list' ? COPY.showMap : COPY.showList}</Text>
              </View>
            )}
          </View>
          {/* With no place, trying again means finding one: the kept list then gives way to a search. */}
          {savedAt !== undefined && (
            <OfflineBanner id="stations-offline" what="驿站列表" savedAt={savedAt} loading={loading} onRetry={point ? retry : findMe} />
          )}
          {!stations && <LoadState error={error} loading={loading} onRetry={retry} />}
          {stations && stations.length === 0 && (
            <Text id="stations-empty" className="page__hint">
              {COPY.empty}
            </Text>
          )}
          {stations && stations.length > 0 && (view === 'list' || !point) && (
            <View id="stations-list" className="stations__list">
              {stations.map((s, i) => (
                <StationCard key={s.id} station={s} index={i} savedAt={savedAt} onOpen={openStation} />
              ))}
            </View>
          )}
          {stations && stations.length > 0 && view === 'map' && point && (
            <StationMap stations={stations} user={user} centre={user ?? point} onOpen={openStation} />
          )}
        </>
      )}
    </View>
  )
}

export default carePage(Stations)

import { Text, View } from '@tarojs/components'
import { useCareMode } from '../../hooks/use-care-mode'
import { project, scaleBar } from './project'
import { spreadApart } from './spread'
import type { StationMapProps } from './types'
import { formatDistance } from '../station-card/format'
import { tappable } from '../../utils/tappable'
import './index.scss'

// Height over width of the box; the stylesheet's padding-bottom says the same.
const ASPECT = 1.2
// A marker's touch target (44 design px, 60 in 关怀模式) over the box's width (the 343-px page column),
// with a little room: closer markers are moved apart.
const MARKER_GAP = { standard: 0.14, care: 0.19 }

/**
 * Our own map for H5: Taro's H5 <Map> loads a Baidu script from the internet and shows nothing
 * offline. No tiles, only where the stations are around the user, drawn to scale.
 */
export default function OfflineStationMap({ stations, user, centre, onOpen }: StationMapProps) {
  const origin = user ?? centre
  const { points, metresPerWidth } = project([origin, ...stations], origin, ASPECT)
  const [here, ...stationPoints] = points
  const gap = useCareMode() ? MARKER_GAP.care : MARKER_GAP.standard
  const toBox = (p: { left: number; top: number }) => ({ x: p.left / 100, y: (p.top / 100) * ASPECT })
  const markers = spreadApart(stationPoints.map(toBox), toBox(here), gap, ASPECT, gap / 2).map((p) => ({
    left: p.x * 100,
    top: (p.y / ASPECT) * 100,
  }))
  const bar = scaleBar(metresPerWidth)
  return (
    <View id="stations-map" className="station-map">
      <View className="station-map__box">
        <Text className="station-map__north">北 ↑</Text>
        {stations.map((station, i) => (
          <View
            key={station.id}
            className={`station-marker ${station.isOpenNow ? 'station-marker--open' : 'station-marker--closed'}`}
            data-station-id={station.id}
            aria-label={`${i + 1}号 ${station.name}，${station.isOpenNow ? '营业中' : '已打烊'}`}
            style={{ left: `${markers[i].left}%`, top: `${markers[i].top}%`, zIndex: stations.length - i }}
            {...tappable(() => onOpen(station.id))}
          >
            <Text className="station-marker__dot">{i + 1}</Text>
          </View>
        ))}
        <View className={user ? 'station-map__user' : 'station-map__centre'} style={{ left: `${here.left}%`, top: `${here.top}%` }}>
          <Text className="station-map__user-label">{user ? '我' : '镇街中心'}</Text>
        </View>
        <View className="station-map__scale">
          <View className="station-map__scale-bar" style={{ width: `${bar.widthPercent}%` }} />
          <Text className="station-map__scale-text">{formatDistance(bar.metres)}</Text>
        </View>
      </View>
      <Text className="station-map__hint">示意图（不含街道，挨得近的编号略有挪开）· 红色圆点营业中，灰色方块已打烊 · 点按编号查看驿站</Text>
    </View>
  )
}

import { Text, View } from '@tarojs/components'
import AmenityIcons from '../amenity-icons'
import type { Schema } from '@kgh/api-client'
import { ageText } from '../../utils/age'
import { formatDistance, kindName } from './format'
import { tappable } from '../../utils/tappable'
import './index.scss'

/** 营业中 or 已打烊; as the device kept it (`asOf`, epoch ms), it says when that was true: 营业中（3分钟前）. */
export function OpenBadge({ open, asOf, id }: { open: boolean; asOf?: number; id?: string }) {
  return (
    <Text id={id} className={`open-badge ${open ? 'open-badge--open' : 'open-badge--closed'}`}>
      {open ? '营业中' : '已打烊'}
      {asOf !== undefined && `（${ageText(asOf)}）`}
    </Text>
  )
}

interface Props {
  station: Schema<'NearbyStationView'>
  /** Its place in the list, matching the number on the map. */
  index: number
  /** When the device kept it, if it is shown from the device: whether it is open is as of then. */
  savedAt?: number
  onOpen: (stationId: string) => void
}

/** One station in the nearest-first list: how far, whether it is open now, what it has. */
export default function StationCard({ station, index, savedAt, onOpen }: Props) {
  return (
    <View className="station-card" data-station-id={station.id} {...tappable(() => onOpen(station.id))}>
      <View className="station-card__head">
        <Text className="station-card__index">{index + 1}</Text>
        <Text className="station-card__name">{station.name}</Text>
        <Text className="station-card__distance">{formatDistance(station.distanceMeters)}</Text>
      </View>
      <View className="station-card__meta">
        <OpenBadge open={station.isOpenNow} asOf={savedAt} />
        <Text className="station-card__kind">{kindName(station.kind)}</Text>
        <Text className="station-card__address">{station.address}</Text>
      </View>
      <AmenityIcons amenities={station.amenities} />
    </View>
  )
}

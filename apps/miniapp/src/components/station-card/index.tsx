import { Text, View } from '@tarojs/components'
import AmenityIcons from '../amenity-icons'
import type { Schema } from '@kgh/api-client'
import { formatDistance, kindName } from './format'
import './index.scss'

export function OpenBadge({ open, id }: { open: boolean; id?: string }) {
  return (
    <Text id={id} className={`open-badge ${open ? 'open-badge--open' : 'open-badge--closed'}`}>
      {open ? '营业中' : '已打烊'}
    </Text>
  )
}

interface Props {
  station: Schema<'NearbyStationView'>
  /** Its place in the list, matching the number on the map. */
  index: number
  onOpen: (stationId: string) => void
}

/** One station in the nearest-first list: how far, whether it is open now, what it has. */
export default function StationCard({ station, index, onOpen }: Props) {
  return (
    <View className="station-card" data-station-id={station.id} onClick={() => onOpen(station.id)}>
      <View className="station-card__head">
        <Text className="station-card__index">{index + 1}</Text>
        <Text className="station-card__name">{station.name}</Text>
        <Text className="station-card__distance">{formatDistance(station.distanceMeters)}</Text>
      </View>
      <View className="station-card__meta">
        <OpenBadge open={station.isOpenNow} />
        <Text className="station-card__kind">{kindName(station.kind)}</Text>
        <Text className="station-card__address">{station.address}</Text>
      </View>
      <AmenityIcons amenities={station.amenities} />
    </View>
  )
}

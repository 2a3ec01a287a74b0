import { Map } from '@tarojs/components'
import type { StationMapProps } from './types'
import markerOpen from './marker-open.png'
import markerClosed from './marker-closed.png'
import './index.scss'

/** WeChat's native map: GCJ-02 like the stations, with the user's own blue dot. */
export default function NativeStationMap({ stations, user, centre, onOpen }: StationMapProps) {
  const origin = user ?? centre
  const markers = stations.map((station, i) => ({
    id: i,
    latitude: station.lat,
    longitude: station.lng,
    title: station.name,
    iconPath: station.isOpenNow ? markerOpen : markerClosed,
    width: 28,
    height: 28,
    label: { content: String(i + 1), color: '#ffffff', fontSize: 12, anchorX: -4, anchorY: -22, textAlign: 'center' as const },
  }))
  return (
    <Map
      id="stations-map"
      className="station-map__native"
      latitude={origin.lat}
      longitude={origin.lng}
      scale={14}
      showLocation={Boolean(user)}
      markers={markers as never}
      includePoints={[origin, ...stations].map((p) => ({ latitude: p.lat, longitude: p.lng }))}
      // Without the map we still have the list; nothing to tell the worker here.
      onError={() => undefined}
      onMarkerTap={(e) => {
        const station = stations[Number(e.detail.markerId)]
        if (station) onOpen(station.id)
      }}
    />
  )
}

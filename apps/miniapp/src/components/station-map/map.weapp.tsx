import { Map } from '@tarojs/components'
import { useCareMode } from '../../hooks/use-care-mode'
import { CARE_SCALE } from '../../services/care-mode'
import type { StationMapProps } from './types'
// A red dot for open, a grey square for closed, as on the H5 map: the colour is not the only sign.
import markerOpen from './marker-open.png'
import markerClosed from './marker-closed.png'
import './index.scss'

// The icon is the marker's touch target (its dot drawn 30 px inside 44, as on H5); the number is body text.
const MARKER_PX = 44
const LABEL_PX = 16

/** WeChat's native map: GCJ-02 like the stations, with the user's own blue dot. */
export default function NativeStationMap({ stations, user, centre, onOpen }: StationMapProps) {
  const origin = user ?? centre
  // Native markers are drawn in px, outside the page's rem: 关怀模式 scales them here.
  const scale = useCareMode() ? CARE_SCALE : 1
  const size = Math.round(MARKER_PX * scale)
  const fontSize = Math.round(LABEL_PX * scale)
  const markers = stations.map((station, i) => {
    const number = String(i + 1)
    return {
      id: i,
      latitude: station.lat,
      longitude: station.lng,
      title: station.name,
      ariaLabel: `${number}号 ${station.name}，${station.isOpenNow ? '营业中' : '已打烊'}`,
      iconPath: station.isOpenNow ? markerOpen : markerClosed,
      width: size,
      height: size,
      // The label's top left sits at the offset from the station (Android ignores textAlign): centred on the icon above it.
      label: {
        content: number,
        color: '#ffffff',
        fontSize,
        anchorX: -Math.round(number.length * fontSize * 0.3),
        anchorY: -Math.round(size / 2 + fontSize * 0.7),
        textAlign: 'center' as const,
      },
    }
  })
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

import type { LatLng } from './project'

export interface MapStation extends LatLng {
  id: string
  name: string
  isOpenNow: boolean
}

export interface StationMapProps {
  stations: MapStation[]
  /** The user's position in GCJ-02, the stations' datum; absent when a town centre stands in. */
  user?: LatLng
  /** The centre when there is no user position. */
  centre: LatLng
  onOpen: (stationId: string) => void
}

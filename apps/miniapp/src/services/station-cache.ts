import type { Schema } from '@kgh/api-client'
import { deviceStore } from './device-store'

type Detail = Schema<'StationDetailView'>
type Nearby = Schema<'NearbyStationView'>

/**
 * A station as kept on the device: all of it once opened, what the list said of it otherwise, with
 * the list's distance (from where that search was made) until it is opened again.
 */
export type CachedStation = Omit<Detail, 'townCode' | 'hostOrg' | 'closures' | 'lastVerifiedAt' | 'updatedAt'> &
  Partial<Pick<Detail, 'closures' | 'lastVerifiedAt'> & Pick<Nearby, 'distanceMeters'>>

export interface Saved<T> {
  /** Epoch milliseconds. */
  savedAt: number
  value: T
}

// Enough for the lists of the towns a worker rides through; the oldest go first.
const MAX_STATIONS = 100

const nearbyList = deviceStore<Saved<Nearby[]>>('kgh.stations.nearby')
const stations = deviceStore<Record<string, Saved<CachedStation>>>('kgh.stations.details')

function keep(entries: Record<string, Saved<CachedStation>>) {
  const newest = Object.entries(entries)
    .sort(([, a], [, b]) => b.savedAt - a.savedAt)
    .slice(0, MAX_STATIONS)
  stations.save(Object.fromEntries(newest))
}

/** The last nearby list and each station's details, kept so the pages can show them with the network gone. */
export const stationCache = {
  saveNearby(list: Nearby[], now = Date.now()) {
    nearbyList.save({ savedAt: now, value: list })
    const entries = { ...stations.load() }
    // What the list says is newer; a detail opened before keeps its closures and check date.
    for (const station of list) entries[station.id] = { savedAt: now, value: { ...entries[station.id]?.value, ...station } }
    keep(entries)
  },
  nearby: (): Saved<Nearby[]> | null => nearbyList.load(),
  saveStation(station: Detail, now = Date.now()) {
    keep({ ...stations.load(), [station.id]: { savedAt: now, value: station } })
  },
  station: (id: string): Saved<CachedStation> | null => stations.load()?.[id] ?? null,
}

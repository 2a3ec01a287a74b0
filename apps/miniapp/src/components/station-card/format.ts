import { AMENITIES, STATION_KINDS } from '@kgh/shared'

/** 86 → 86米, 1234 → 1.2公里, 12345 → 12公里. */
export function formatDistance(metres: number): string {
  if (metres < 1000) return `${Math.round(metres)}米`
  const km = metres / 1000
  return km < 10 ? `${km.toFixed(1).replace(/\.0$/, '')}公里` : `${Math.round(km)}公里`
}

// Plain strings: an API newer than this build may send a kind or amenity the shared lists lack.
export const kindName = (kind: string): string => STATION_KINDS.find((k) => k.code === kind)?.name ?? '驿站'

export const amenityName = (amenity: string): string => AMENITIES.find((a) => a.code === amenity)?.name ?? amenity

import { useEffect, useMemo, useRef, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import type { Schema } from '@kgh/api-client'
import { api, ApiError, ClientErrorCode, type NearbyStationsQuery } from '../../services/api'
import { stationCache } from '../../services/station-cache'

type Nearby = Schema<'NearbyStationView'>

/** The filters alone: with no place to search from and the network gone, the kept list is all there is. */
export type KeptOnly = Pick<NearbyStationsQuery, 'amenities' | 'openNow'>

/** The answer to one search, kept with the search it answers so that a newer search shows as loading. */
interface Answer {
  query: NearbyStationsQuery | KeptOnly
  /** Which asking it answers: a retry or a return to the tab asks again. */
  attempt: number
  stations?: Nearby[]
  error?: ApiError
  /** Set when the stations are the list kept on the device, because the network is gone. */
  savedAt?: number
}

const LOAD_FAILED = '驿站加载失败，请稍后再试'
const asApiError = (e: unknown) =>
  e instanceof ApiError ? e : new ApiError({ statusCode: 0, code: ClientErrorCode.Unknown, message: LOAD_FAILED })

/**
 * The kept list, narrowed to the filters chosen now (it may have been kept under others). Whether a
 * station is open is as of when it was kept, and the cards say so: the rule for it lives in the API.
 */
function keptList(query: NearbyStationsQuery | KeptOnly, attempt: number): Answer | null {
  const saved = stationCache.nearby()
  if (!saved) return null
  const amenities = query.amenities ?? []
  const stations = saved.value.filter((s) => amenities.every((a) => s.amenities.includes(a)) && (!query.openNow || s.isOpenNow))
  return { query, attempt, stations, savedAt: saved.savedAt }
}

/**
 * The stations near the query's point, asked again each time the tab is shown again; with the
 * network gone, or `KeptOnly`, the last list kept on the device, marked with when it was kept.
 */
export function useNearbyStations(query: NearbyStationsQuery | KeptOnly | null) {
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [attempt, setAttempt] = useState(0)
  const shownBefore = useRef(false)
  useDidShow(() => {
    // The first show is the page opening, which searches already.
    if (shownBefore.current) setAttempt((n) => n + 1)
    shownBefore.current = true
  })

  // Without a point there is nothing to ask: the kept list answers at once.
  const search = query && 'lat' in query ? query : null
  const kept = useMemo(() => (query && !search ? (keptList(query, attempt) ?? { query, attempt }) : null), [query, search, attempt])

  useEffect(() => {
    if (!search) return undefined
    let current = true
    api.nearbyStations(search).then(
      (stations) => {
        if (!current) return
        stationCache.saveNearby(stations)
        setAnswer({ query: search, attempt, stations })
      },
      (e: unknown) => {
        if (!current) return
        const error = asApiError(e)
        setAnswer((error.code === ClientErrorCode.Network && keptList(search, attempt)) || { query: search, attempt, error })
      },
    )
    return () => {
      current = false
    }
  }, [search, attempt])

  // Until the current search is answered, the list shows as loading.
  const answered = kept ?? (answer?.query === query ? answer : null)
  const loading = !!query && answered?.attempt !== attempt
  return {
    stations: answered?.stations ?? null,
    error: answered?.error,
    savedAt: answered?.savedAt,
    loading,
    retry: () => setAttempt((n) => n + 1),
  }
}

import Taro from '@tarojs/taro'
import type { Schema } from '@kgh/api-client'
import { stationCache } from './station-cache'
import { aNearbyStation } from '../../test/fixtures'

const listed = aNearbyStation()
const { distanceMeters: _distanceMeters, ...rest } = listed
const opened: Schema<'StationDetailView'> = {
  ...rest,
  townCode: 'keqiao',
  hostOrg: null,
  closures: [{ from: '2026-12-01T00:00:00Z', to: '2026-12-02T00:00:00Z', reason: '装修' }],
  lastVerifiedAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z',
}

describe('stationCache', () => {
  beforeEach(() => Taro.clearStorageSync())

  it('keeps each listed station with the list’s distance and time, for a station page opened offline', () => {
    stationCache.saveNearby([listed], 1_000)
    expect(stationCache.station('st-1')).toEqual({ savedAt: 1_000, value: listed })
  })

  it('drops the distance once the station is opened, and keeps its closures and check date under a newer list', () => {
    stationCache.saveNearby([listed], 1_000)
    stationCache.saveStation(opened, 2_000)
    expect(stationCache.station('st-1')).toEqual({ savedAt: 2_000, value: opened })
    stationCache.saveNearby([{ ...listed, name: '新名字' }], 3_000)
    expect(stationCache.station('st-1')).toEqual({ savedAt: 3_000, value: { ...opened, name: '新名字', distanceMeters: 120 } })
  })
})

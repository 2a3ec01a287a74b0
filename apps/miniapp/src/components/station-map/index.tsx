export type { MapStation, StationMapProps } from './types'

/**
 * The one place that chooses the map: WeChat's native <Map> on weapp, our own offline map on H5.
 * Taro resolves `./map` to `map.weapp.tsx` in the WeChat build and to `map.tsx` otherwise (H5,
 * tests), so each build bundles only its own map.
 */
export { default } from './map'

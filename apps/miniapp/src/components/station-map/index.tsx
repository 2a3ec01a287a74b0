import type { ComponentType } from 'react'
import type { StationMapProps } from './types'

export type { MapStation, StationMapProps } from './types'

/**
 * The one place that chooses the map: WeChat's native <Map> on weapp, our own offline map on H5.
 * TARO_ENV is a build-time constant, so each build bundles only its own map.
 */
const StationMap: ComponentType<StationMapProps> =
  process.env.TARO_ENV === 'weapp' ? require('./native-map').default : require('./offline-map').default

export default StationMap

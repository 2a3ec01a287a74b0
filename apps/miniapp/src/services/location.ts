import Taro from '@tarojs/taro'
import type { CoordinateSystem } from '@kgh/shared'

export interface Position {
  lat: number
  lng: number
  /** The datum of lat/lng, sent to the API as `coord`. */
  coord: CoordinateSystem
}

// WeChat reports GCJ-02 (the datum of every map in China); a browser reports only WGS-84 and
// Taro's H5 getLocation refuses gcj02, so the API converts.
const COORD: CoordinateSystem = process.env.TARO_ENV === 'weapp' ? 'gcj02' : 'wgs84'
const TIMEOUT_MS = 10_000

/** The device's position; rejects when the user refuses or the device cannot tell in time. */
export async function locate(): Promise<Position> {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS))
  const found = Taro.getLocation({ type: COORD, highAccuracyExpireTime: TIMEOUT_MS })
  const { latitude, longitude } = await Promise.race([found, timeout])
  return { lat: latitude, lng: longitude, coord: COORD }
}

/** Navigate to a GCJ-02 point: WeChat's own map; on H5 Amap's web page, which takes GCJ-02 too. */
export function openMapAt(place: { lat: number; lng: number; name: string; address: string }) {
  if (process.env.TARO_ENV === 'weapp') {
    return Taro.openLocation({ latitude: place.lat, longitude: place.lng, name: place.name, address: place.address, scale: 17 })
  }
  const url = `https://uri.amap.com/marker?position=${place.lng},${place.lat}&name=${encodeURIComponent(place.name)}&coordinate=gaode&callnative=1`
  window.open(url, '_blank')
}

const A = 6378245.0
// Krasovsky 1940's eccentricity squared; the published 0.00669342162296594323 parses to this same double.
const EE = 0.006693421622965943

function transformLat(x: number, y: number) {
  let ret = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
  ret += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3
  ret += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3
  ret += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3
  return ret
}

function transformLng(x: number, y: number) {
  let ret = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
  ret += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3
  ret += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3
  ret += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3
  return ret
}

/**
 * The position in GCJ-02, to draw the user among the stations (whose coordinates are GCJ-02) on
 * our own map; the published WGS-84 → GCJ-02 formula, the same one the API applies through gcoord.
 */
export function toGcj02(position: Position): { lat: number; lng: number } {
  if (position.coord === 'gcj02') return { lat: position.lat, lng: position.lng }
  const { lat, lng } = position
  const radLat = (lat / 180) * Math.PI
  const magic = 1 - EE * Math.sin(radLat) ** 2
  const sqrtMagic = Math.sqrt(magic)
  const dLat = (transformLat(lng - 105, lat - 35) * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI)
  const dLng = (transformLng(lng - 105, lat - 35) * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI)
  return { lat: lat + dLat, lng: lng + dLng }
}

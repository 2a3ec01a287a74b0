import type { TownCode } from '@kgh/shared'

/**
 * Approximate GCJ-02 centres of Keqiao's 16 towns and streets: where to search from when the
 * phone cannot say where the worker is. A few hundred metres off is fine for "nearest".
 */
export const TOWN_CENTRES: Record<TownCode, { lat: number; lng: number }> = {
  keqiao: { lat: 30.09, lng: 120.49 },
  keyan: { lat: 30.05, lng: 120.47 },
  huashe: { lat: 30.095, lng: 120.44 },
  hutang: { lat: 30.045, lng: 120.42 },
  qixian: { lat: 30.125, lng: 120.51 },
  fuquan: { lat: 30.045, lng: 120.53 },
  qianqing: { lat: 30.1, lng: 120.37 },
  yangxunqiao: { lat: 30.09, lng: 120.3 },
  maan: { lat: 30.17, lng: 120.57 },
  anchang: { lat: 30.15, lng: 120.48 },
  lanting: { lat: 29.97, lng: 120.52 },
  lizhu: { lat: 29.99, lng: 120.44 },
  pingshui: { lat: 29.93, lng: 120.62 },
  jidong: { lat: 29.87, lng: 120.57 },
  xialv: { lat: 30.03, lng: 120.33 },
  wangtan: { lat: 29.86, lng: 120.62 },
}

export const townCentre = (code: string) => TOWN_CENTRES[code as TownCode]

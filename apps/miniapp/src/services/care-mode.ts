import Taro from '@tarojs/taro'

const STORAGE_KEY = 'kgh.careMode'
/** 1 rem = 20 design px (see src/index.html); the design's 16 px body is 16 px on a phone. */
const ROOT_PX = 20
/**
 * 关怀模式 enlarges everything by the same factor: 16 px body text becomes 22 px (WeChat's own care
 * mode sets about 23), the 44 px touch targets become 60.5 px, the MIIT 2021 适老化 minimum.
 */
export const CARE_SCALE = 1.375
// WeChat's standard font setting; a larger system setting scales the app with it.
const WECHAT_STANDARD_FONT_PX = 17

export const isCareMode = (): boolean => Taro.getStorageSync(STORAGE_KEY) === true

/** Remembers the choice on the device and tells every page that is showing. */
export function setCareMode(on: boolean): void {
  Taro.setStorageSync(STORAGE_KEY, on)
  applyCareMode(on)
  for (const listener of listeners) listener(on)
}

// Every page runs in the one JS context of the app (H5 and WeChat alike).
const listeners = new Set<(on: boolean) => void>()

export function onCareModeChange(listener: (on: boolean) => void): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/** The root font size every rem in the app is measured against: care mode, and WeChat's font setting. */
export function rootFontSize(on: boolean, systemFontPx = WECHAT_STANDARD_FONT_PX): string {
  const systemScale = Math.max(1, systemFontPx / WECHAT_STANDARD_FONT_PX)
  return `${ROOT_PX * (on ? CARE_SCALE : 1) * systemScale}px`
}

/**
 * H5: the document's root font size. Nothing else needs switching: every size is in rem, and line
 * heights are ratios (or rem), so they grow with the text.
 */
export function applyCareMode(on: boolean): void {
  if (process.env.TARO_ENV !== 'h5') return
  document.documentElement.style.fontSize = rootFontSize(on)
}

/** WeChat: the user's system font size, so the app follows it as WeChat's own pages do. */
export function systemFontPx(): number | undefined {
  if (process.env.TARO_ENV !== 'weapp') return undefined
  const { fontSizeSetting } = Taro.getSystemInfoSync() as { fontSizeSetting?: number }
  return fontSizeSetting
}

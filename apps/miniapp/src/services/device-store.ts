import Taro from '@tarojs/taro'

/**
 * One value kept on the device under `key` (localStorage on H5, the mini-program's storage on
 * WeChat). Storage that is full or switched off loses the value, never the page.
 */
export function deviceStore<T>(key: string) {
  return {
    load(): T | null {
      try {
        const value: unknown = Taro.getStorageSync(key)
        return value === '' || value === null || value === undefined ? null : (value as T)
      } catch {
        return null
      }
    },
    save(value: T): void {
      try {
        Taro.setStorageSync(key, value)
      } catch {
        // Nothing more to do: the value is only a convenience.
      }
    },
    clear(): void {
      try {
        Taro.removeStorageSync(key)
      } catch {
        // As above.
      }
    },
  }
}

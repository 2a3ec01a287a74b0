// A stand-in for @tarojs/taro: in-memory storage and spies for navigation and requests.
const storage = new Map<string, unknown>()

const Taro = {
  ENV_TYPE: { WEB: 'WEB', WEAPP: 'WEAPP' },
  getEnv: () => 'WEB',
  nextTick: (fn: () => void) => setTimeout(fn, 0),
  getStorageSync: (key: string) => storage.get(key) ?? '',
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  clearStorageSync: () => storage.clear(),
  request: jest.fn(),
  login: jest.fn(),
  navigateTo: jest.fn(),
  navigateBack: jest.fn(),
  redirectTo: jest.fn(),
  switchTab: jest.fn(),
  reLaunch: jest.fn(),
  getCurrentPages: jest.fn(() => []),
  showToast: jest.fn(),
  pxTransform: (n: number) => `${n}px`,
}

export default Taro
export const { getEnv, nextTick, ENV_TYPE, pxTransform } = Taro
export const useDidShow = (fn: () => void) => require('react').useEffect(fn, [])
export const useDidHide = (fn: () => void) => require('react').useEffect(() => fn, [])
export const useRouter = () => ({ params: {} })

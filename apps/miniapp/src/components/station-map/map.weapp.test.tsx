import { render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { setCareMode } from '../../services/care-mode'
import NativeStationMap from './map.weapp'

// The native <Map> is WeChat's own: here it only hands over what it was given.
const mockShown: { markers?: { width: number; iconPath: string; ariaLabel: string; label: { content: string; fontSize: number } }[] } = {}
jest.mock('@tarojs/components', () => ({
  Map: (props: typeof mockShown) => {
    mockShown.markers = props.markers
    return null
  },
}))
jest.mock('./marker-open.png', () => 'marker-open.png')
jest.mock('./marker-closed.png', () => 'marker-closed.png')

const centre = { lat: 30.09, lng: 120.49 }
const stations = [
  { id: 'open', name: '笛扬路驿站', lat: 30.1, lng: 120.49, isOpenNow: true },
  { id: 'closed', name: '华舍驿站', lat: 30.08, lng: 120.5, isOpenNow: false },
]

describe('StationMap on WeChat', () => {
  beforeEach(() => Taro.clearStorageSync())

  it('draws markers as 44-px touch targets, closed ones a square as well as grey, each said aloud', () => {
    render(<NativeStationMap stations={stations} centre={centre} onOpen={jest.fn()} />)
    const [open, closed] = mockShown.markers!
    expect([open.width, open.label.fontSize]).toEqual([44, 16])
    expect([open.iconPath, closed.iconPath]).toEqual(['marker-open.png', 'marker-closed.png'])
    expect(closed.label.content).toBe('2')
    expect(closed.ariaLabel).toBe('2号 华舍驿站，已打烊')
  })

  it('grows the markers and their numbers in 关怀模式', () => {
    setCareMode(true)
    render(<NativeStationMap stations={stations} centre={centre} onOpen={jest.fn()} />)
    expect([mockShown.markers![0].width, mockShown.markers![0].label.fontSize]).toEqual([61, 22])
  })
})

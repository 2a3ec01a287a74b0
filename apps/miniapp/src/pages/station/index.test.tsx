import { ErrorCode } from '@kgh/shared'
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Station from '.'
import { api, ApiError, ClientErrorCode } from '../../services/api'
import { session } from '../../services/session'
import { stationCache } from '../../services/station-cache'

jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return { __esModule: true, ...actual, default: actual.default, useRouter: () => ({ params: { id: 'st-1' } }) }
})

jest.mock('../../services/api', () => ({
  ...jest.requireActual('../../services/api'),
  api: { station: jest.fn(), checkIn: jest.fn(), reportStation: jest.fn() },
}))

const navigateTo = jest.spyOn(Taro, 'navigateTo')

const STATION = {
  id: 'st-1',
  name: '东盛慧谷职工驿站',
  kind: 'worker_station' as const,
  address: '东盛慧谷园区服务中心一楼',
  lat: 30.0788,
  lng: 120.5012,
  amenities: ['water' as const, 'toilet' as const],
  isOpenNow: false,
  openingHours: {
    is24h: false,
    weekly: { mon: [['08:30', '17:30']] as [string, string][], tue: [['08:30', '17:30']] as [string, string][] },
  },
  phone: '0575-84000000',
  townCode: 'keqiao' as const,
  hostOrg: null,
  closures: [],
  lastVerifiedAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z',
}

async function renderPage() {
  render(<Station />)
  await act(async () => undefined)
}
const click = (selector: string) => act(async () => fireEvent.click(document.querySelector(selector)!))

describe('Station page', () => {
  beforeEach(() => {
    jest.mocked(api.station).mockResolvedValue(STATION)
    session.clear()
  })

  it('shows the station with its hours in Chinese and when it was last verified', async () => {
    await renderPage()
    expect(api.station).toHaveBeenCalledWith('st-1')
    expect(document.querySelector('#station-name')?.textContent).toBe('东盛慧谷职工驿站')
    expect(document.querySelector('#station-open')?.textContent).toBe('已打烊')
    expect(document.querySelector('#station-hours')?.textContent).toContain('周一、周二08:30–17:30')
    expect(document.querySelector('#station-hours')?.textContent).toContain('周三至周日休息')
    expect(document.querySelector('#station-verified')?.textContent).toBe('最近核实：2026年11月20日')
    expect(document.querySelector('#station-distance')).toBeNull()
  })

  it('sends a worker who is not signed in to sign in before checking in', async () => {
    await renderPage()
    await click('#station-checkin')
    expect(api.checkIn).not.toHaveBeenCalled()
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/login/index' })
  })

  it('shows the API message when the worker checked in less than 10 minutes ago', async () => {
    session.save({ accessToken: 'a', refreshToken: 'r' })
    jest
      .mocked(api.checkIn)
      .mockRejectedValue(new ApiError({ statusCode: 409, code: ErrorCode.CheckInTooSoon, message: '10分钟内已在本驿站打卡' }))
    await renderPage()
    await click('#station-checkin')
    expect(document.querySelector('#station-message')?.textContent).toBe('10分钟内已在本驿站打卡')
  })

  it('reports a station that was closed when it should be open', async () => {
    session.save({ accessToken: 'a', refreshToken: 'r' })
    jest.mocked(api.reportStation).mockResolvedValue({
      id: 'r1',
      stationId: 'st-1',
      kind: 'closed_when_open',
      note: null,
      status: 'open',
      createdAt: '2026-12-02T00:00:00Z',
    })
    await renderPage()
    await click('#station-report')
    await click('#report-kind-closed_when_open')
    await click('#report-submit')
    expect(api.reportStation).toHaveBeenCalledWith('st-1', { kind: 'closed_when_open' })
    expect(screen.getByText('反馈已提交，工会将尽快核实处理')).toBeInTheDocument()
  })

  it('asks what went wrong before sending 其他问题 without a note', async () => {
    session.save({ accessToken: 'a', refreshToken: 'r' })
    await renderPage()
    await click('#station-report')
    await click('#report-kind-other')
    await click('#report-submit')
    expect(api.reportStation).not.toHaveBeenCalled()
    expect(screen.getByText('请描述遇到的问题')).toBeInTheDocument()
  })

  it('shows what the list said of a station never opened, marked with its age, when the network is gone', async () => {
    Taro.clearStorageSync()
    // What the nearby list says of a station: no check date, closures or town.
    const {
      lastVerifiedAt: _lastVerifiedAt,
      closures: _closures,
      townCode: _townCode,
      hostOrg: _hostOrg,
      updatedAt: _updatedAt,
      ...listed
    } = STATION
    stationCache.saveNearby([{ ...listed, name: '列表里的驿站', distanceMeters: 80 }], Date.now() - 5 * 60_000)
    jest
      .mocked(api.station)
      .mockRejectedValue(new ApiError({ statusCode: 0, code: ClientErrorCode.Network, message: '网络连接失败，请稍后再试' }))
    await renderPage()
    expect(document.querySelector('#station-name')?.textContent).toBe('列表里的驿站')
    expect(document.querySelector('#station-offline')).toHaveTextContent('网络不可用，显示的是5分钟前的驿站信息')
    expect(document.querySelector('#station-open')?.textContent).toBe('已打烊（5分钟前）')
    expect(document.querySelector('#station-distance')?.textContent).toBe('80米')
    expect(document.querySelector('#station-hours')?.textContent).toContain('周一、周二08:30–17:30')
    expect(document.querySelector('#station-verified')).toBeNull()

    jest.mocked(api.station).mockResolvedValue(STATION)
    await click('#station-offline-retry')
    expect(document.querySelector('#station-name')?.textContent).toBe('东盛慧谷职工驿站')
    expect(document.querySelector('#station-offline')).toBeNull()
    expect(document.querySelector('#station-open')?.textContent).toBe('已打烊')
  })

  it('offers a retry when the station cannot be loaded and was never kept', async () => {
    Taro.clearStorageSync()
    jest
      .mocked(api.station)
      .mockRejectedValue(new ApiError({ statusCode: 0, code: ClientErrorCode.Network, message: '网络连接失败，请稍后再试' }))
    await renderPage()
    expect(document.querySelector('.load-state--failed')).toHaveTextContent('网络连接失败')
    jest.mocked(api.station).mockResolvedValue(STATION)
    await click('#load-retry')
    expect(document.querySelector('#station-name')?.textContent).toBe('东盛慧谷职工驿站')
  })
})

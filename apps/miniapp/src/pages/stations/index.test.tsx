import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Stations from '.'
import { showPagesAgain } from '../../../test/taro'
import { stationCache } from '../../services/station-cache'
import { aNearbyStation } from '../../../test/fixtures'

const STATION = aNearbyStation({ amenities: ['water', 'charging'] })

const taro = Taro as unknown as { getLocation: jest.Mock; request: jest.Mock; navigateTo: jest.Mock }

/** The path and query of every request to the nearby search, in order. */
const nearbyCalls = () => taro.request.mock.calls.map(([options]) => String(options.url)).filter((url) => url.includes('/stations/nearby'))

const query = (url: string) => Object.fromEntries(new URL(url, 'http://x').searchParams)

async function renderPage() {
  render(<Stations />)
  await act(async () => undefined)
}

describe('Stations page', () => {
  beforeEach(() => {
    taro.getLocation = jest.fn()
    taro.request.mockImplementation(async ({ url }: { url: string }) =>
      url.includes('/orgs/towns')
        ? {
            statusCode: 200,
            data: {
              items: [
                { code: 'keqiao', name: '柯桥街道', orgId: 'o1' },
                { code: 'anchang', name: '安昌街道', orgId: 'o2' },
              ],
            },
          }
        : { statusCode: 200, data: { items: [STATION] } },
    )
  })

  it('searches from the browser position in WGS-84 on H5 and lists the stations nearest first', async () => {
    taro.getLocation.mockResolvedValue({ latitude: 30.09, longitude: 120.49 })
    await renderPage()

    expect(taro.getLocation).toHaveBeenCalledWith(expect.objectContaining({ type: 'wgs84' }))
    expect(query(nearbyCalls()[0])).toEqual({ lat: '30.09', lng: '120.49', coord: 'wgs84' })
    const cards = document.querySelectorAll('#stations-list .station-card')
    expect(Array.from(cards).map((c) => c.getAttribute('data-station-id'))).toEqual(['st-1'])

    fireEvent.click(cards[0])
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/station/index?id=st-1' })
  })

  it('asks again with every chosen amenity and only open stations', async () => {
    taro.getLocation.mockResolvedValue({ latitude: 30.09, longitude: 120.49 })
    await renderPage()

    await act(async () => fireEvent.click(document.querySelector('.amenity-filter[data-amenity="charging"]')!))
    await act(async () => fireEvent.click(document.querySelector('.amenity-filter[data-amenity="water"]')!))
    await act(async () => fireEvent.click(document.querySelector('#stations-open-now')!))

    const last = nearbyCalls()[nearbyCalls().length - 1]
    expect(last).toContain('amenities=water,charging')
    expect(query(last)).toMatchObject({ coord: 'wgs84', amenities: 'water,charging', openNow: 'true' })
  })

  it('says when location failed and searches from the centre of the town the worker picks', async () => {
    stationCache.saveNearby([STATION])
    taro.getLocation.mockRejectedValue({ errMsg: 'getLocation:fail User denied Geolocation' })
    await renderPage()

    expect(screen.getByText('定位失败，请选择所在镇街')).toBeInTheDocument()
    expect(nearbyCalls()).toHaveLength(0)
    // Online, the kept list waits for a town rather than standing in for a search.
    expect(document.querySelector('#stations-list')).toBeNull()
    await act(async () => fireEvent.click(document.querySelector('.town-option[data-town="anchang"]')!))

    expect(query(nearbyCalls()[0])).toEqual({ lat: '30.15', lng: '120.48', coord: 'gcj02' })
    expect(screen.getByText('从安昌街道中心查找')).toBeInTheDocument()
  })

  it('switches between the list and our own map', async () => {
    taro.getLocation.mockResolvedValue({ latitude: 30.09, longitude: 120.49 })
    await renderPage()

    fireEvent.click(document.querySelector('#stations-map-toggle')!)
    expect(document.querySelector('#stations-list')).toBeNull()
    expect(document.querySelector('#stations-map .station-marker[data-station-id="st-1"]')).not.toBeNull()
    fireEvent.click(document.querySelector('#stations-map-toggle')!)
    expect(document.querySelector('#stations-list')).not.toBeNull()
  })

  it('shows the answer to the latest filters when an earlier search answers after it', async () => {
    taro.getLocation.mockResolvedValue({ latitude: 30.09, longitude: 120.49 })
    const answers: ((items: unknown[]) => void)[] = []
    // Only nearby searches are asked here (located, so no town list); each waits for the test to answer it.
    taro.request.mockImplementation(
      () =>
        new Promise((resolve) =>
          answers.push((items) => resolve({ statusCode: 200, data: { items, total: items.length, page: 1, pageSize: 100 } })),
        ),
    )
    await renderPage()
    await act(async () => fireEvent.click(document.querySelector('.amenity-filter[data-amenity="charging"]')!))
    expect(nearbyCalls()).toHaveLength(2)

    await act(async () => answers[1]([{ ...STATION, id: 'with-charging' }]))
    await act(async () => answers[0]([{ ...STATION, id: 'any' }]))
    const cards = document.querySelectorAll('#stations-list .station-card')
    expect(Array.from(cards).map((c) => c.getAttribute('data-station-id'))).toEqual(['with-charging'])
  })

  it('shows the list kept on the device, with its age and a retry, when the network is gone', async () => {
    taro.getLocation.mockResolvedValue({ latitude: 30.09, longitude: 120.49 })
    await renderPage()
    expect(document.querySelectorAll('#stations-list .station-card')).toHaveLength(1)

    // Three minutes later the tab is shown again, with no network.
    const now = Date.now()
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now + 3 * 60_000 + 1_000)
    taro.request.mockRejectedValue({ errMsg: 'request:fail' })
    await act(async () => showPagesAgain())
    expect(document.querySelector('#stations-offline')).toHaveTextContent('网络不可用，显示的是3分钟前的驿站列表')
    expect(Array.from(document.querySelectorAll('#stations-list .station-card')).map((c) => c.getAttribute('data-station-id'))).toEqual([
      'st-1',
    ])

    taro.request.mockResolvedValue({ statusCode: 200, data: { items: [STATION] } })
    await act(async () => fireEvent.click(document.querySelector('#stations-offline-retry')!))
    expect(document.querySelector('#stations-offline')).toBeNull()
    clock.mockRestore()
  })

  it('shows the kept list, with its age, when location fails and the network is gone', async () => {
    stationCache.saveNearby([STATION, { ...STATION, id: 'st-2', isOpenNow: false }], Date.now() - 5 * 60_000)
    taro.getLocation.mockRejectedValue({ errMsg: 'getLocation:fail User denied Geolocation' })
    taro.request.mockRejectedValue({ errMsg: 'request:fail' })
    await renderPage()

    expect(screen.getByText('定位失败，请选择所在镇街')).toBeInTheDocument()
    expect(document.querySelector('#stations-offline')).toHaveTextContent('网络不可用，显示的是5分钟前的驿站列表')
    const badges = Array.from(document.querySelectorAll('#stations-list .open-badge')).map((b) => b.textContent)
    expect(badges).toEqual(['营业中（5分钟前）', '已打烊（5分钟前）'])
    // No place to centre a map on.
    expect(document.querySelector('#stations-map-toggle')).toBeNull()

    await act(async () => fireEvent.click(document.querySelector('#stations-open-now')!))
    expect(Array.from(document.querySelectorAll('#stations-list .station-card')).map((c) => c.getAttribute('data-station-id'))).toEqual([
      'st-1',
    ])

    // Trying again is finding the rider again.
    await act(async () => fireEvent.click(document.querySelector('#stations-offline-retry')!))
    expect(taro.getLocation).toHaveBeenCalledTimes(2)
  })

  it('offers a retry when the first search fails and nothing is kept', async () => {
    Taro.clearStorageSync()
    taro.getLocation.mockResolvedValue({ latitude: 30.09, longitude: 120.49 })
    taro.request.mockRejectedValue({ errMsg: 'request:fail' })
    await renderPage()
    expect(document.querySelector('.load-state--failed')).toHaveTextContent('网络连接失败')
    taro.request.mockResolvedValue({ statusCode: 200, data: { items: [STATION] } })
    await act(async () => fireEvent.click(document.querySelector('#load-retry')!))
    expect(document.querySelectorAll('#stations-list .station-card')).toHaveLength(1)
  })
})

import Taro from '@tarojs/taro'
import { ErrorCode } from '@kgh/shared'
import { api, ApiError } from './api'
import { session } from './session'

const answer = (statusCode: number, data: unknown) => ({ statusCode, data, header: {}, errMsg: '' })
const request = jest.spyOn(Taro, 'request')
const navigateTo = jest.spyOn(Taro, 'navigateTo')

describe('api', () => {
  beforeEach(() => session.save({ accessToken: 'access', refreshToken: '' }))

  it('sends the document’s path with its parameter filled in, to the base URL, signed in', async () => {
    request.mockResolvedValue(answer(200, { id: 'c 1' }))
    await api.claim('c 1')
    const [sent] = request.mock.calls[0]
    expect(sent).toMatchObject({ url: '/api/v1/claims/c%201', method: 'GET', header: { Authorization: 'Bearer access' } })
  })

  it('asks for a whole list in one page and gives back its items', async () => {
    request.mockResolvedValue(answer(200, { items: [{ id: 'p1' }], total: 1, page: 1, pageSize: 100 }))
    expect(await api.benefits()).toEqual([{ id: 'p1' }])
    expect(request).toHaveBeenCalledWith(expect.objectContaining({ url: '/api/v1/benefits?page=1&pageSize=100' }))
  })

  it('sends list parameters as comma lists', async () => {
    request.mockResolvedValue(answer(200, { items: [], total: 0, page: 1, pageSize: 20 }))
    await api.nearbyStations({ lat: 30, lng: 120.5, coord: 'wgs84', amenities: ['water', 'charging'] })
    expect(request).toHaveBeenCalledWith(
      expect.objectContaining({ url: '/api/v1/stations/nearby?lat=30&lng=120.5&coord=wgs84&amenities=water,charging' }),
    )
  })

  it('turns a refusal into an ApiError with its code', async () => {
    request.mockResolvedValue(answer(409, { statusCode: 409, code: 'ALREADY_REDEEMED', message: '已核销' }))
    const refusal = await api.redeem({ code: 'x' }).catch((e: unknown) => e)
    expect(refusal).toBeInstanceOf(ApiError)
    expect((refusal as ApiError).code).toBe(ErrorCode.AlreadyRedeemed)
  })

  it('opens the login page once when parallel requests all find the session gone', async () => {
    request.mockResolvedValue(answer(401, { statusCode: 401, code: 'TOKEN_INVALID', message: '登录已过期' }))
    await Promise.all([api.me(), api.myClaims(), api.membership()].map((call) => call.catch(() => undefined)))
    expect(navigateTo).toHaveBeenCalledTimes(1)
    expect(session.isSignedIn()).toBe(false)
  })
})

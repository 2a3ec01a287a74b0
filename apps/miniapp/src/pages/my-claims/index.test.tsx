import { act, fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ErrorCode } from '@kgh/shared'
import type { Schema } from '@kgh/api-client'
import MyClaims from '.'
import { api, ApiError } from '../../services/api'
import { session } from '../../services/session'

jest.mock('../../services/api', () => ({
  ...jest.requireActual('../../services/api'),
  api: { myClaims: jest.fn(), cancelClaim: jest.fn() },
}))

const claim = (id: string, programmeName: string) =>
  ({
    id,
    programmeId: 'p1',
    programmeName,
    session: null,
    status: 'confirmed',
    statusName: '已确认',
    costFen: 0,
    cancellableUntil: '2099-01-01T00:00:00Z',
    rejectReason: null,
    createdAt: '2026-11-29T02:00:00Z',
    redeemedAt: null,
  }) as Schema<'ClaimView'>

const showToast = jest.spyOn(Taro, 'showToast')
const $ = (selector: string) => document.querySelector(selector) as HTMLElement
const item = (id: string) => $(`.claim-item[data-claim-id="${id}"]`)
const cancel = async (id: string) => {
  fireEvent.click(item(id).querySelector('.claim-item__cancel')!)
  await act(async () => fireEvent.click($('#claim-cancel-yes')))
}

describe('My claims page', () => {
  beforeEach(async () => {
    session.save({ accessToken: 'a', refreshToken: 'r' })
    jest.mocked(api.myClaims).mockResolvedValue([claim('c1', '免费健康体检'), claim('c2', '暑期爱心托管')])
    render(<MyClaims />)
    await act(async () => undefined)
  })
  afterEach(() => session.clear())

  it('says on the page, under the claim, that it was cancelled, with no pop-up', async () => {
    jest.mocked(api.cancelClaim).mockResolvedValue({ ...claim('c2', '暑期爱心托管'), status: 'cancelled', statusName: '已取消' })
    await cancel('c2')
    expect(api.cancelClaim).toHaveBeenCalledWith('c2')
    expect(item('c2')).toHaveTextContent('已取消')
    const message = $('#my-claims-message')
    expect(message).toHaveAttribute('role', 'status')
    expect(message).toHaveTextContent('已取消申领')
    expect(item('c2').nextElementSibling).toBe(message)
    expect(showToast).not.toHaveBeenCalled()
  })

  it('says under the claim why it could not be cancelled', async () => {
    jest
      .mocked(api.cancelClaim)
      .mockRejectedValue(new ApiError({ statusCode: 409, code: ErrorCode.CancellationDeadlinePassed, message: '已过取消期限，无法取消' }))
    await cancel('c1')
    expect($('#my-claims-message')).toHaveTextContent('已过取消期限，无法取消')
    expect(item('c1').nextElementSibling).toBe($('#my-claims-message'))
    expect(item('c1')).toHaveTextContent('已确认')
  })
})

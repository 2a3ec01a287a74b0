import { ErrorCode } from '@kgh/shared'
import { act, fireEvent, render } from '@testing-library/react'
import type { Schema } from '@kgh/api-client'
import Benefit from '.'
import { api, ApiError } from '../../services/api'
import { session } from '../../services/session'
import { aCheckupProgramme, aCheckupSession } from '../../../test/fixtures'
import { showPagesAgain } from '../../../test/taro'

jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return { __esModule: true, ...actual, default: actual.default, useRouter: () => ({ params: { id: 'p1' } }) }
})

jest.mock('../../services/api', () => ({
  ...jest.requireActual('../../services/api'),
  api: { benefit: jest.fn(), claimBenefit: jest.fn() },
}))

/** The checkup with one session that has `remaining` of its 50 places left. */
const withPlacesLeft = (remaining: number): Schema<'ProgrammeDetailView'> => ({
  ...aCheckupProgramme({ id: 'p1' }),
  sessions: [aCheckupSession('s1', remaining)],
})

const places = () => document.querySelector('.session-option[data-session-id="s1"]')?.textContent
const click = (selector: string) => act(async () => fireEvent.click(document.querySelector(selector)!))

describe('Benefit page', () => {
  beforeEach(() => session.save({ accessToken: 'a', refreshToken: 'r' }))
  afterEach(() => session.clear())

  it('shows the newest answer when the page is shown again after a reload', async () => {
    jest
      .mocked(api.benefit)
      .mockResolvedValueOnce(withPlacesLeft(3))
      .mockResolvedValueOnce(withPlacesLeft(0))
      .mockResolvedValueOnce(withPlacesLeft(1))
    jest.mocked(api.claimBenefit).mockRejectedValue(new ApiError({ statusCode: 409, code: ErrorCode.QuotaExhausted, message: '名额已满' }))
    render(<Benefit />)
    await act(async () => undefined)
    expect(places()).toContain('剩余名额 3/50')

    // Refused: the page reloads the places, which have run out meanwhile.
    await click('.session-option[data-session-id="s1"]')
    await click('#programme-claim')
    await click('#claim-confirm')
    expect(places()).toContain('已满')

    // Back on the page later: a place was given back.
    await act(async () => showPagesAgain())
    expect(api.benefit).toHaveBeenCalledTimes(3)
    expect(places()).toContain('剩余名额 1/50')
  })
})

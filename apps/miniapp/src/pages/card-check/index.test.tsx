import { ErrorCode } from '@kgh/shared'
import { act, fireEvent, render } from '@testing-library/react'
import type { Schema } from '@kgh/api-client'
import CardCheck from '.'
import { api, ApiError } from '../../services/api'
import { session } from '../../services/session'

jest.mock('../../services/api', () => ({
  ...jest.requireActual('../../services/api'),
  api: { signedInUser: jest.fn(), verifyCard: jest.fn() },
}))

const HOST = {
  id: 'u1',
  roles: ['provider'],
  orgId: null,
  displayName: '驿站站长',
  phoneMasked: null,
  mustChangePassword: false,
} as Schema<'UserView'>
const CARD: Schema<'CardCheckView'> = {
  valid: true,
  memberNumber: 'KQ2026000001',
  memberNameMasked: '赵**',
  idNumberLast4: '5247',
  membershipActive: true,
  unionOrgId: 'o1',
  unionName: '柯桥街道总工会',
  joinedAt: '2026-03-01T16:00:00Z',
}

const settle = () => act(async () => undefined)
const text = (selector: string) => document.querySelector(selector)?.textContent ?? ''

async function check(payload: string) {
  fireEvent.input(document.querySelector('#card-check-code-input')!, { target: { value: payload } })
  await act(async () => fireEvent.click(document.querySelector('#card-check-submit')!))
}

describe('CardCheck page', () => {
  beforeEach(() => session.save({ accessToken: 'a', refreshToken: 'r' }))
  afterEach(() => session.clear())

  it('shows whose e-card it is: masked name, last four ID digits, active in words, union and joining date', async () => {
    jest.mocked(api.signedInUser).mockResolvedValue(HOST)
    jest.mocked(api.verifyCard).mockResolvedValue(CARD)
    render(<CardCheck />)
    await settle()
    expect(document.querySelector('#card-check-short-code')).toBeNull()
    await check('KGHC1.card.sig')
    expect(api.verifyCard).toHaveBeenCalledWith('KGHC1.card.sig')
    expect(text('#card-check-result')).toContain('有效会员')
    expect(text('#card-check-id-last4')).toBe('5247')
    expect(text('#card-check-result')).toContain('赵**')
    expect(text('#card-check-result')).toContain('柯桥街道总工会')
    expect(text('#card-check-result')).toContain('2026年3月2日')
  })

  it('says so in words when the membership is not active', async () => {
    jest.mocked(api.signedInUser).mockResolvedValue(HOST)
    jest.mocked(api.verifyCard).mockResolvedValue({ ...CARD, membershipActive: false })
    render(<CardCheck />)
    await settle()
    await check('KGHC1.card.sig')
    expect(document.querySelector('#card-check-result')?.getAttribute('data-ok')).toBe('false')
    expect(text('#card-check-result')).toContain('会籍无效')
  })

  it('shows the API message for a card that does not check out', async () => {
    jest.mocked(api.signedInUser).mockResolvedValue(HOST)
    jest.mocked(api.verifyCard).mockRejectedValue(new ApiError({ statusCode: 404, code: ErrorCode.NotFound, message: '会员卡无效' }))
    render(<CardCheck />)
    await settle()
    await check('forged')
    expect(text('#card-check-refused')).toContain('会员卡无效')
  })

  it('sends a worker account to the staff login', async () => {
    jest.mocked(api.signedInUser).mockResolvedValue({ ...HOST, roles: ['worker'] })
    render(<CardCheck />)
    await settle()
    expect(document.querySelector('#card-check-login')).not.toBeNull()
    expect(document.querySelector('#card-check-code-input')).toBeNull()
  })
})

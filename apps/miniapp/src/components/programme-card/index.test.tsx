import { fireEvent, render, screen } from '@testing-library/react'
import ProgrammeCard from '.'
import { aCheckupProgramme } from '../../../test/fixtures'

const CHECKUP = aCheckupProgramme()

describe('ProgrammeCard', () => {
  it('shows 可申领 and the cost in yuan from fen for an eligible member', () => {
    render(<ProgrammeCard programme={CHECKUP} genderKnown onOpen={jest.fn()} />)
    expect(screen.getByText('可申领')).toBeInTheDocument()
    expect(screen.getByText('工会补助 ¥1,200/人')).toBeInTheDocument()
    expect(document.querySelector('.eligibility__reason')).toBeNull()
  })

  it('lists every reason the API gives, in Chinese, when the worker cannot claim', () => {
    const programme = aCheckupProgramme({
      eligibility: {
        eligible: false,
        reasons: ['OCCUPATION_NOT_COVERED', 'MEMBERSHIP_TOO_RECENT'],
        messages: ['仅限快递员申领', '入会满 30 天后可申领（2026-12-29 起）'],
      },
    })
    render(<ProgrammeCard programme={programme} genderKnown onOpen={jest.fn()} />)
    expect(screen.getByText('暂不可申领')).toBeInTheDocument()
    expect(screen.queryByText('可申领')).toBeNull()
    const reasons = Array.from(document.querySelectorAll('.eligibility__reason'))
    expect(reasons.map((r) => r.textContent)).toEqual(['仅限快递员申领', '入会满 30 天后可申领（2026-12-29 起）'])
    expect(reasons.map((r) => r.getAttribute('data-reason'))).toEqual(['OCCUPATION_NOT_COVERED', 'MEMBERSHIP_TOO_RECENT'])
  })

  it('shows both costs when the member is unknown and the cost differs by gender, and 免费参加 when it costs nothing', () => {
    const { unmount } = render(<ProgrammeCard programme={CHECKUP} genderKnown={false} onOpen={jest.fn()} />)
    expect(screen.getByText('工会补助 男¥1,200 / 女¥1,500')).toBeInTheDocument()
    unmount()
    render(<ProgrammeCard programme={{ ...CHECKUP, costFen: 0, costFenFemale: null }} genderKnown onOpen={jest.fn()} />)
    expect(screen.getByText('免费参加')).toBeInTheDocument()
  })

  it('opens the programme it shows', () => {
    const onOpen = jest.fn()
    render(<ProgrammeCard programme={CHECKUP} genderKnown onOpen={onOpen} />)
    fireEvent.click(document.querySelector('.programme-card[data-programme-id="p-checkup"]')!)
    expect(onOpen).toHaveBeenCalledWith('p-checkup')
  })
})

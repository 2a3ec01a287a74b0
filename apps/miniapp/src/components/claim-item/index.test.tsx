import { fireEvent, render } from '@testing-library/react'
import ClaimItem, { canCancel } from '.'
import type { Schema } from '@kgh/api-client'

const CLAIM = {
  id: 'c1',
  programmeId: 'p1',
  programmeName: '免费健康体检',
  sessionId: 's1',
  session: {
    id: 's1',
    name: '柯桥区中医医院 体检日',
    location: '体检中心',
    startsAt: '2026-12-03T00:00:00Z',
    endsAt: '2026-12-03T09:00:00Z',
  },
  status: 'confirmed',
  statusName: '已确认',
  costFen: 120_000,
  cancellableUntil: '2026-12-02T00:00:00Z',
  rejectReason: null,
  createdAt: '2026-11-29T02:00:00Z',
  confirmedAt: '2026-11-29T02:00:00Z',
  cancelledAt: null,
  redeemedAt: null,
  redeemedPlace: null,
} as Schema<'ClaimView'>

describe('ClaimItem', () => {
  it('offers the code and cancelling for a confirmed claim before its deadline', () => {
    const onShowCode = jest.fn()
    const onCancel = jest.fn()
    render(<ClaimItem claim={CLAIM} onShowCode={onShowCode} onCancel={onCancel} />)
    const item = document.querySelector('.claim-item[data-claim-id="c1"]')!
    expect(item.textContent).toContain('已确认')
    expect(item.textContent).toContain('工会补助 ¥1,200')
    fireEvent.click(item.querySelector('#claim-show-code')!)
    expect(onShowCode).toHaveBeenCalledWith('c1')
  })

  it('allows cancelling a place only until the deadline, and a waitlisted claim at any time', () => {
    const before = new Date('2026-12-01T00:00:00Z')
    const after = new Date('2026-12-02T12:00:00Z')
    expect(canCancel(CLAIM, before)).toBe(true)
    expect(canCancel(CLAIM, after)).toBe(false)
    expect(canCancel({ ...CLAIM, status: 'waitlisted' }, after)).toBe(true)
    expect(canCancel({ ...CLAIM, status: 'redeemed' }, before)).toBe(false)
  })

  it('shows why a claim was rejected and no code for it', () => {
    render(
      <ClaimItem
        claim={{ ...CLAIM, status: 'rejected', statusName: '未通过', rejectReason: '材料不全' }}
        onShowCode={jest.fn()}
        onCancel={jest.fn()}
      />,
    )
    expect(document.querySelector('.claim-item')?.textContent).toContain('未通过原因：材料不全')
    expect(document.querySelector('#claim-show-code')).toBeNull()
  })

  it('asks on the card itself before cancelling, and cancels nothing on 再想想', () => {
    const onCancel = jest.fn()
    const open = { ...CLAIM, cancellableUntil: '2099-01-01T00:00:00Z' }
    render(<ClaimItem claim={open} onShowCode={jest.fn()} onCancel={onCancel} />)
    fireEvent.click(document.querySelector('.claim-item__cancel')!)
    expect(document.querySelector('.claim-item')?.textContent).toContain('确定取消“免费健康体检”吗？')
    fireEvent.click(document.querySelector('#claim-cancel-no')!)
    expect(onCancel).not.toHaveBeenCalled()

    fireEvent.click(document.querySelector('.claim-item__cancel')!)
    fireEvent.click(document.querySelector('#claim-cancel-yes')!)
    expect(onCancel).toHaveBeenCalledWith(open)
  })
})

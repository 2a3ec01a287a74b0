import { render } from '@testing-library/react'
import MemberCard from '.'
import { qrDataUrl } from '../qr-code'
import { readQr } from '../../../test/qr'

const CARD = {
  nameMasked: '张*',
  idNumberMasked: '**************1234',
  memberNumber: 'KQ2026000123',
  union: { id: 'org-1', name: '柯桥区快递行业工会' },
  joinedAt: '2026-11-20T02:00:00.000Z',
  // Shaped as the API signs it: prefix, base64url claims, signature.
  qrPayload: 'KGH1.eyJtIjoiS1EyMDI2MDAwMTIzIiwiaSI6Im0tMSIsInQiOjE3OTU2NjQwMDB9.3q2-7w7VgXbW1GZ3lJc0Qk9yVmVlM2hQWlFyY1h0aA',
}

const text = (id: string) => document.querySelector(`#${id}`)?.textContent

describe('MemberCard', () => {
  it('shows only masked personal data with the member number and union', () => {
    render(<MemberCard card={CARD} />)
    expect(text('card-name')).toBe('张*')
    expect(text('card-id-number')).toBe('**************1234')
    expect(text('card-member-number')).toBe('KQ2026000123')
    expect(text('card-union')).toBe('柯桥区快递行业工会')
    expect(text('card-joined-at')).toBe('2026年11月20日')
  })

  it('draws a QR code that reads back as the card payload', () => {
    render(<MemberCard card={CARD} />)
    const src = document.querySelector('#card-qr img')?.getAttribute('src')
    expect(readQr(src)).toBe(CARD.qrPayload)
  })
})

describe('qrDataUrl', () => {
  it.each(['a', 'KQ2026000123', CARD.qrPayload])('draws %s so that a scanner reads it back', (payload) => {
    expect(readQr(qrDataUrl(payload))).toBe(payload)
  })
})

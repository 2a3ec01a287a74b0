import { render } from '@testing-library/react'
import MemberCard from '.'
import { qrDataUrl } from '../qr-code'

const CARD = {
  nameMasked: '张*',
  idNumberMasked: '**************1234',
  memberNumber: 'KQ2026000123',
  union: { id: 'org-1', name: '柯桥区快递行业工会' },
  joinedAt: '2026-11-20T02:00:00.000Z',
  qrPayload: 'kgh:member:KQ2026000123:sig',
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

  it('draws the QR code of the card payload as an inline image', () => {
    render(<MemberCard card={CARD} />)
    const img = document.querySelector('#card-qr img')
    expect(img?.getAttribute('src')).toBe(qrDataUrl(CARD.qrPayload))
    expect(img?.getAttribute('src')).toMatch(/^data:image\/gif;base64,/)
  })
})

describe('qrDataUrl', () => {
  it('encodes different payloads differently and the same payload the same', () => {
    expect(qrDataUrl('a')).toBe(qrDataUrl('a'))
    expect(qrDataUrl('a')).not.toBe(qrDataUrl('b'))
  })
})

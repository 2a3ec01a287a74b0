import { formatFen } from './money'

describe('formatFen', () => {
  it('shows whole yuan from fen with thousands separators', () => {
    expect(formatFen(120_000)).toBe('¥1,200')
    expect(formatFen(150_000)).toBe('¥1,500')
    expect(formatFen(60_000_000)).toBe('¥600,000')
    expect(formatFen(3_000)).toBe('¥30')
  })

  it('keeps two decimals only when there are fen', () => {
    expect(formatFen(1_250)).toBe('¥12.50')
    expect(formatFen(5)).toBe('¥0.05')
    expect(formatFen(0)).toBe('¥0')
  })
})

import { ageText } from './age'

describe('ageText', () => {
  const now = Date.parse('2026-12-03T10:00:00Z')
  it('says minutes, hours and days as a worker says them', () => {
    expect(ageText(now - 20_000, now)).toBe('1分钟内')
    expect(ageText(now - 3 * 60_000 - 5_000, now)).toBe('3分钟前')
    expect(ageText(now - 2 * 3600_000, now)).toBe('2小时前')
    expect(ageText(now - 50 * 3600_000, now)).toBe('2天前')
  })

  it('does not go negative when the clock moved back', () => {
    expect(ageText(now + 60_000, now)).toBe('1分钟内')
  })
})

import { sessionWhen } from './format'

describe('sessionWhen', () => {
  it('gives one date for a one-day batch and both for a longer one', () => {
    expect(sessionWhen({ startsAt: '2026-12-07T00:00:00Z', endsAt: '2026-12-07T09:00:00Z' })).toBe('12月7日 08:00–17:00')
    expect(sessionWhen({ startsAt: '2026-12-07T00:00:00Z', endsAt: '2026-12-08T09:00:00Z' })).toBe('12月7日 08:00 至 12月8日 17:00')
  })
})

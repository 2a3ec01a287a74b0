import { spreadApart } from './spread'

// Square targets overlap only when they are closer than their width along both axes.
const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y))

describe('spreadApart', () => {
  const me = { x: 0.5, y: 0.6 }

  it('leaves markers that are already apart where they are', () => {
    const markers = [
      { x: 0.2, y: 0.2 },
      { x: 0.8, y: 1.0 },
    ]
    expect(spreadApart(markers, me, 0.13, 1.2, 0.07)).toEqual(markers)
  })

  it('parts markers stacked on each other and on the user, keeping each a gap from the rest', () => {
    const around = Array.from({ length: 16 }, (_, i) => ({ x: 0.5 + 0.02 * Math.cos(i), y: 0.6 + 0.02 * Math.sin(i * 1.7) }))
    const stacked = [me, me, { x: 0.52, y: 0.61 }, { x: 0.49, y: 0.6 }, ...around].map((p) => ({ ...p }))
    const placed = spreadApart(stacked, me, 0.13, 1.2, 0.07)
    for (const [i, a] of placed.entries()) {
      expect(distance(a, me)).toBeGreaterThanOrEqual(0.13 - 0.005)
      for (const b of placed.slice(i + 1)) expect(distance(a, b)).toBeGreaterThanOrEqual(0.13 - 0.005)
    }
    // Still near where they were: the nearest stations stay the nearest on the map.
    for (const p of placed.slice(0, 4)) expect(distance(p, me)).toBeLessThan(0.35)
  })

  it('finds room for twenty stations clustered round the user at the 关怀模式 gap', () => {
    const cluster = Array.from({ length: 20 }, (_, i) => ({ x: 0.5 + 0.01 * Math.cos(i), y: 0.6 + 0.01 * Math.sin(i) }))
    const placed = spreadApart(cluster, me, 0.19, 1.2, 0.095)
    for (const [i, a] of placed.entries()) {
      expect(distance(a, me)).toBeGreaterThanOrEqual(0.19 - 1e-6)
      for (const b of placed.slice(i + 1)) expect(distance(a, b)).toBeGreaterThanOrEqual(0.19 - 1e-6)
    }
  })

  it('packs as many as the box holds when parting each in turn leaves one without room', () => {
    // 5 × 6 cells fit at this gap; the user blocks up to four of them.
    const crowd = Array.from({ length: 26 }, (_, i) => ({ x: 0.5 + 0.3 * Math.cos(i * 2.4), y: 0.6 + 0.4 * Math.sin(i * 2.4) }))
    const placed = spreadApart(crowd, me, 0.19, 1.2, 0.095)
    for (const [i, a] of placed.entries()) {
      expect(distance(a, me)).toBeGreaterThanOrEqual(0.19 - 1e-6)
      for (const b of placed.slice(i + 1)) expect(distance(a, b)).toBeGreaterThanOrEqual(0.19 - 1e-6)
    }
  })

  it('keeps markers inside the box', () => {
    const corner = [
      { x: 0.01, y: 0.01 },
      { x: 0.02, y: 0.01 },
    ]
    for (const p of spreadApart(corner, me, 0.13, 1.2, 0.07)) {
      expect(p.x).toBeGreaterThanOrEqual(0.07)
      expect(p.y).toBeGreaterThanOrEqual(0.07)
    }
  })
})

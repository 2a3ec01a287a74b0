export interface BoxPoint {
  /** From the box's left edge, in box widths. */
  x: number
  /** From the box's top edge, in box widths. */
  y: number
}

// How far out the search for a free spot goes, in rings a quarter gap apart; spots on a ring are no
// more than a quarter gap apart too, so a free pocket far out is found as surely as one close by.
const RINGS = 40
const STEP = 1 / 4

/**
 * Places markers so that no two, and no marker and the fixed point (the user), are closer than `gap`
 * along both axes (square targets `gap` wide then never overlap), so each can be tapped on its own.
 * In the given order (nearest station first), each keeps its spot if it is free, else takes the
 * nearest free spot around it, inside the box (`width` 1, `height` in box widths, `margin` from each
 * edge). The fixed point never moves.
 */
export function spreadApart(markers: BoxPoint[], fixed: BoxPoint, gap: number, height: number, margin: number): BoxPoint[] {
  const taken: BoxPoint[] = [fixed]
  const inside = (p: BoxPoint): BoxPoint => ({
    x: Math.min(1 - margin, Math.max(margin, p.x)),
    y: Math.min(height - margin, Math.max(margin, p.y)),
  })
  const free = (p: BoxPoint) => taken.every((q) => Math.max(Math.abs(p.x - q.x), Math.abs(p.y - q.y)) >= gap - 1e-9)
  const nearestFree = (p: BoxPoint): BoxPoint => {
    const start = inside(p)
    if (free(start)) return start
    for (let ring = 1; ring <= RINGS; ring++) {
      const r = ring * STEP * gap
      const spots = Math.ceil((2 * Math.PI * ring) / STEP)
      for (let spot = 0; spot < spots; spot++) {
        const angle = (spot / spots) * 2 * Math.PI
        const candidate = inside({ x: p.x + r * Math.cos(angle), y: p.y + r * Math.sin(angle) })
        if (free(candidate)) return candidate
      }
    }
    return start // a box too full to part them: better overlapping than missing
  }
  return markers.map((p) => {
    const placed = nearestFree(p)
    taken.push(placed)
    return placed
  })
}

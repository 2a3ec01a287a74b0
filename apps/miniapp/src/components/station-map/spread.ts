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

const apart = (p: BoxPoint, q: BoxPoint, gap: number) => Math.max(Math.abs(p.x - q.x), Math.abs(p.y - q.y)) >= gap - 1e-9
const squaredDistance = (p: BoxPoint, q: BoxPoint) => (p.x - q.x) ** 2 + (p.y - q.y) ** 2

/**
 * Places markers so that no two, and no marker and the fixed point (the user), are closer than `gap`
 * along both axes (square targets `gap` wide then never overlap), so each can be tapped on its own.
 * In the given order (nearest station first), each keeps its spot if it is free, else takes the
 * nearest free spot around it, inside the box (`width` 1, `height` in box widths, `margin` from each
 * edge). The fixed point never moves. When that leaves a marker with no room (a dense cluster in
 * 关怀模式), every marker snaps to the nearest free cell of a grid `gap` apart instead, which packs
 * as many as the box can hold.
 */
export function spreadApart(markers: BoxPoint[], fixed: BoxPoint, gap: number, height: number, margin: number): BoxPoint[] {
  const inside = (p: BoxPoint): BoxPoint => ({
    x: Math.min(1 - margin, Math.max(margin, p.x)),
    y: Math.min(height - margin, Math.max(margin, p.y)),
  })
  const aroundEach = placeEach(markers, fixed, gap, (p) => ringSpots(p, gap, inside))
  if (aroundEach) return aroundEach
  const cells = gridCells(gap, height, margin)
  const onGrid = placeEach(markers, fixed, gap, (p) => [...cells].sort((a, b) => squaredDistance(a, p) - squaredDistance(b, p)))
  // A box too full to part them all: better overlapping than missing.
  return onGrid ?? markers.map(inside)
}

/** Gives each marker, in order, the first of its candidate spots free of those taken; null when one has none. */
function placeEach(markers: BoxPoint[], fixed: BoxPoint, gap: number, candidates: (p: BoxPoint) => Iterable<BoxPoint>): BoxPoint[] | null {
  const taken: BoxPoint[] = [fixed]
  for (const marker of markers) {
    let placed: BoxPoint | undefined
    for (const spot of candidates(marker)) {
      if (taken.every((q) => apart(spot, q, gap))) {
        placed = spot
        break
      }
    }
    if (!placed) return null
    taken.push(placed)
  }
  return taken.slice(1)
}

/** The spot itself, then spots on rings ever further out, all kept inside the box. */
function* ringSpots(p: BoxPoint, gap: number, inside: (p: BoxPoint) => BoxPoint): Generator<BoxPoint> {
  yield inside(p)
  for (let ring = 1; ring <= RINGS; ring++) {
    const r = ring * STEP * gap
    const spots = Math.ceil((2 * Math.PI * ring) / STEP)
    for (let spot = 0; spot < spots; spot++) {
      const angle = (spot / spots) * 2 * Math.PI
      yield inside({ x: p.x + r * Math.cos(angle), y: p.y + r * Math.sin(angle) })
    }
  }
}

/** As many cells as fit between the margins, at least `gap` apart each way, spread evenly. */
function gridCells(gap: number, height: number, margin: number): BoxPoint[] {
  const along = (length: number) => {
    const count = Math.floor(length / gap + 1e-9) + 1
    return Array.from({ length: count }, (_, i) => margin + (count === 1 ? length / 2 : (i * length) / (count - 1)))
  }
  const xs = along(1 - 2 * margin)
  return along(height - 2 * margin).flatMap((y) => xs.map((x) => ({ x, y })))
}

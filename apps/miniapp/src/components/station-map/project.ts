export interface LatLng {
  lat: number
  lng: number
}

export interface Projection {
  /** Each point's place in the box, in per cent of its width (left) and height (top). */
  points: { left: number; top: number }[]
  /** Metres across the whole width of the box, for the scale bar. */
  metresPerWidth: number
}

const METRES_PER_DEGREE = 111_320
// Keeps markers off the edges; in units of the box width.
const PADDING = 0.1
// Below this spread (about 50 m) the map would zoom into the pavement.
const MIN_SPAN_DEGREES = 0.0005

/**
 * Equirectangular projection around `centre` (north up, east right), scaled so that every point
 * fits a box `aspect` (height / width) times as tall as it is wide, with the same metres per pixel
 * both ways. Over a district this is as good as any map projection.
 */
export function project(points: LatLng[], centre: LatLng, aspect: number): Projection {
  const cosLat = Math.cos((centre.lat * Math.PI) / 180)
  const offsets = points.map((p) => ({ dx: (p.lng - centre.lng) * cosLat, dy: p.lat - centre.lat }))
  const spanX = Math.max(MIN_SPAN_DEGREES, ...offsets.map((o) => Math.abs(o.dx)))
  const spanY = Math.max(MIN_SPAN_DEGREES, ...offsets.map((o) => Math.abs(o.dy)))
  // Box-width units per degree, so that the farthest point in either direction stays inside.
  const scale = Math.min((0.5 - PADDING) / spanX, (aspect / 2 - PADDING) / spanY)
  return {
    points: offsets.map(({ dx, dy }) => ({
      left: (0.5 + dx * scale) * 100,
      top: ((aspect / 2 - dy * scale) / aspect) * 100,
    })),
    metresPerWidth: METRES_PER_DEGREE / scale,
  }
}

const NICE_METRES = [50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000]

/** A round distance about a quarter of the box wide, and its share of the width in per cent. */
export function scaleBar(metresPerWidth: number): { metres: number; widthPercent: number } {
  const target = metresPerWidth / 4
  const metres = NICE_METRES.reduce((best, m) => (Math.abs(m - target) < Math.abs(best - target) ? m : best))
  return { metres, widthPercent: (metres / metresPerWidth) * 100 }
}

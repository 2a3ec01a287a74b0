const MEAN_EARTH_RADIUS_M = 6_371_008.8;
const RADIANS = Math.PI / 180;

/** Metres along the earth's surface between two points (haversine on the mean-radius sphere). */
export function greatCircleMeters(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const h =
    Math.sin(((b.lat - a.lat) * RADIANS) / 2) ** 2 + Math.cos(a.lat * RADIANS) * Math.cos(b.lat * RADIANS) * Math.sin(((b.lng - a.lng) * RADIANS) / 2) ** 2;
  return 2 * MEAN_EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

import { greatCircleMeters } from './great-circle';

describe('greatCircleMeters', () => {
  it('is zero for one point and symmetric', () => {
    const a = { lat: 30.085, lng: 120.49 };
    const b = { lat: 29.87, lng: 120.65 };
    expect(greatCircleMeters(a, a)).toBe(0);
    expect(greatCircleMeters(a, b)).toBeCloseTo(greatCircleMeters(b, a), 6);
  });

  it('matches known distances: a degree of latitude, and Shaoxing to Hangzhou', () => {
    expect(greatCircleMeters({ lat: 0, lng: 0 }, { lat: 1, lng: 0 })).toBeCloseTo(111_195, -1);
    // Keqiao (30.085, 120.49) to West Lake (30.246, 120.150): about 37 km.
    expect(greatCircleMeters({ lat: 30.085, lng: 120.49 }, { lat: 30.246, lng: 120.15 }) / 1000).toBeCloseTo(37.6, 0);
  });
});

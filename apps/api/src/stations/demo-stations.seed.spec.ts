import { TOWN_CODES } from '@kgh/shared';
import { demoStations } from './demo-stations.seed';

describe('demoStations', () => {
  const stations = demoStations();

  it('tells the report’s story: 63 stations over all 16 towns inside Keqiao', () => {
    expect(stations).toHaveLength(63);
    expect(new Set(stations.map((s) => s.townCode))).toEqual(new Set(TOWN_CODES));
    for (const s of stations) {
      expect(s.lat).toBeGreaterThan(29.85);
      expect(s.lat).toBeLessThan(30.25);
      expect(s.lng).toBeGreaterThan(120.25);
      expect(s.lng).toBeLessThan(120.75);
    }
    expect(new Set(stations.map((s) => `${s.name}|${s.address}`)).size).toBe(63);
  });

  it('has the freight drivers’ home, one mobile station, varied hours and cold drinks at some', () => {
    expect(stations.filter((s) => s.kind === 'freight_drivers_home').map((s) => s.address)).toEqual([expect.stringContaining('中国轻纺城物流中心')]);
    expect(stations.filter((s) => s.kind === 'mobile')).toHaveLength(1);
    expect(stations.some((s) => s.hours === '24h')).toBe(true);
    expect(stations.some((s) => s.hours.startsWith('mon-fri '))).toBe(true);
    const cold = stations.filter((s) => s.amenities.includes('cold_drinks')).length;
    expect(cold).toBeGreaterThan(5);
    expect(cold).toBeLessThan(63);
  });
});

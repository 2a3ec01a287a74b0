import { Amenity, AMENITY_CODES, StationKind, TOWNS, TownCode } from '@kgh/shared';
import { EntityManager } from 'typeorm';
import { Org } from '../orgs/org.entity';
import { OpeningHours, parseOpeningHoursText } from './opening-hours';
import { Station } from './station.entity';

// The district's 63 stations over its 16 towns (report: 63 驿站). GCJ-02 centres of each town, and how
// many stations it has; the stations sit around the centre.
const TOWN_STATIONS: Record<TownCode, { lat: number; lng: number; count: number }> = {
  keqiao: { lat: 30.085, lng: 120.49, count: 10 },
  keyan: { lat: 30.04, lng: 120.47, count: 5 },
  huashe: { lat: 30.1, lng: 120.43, count: 5 },
  hutang: { lat: 30.03, lng: 120.43, count: 4 },
  qixian: { lat: 30.12, lng: 120.54, count: 5 },
  fuquan: { lat: 30.06, lng: 120.53, count: 4 },
  qianqing: { lat: 30.1, lng: 120.37, count: 5 },
  yangxunqiao: { lat: 30.11, lng: 120.3, count: 4 },
  maan: { lat: 30.18, lng: 120.56, count: 4 },
  anchang: { lat: 30.15, lng: 120.47, count: 4 },
  lanting: { lat: 29.97, lng: 120.5, count: 3 },
  lizhu: { lat: 29.95, lng: 120.44, count: 2 },
  pingshui: { lat: 29.95, lng: 120.62, count: 3 },
  jidong: { lat: 29.88, lng: 120.58, count: 1 },
  xialv: { lat: 30.02, lng: 120.32, count: 2 },
  wangtan: { lat: 29.87, lng: 120.65, count: 2 },
};

const PLACES = ['中心', '工业园', '商贸城', '汽车站', '社区服务中心', '农贸市场', '物流园', '文化广场', '新村', '集镇'];
const HOURS = ['24h', 'mon-sun 08:00-20:00', 'mon-fri 08:30-17:30', 'mon-sun 07:00-11:00,16:00-22:00', 'mon-sun 10:00-14:00,17:00-02:00'];

// The stations the report names, placed by hand in 柯桥街道.
const NAMED: DemoStation[] = [
  {
    name: '中国轻纺城物流中心货运司机之家',
    kind: 'freight_drivers_home',
    townCode: 'keqiao',
    address: '柯桥街道中国轻纺城物流中心（东区）',
    lat: 30.1062,
    lng: 120.5098,
    hostOrg: '中国轻纺城物流中心',
    hours: '24h',
    amenities: ['water', 'charging', 'microwave', 'toilet', 'seating', 'air_conditioning', 'first_aid', 'cold_drinks'],
  },
  {
    name: '美团轻纺城站点小哥驿站',
    kind: 'courier_station',
    townCode: 'keqiao',
    address: '柯桥街道轻纺城大道美团站点',
    lat: 30.0921,
    lng: 120.4953,
    hostOrg: '正杭网络科技有限公司',
    hours: 'mon-sun 10:00-14:00,17:00-02:00',
    amenities: ['water', 'charging', 'microwave', 'seating', 'cold_drinks'],
  },
  {
    name: '东盛慧谷职工驿站',
    kind: 'worker_station',
    townCode: 'keqiao',
    address: '柯桥街道东盛慧谷园区服务中心一楼',
    lat: 30.0788,
    lng: 120.5012,
    hostOrg: '东盛慧谷（园区）联合工会',
    hours: 'mon-fri 08:30-17:30',
    amenities: ['water', 'charging', 'toilet', 'seating', 'air_conditioning'],
  },
  {
    name: '区总工会流动服务站',
    kind: 'mobile',
    townCode: 'keqiao',
    address: '柯桥街道柯桥区总工会门前（每周巡回）',
    lat: 30.0846,
    lng: 120.4872,
    hostOrg: '柯桥区总工会',
    hours: 'sat,sun 09:00-17:00',
    amenities: ['water', 'charging', 'first_aid', 'cold_drinks'],
  },
];

interface DemoStation {
  name: string;
  kind: StationKind;
  townCode: TownCode;
  address: string;
  lat: number;
  lng: number;
  hostOrg: string;
  hours: string;
  amenities: Amenity[];
}

/** The 63 demo stations: the named four, then each town's share spread around its centre. */
export function demoStations(): DemoStation[] {
  const stations = [...NAMED];
  let index = 0;
  for (const town of TOWNS) {
    const { lat, lng, count } = TOWN_STATIONS[town.code];
    const generated = count - NAMED.filter((s) => s.townCode === town.code).length;
    for (let i = 0; i < generated; i += 1, index += 1) {
      const place = PLACES[i % PLACES.length];
      const courier = index % 3 === 1;
      // A golden-angle spiral keeps a town's stations apart without randomness.
      const angle = index * 2.39996;
      const radius = 0.006 + 0.003 * (i % 4);
      stations.push({
        name: `${town.name.replace(/(街道|镇)$/, '')}${place}${courier ? '小哥驿站' : '职工驿站'}`,
        kind: courier ? 'courier_station' : 'worker_station',
        townCode: town.code,
        address: `${town.name}${place}${i + 1}号`,
        lat: Math.round((lat + radius * Math.sin(angle)) * 1e6) / 1e6,
        lng: Math.round((lng + radius * Math.cos(angle)) * 1e6) / 1e6,
        hostOrg: `${town.name}总工会`,
        hours: HOURS[index % HOURS.length],
        amenities: AMENITY_CODES.filter((code, k) => k < 3 || (index + k) % 3 === 0 || (code === 'cold_drinks' && index % 4 === 0)),
      });
    }
  }
  return stations;
}

const hoursOf = (text: string): OpeningHours => {
  const parsed = parseOpeningHoursText(text);
  if ('problem' in parsed) throw new Error(`demo hours "${text}": ${parsed.problem}`);
  return parsed.hours;
};

/** Inserts the demo stations that are not there yet (by name and address). */
export async function seedDemoStations(manager: EntityManager): Promise<void> {
  const towns = await manager.find(Org, { where: { kind: 'town' } });
  const orgIdOf = new Map(towns.map((org) => [org.townCode, org.id]));
  const rows = demoStations().map(({ hours, ...station }, index) => ({
    ...station,
    orgId: orgIdOf.get(station.townCode)!,
    openingHours: hoursOf(hours),
    closures: [],
    phone: `0575-8412${String(index + 1).padStart(4, '0')}`,
    lastVerifiedAt: new Date('2026-05-20T10:00:00+08:00'),
  }));
  await manager.createQueryBuilder().insert().into(Station).values(rows).orIgnore().execute();
}

import { IMPORT_COLUMNS, readStationCsv, writeStationCsv } from './station-csv';
import type { Station } from './station.entity';

const HEADER = IMPORT_COLUMNS.join(',');
const GOOD = '笛扬路小哥驿站,小哥驿站,柯桥街道,笛扬路1号,30.0812,120.4931,0575-84112233,中通快递,饮用水|手机充电|爱心冰箱,mon-fri 08:00-20:00';

describe('readStationCsv', () => {
  it('reads Chinese names or codes into station fields', () => {
    const { stations, problems } = readStationCsv(
      `\ufeff${HEADER}\r\n${GOOD}\r\n夜间驿站,courier_station,keqiao,金柯桥大道2号,30.09,120.5,,,water,fri 22:00-06:00\r\n`,
    );
    expect(problems).toEqual([]);
    expect(stations.map((s) => s.line)).toEqual([2, 3]);
    expect(stations[0].station).toMatchObject({
      name: '笛扬路小哥驿站',
      kind: 'courier_station',
      townCode: 'keqiao',
      lat: 30.0812,
      amenities: ['water', 'charging', 'cold_drinks'],
      openingHours: { is24h: false, weekly: { mon: [['08:00', '20:00']] } },
    });
    expect(stations[1].station.phone).toBeUndefined();
  });

  it('refuses a wrong header', () => {
    expect(readStationCsv('name,town,lat\n驿站,柯桥街道,30\n').problems).toEqual([{ line: 1, field: 'header', message: expect.stringContaining('表头应为') }]);
  });

  it('names every bad row by line and field, and returns no station at all', () => {
    const text = [
      HEADER,
      GOOD,
      GOOD.replace('30.0812', '北纬30').replace('笛扬路1号', '笛扬路2号'),
      GOOD.replace('笛扬路小哥驿站', '').replace('笛扬路1号', '笛扬路3号'),
      GOOD,
      GOOD.replace('笛扬路1号', '笛扬路5号').replace('mon-fri', 'weekdays'),
      GOOD.replace('笛扬路1号', '笛扬路6号').replace('小哥驿站,柯桥', '茶馆,柯桥'),
    ].join('\n');
    const { stations, problems } = readStationCsv(text);
    expect(stations).toEqual([]);
    expect(problems).toEqual([
      { line: 3, field: 'lat', message: expect.any(String) },
      { line: 4, field: 'name', message: '请填写驿站名称' },
      { line: 5, field: 'name', message: expect.stringContaining('第 2 行') },
      { line: 6, field: 'hours', message: expect.any(String) },
      { line: 7, field: 'kind', message: expect.any(String) },
    ]);
  });

  it('refuses control characters and broken UTF-16 in any cell, naming line and column', () => {
    const text = [
      HEADER,
      GOOD.replace('笛扬路小哥驿站', '笛扬路\u0000驿站'),
      GOOD.replace('中通快递', '中通\u001b快递').replace('笛扬路1号', '笛扬路2号'),
      GOOD.replace('笛扬路1号', '笛扬路\udc003号'),
    ].join('\n');
    expect(readStationCsv(text)).toEqual({
      stations: [],
      problems: [
        { line: 2, field: 'name', message: expect.any(String) },
        { line: 3, field: 'host', message: expect.any(String) },
        { line: 4, field: 'address', message: expect.any(String) },
      ],
    });
  });

  it('refuses a row with the wrong number of cells and a quote left open', () => {
    expect(readStationCsv(`${HEADER}\n驿站,小哥驿站\n`).problems).toEqual([{ line: 2, field: '', message: expect.stringContaining('10 列') }]);
    expect(readStationCsv(`${HEADER}\n"驿站,小哥驿站\n`).problems).toHaveLength(1);
  });
});

describe('writeStationCsv', () => {
  const aStation = (overrides: Record<string, unknown>) =>
    ({
      id: 'a1b2',
      name: '笛扬路小哥驿站',
      kind: 'courier_station',
      townCode: 'keqiao',
      address: '笛扬路1号, 东门',
      lat: 30.0812,
      lng: 120.4931,
      phone: null,
      hostOrg: '中通快递',
      amenities: ['water', 'cold_drinks'],
      openingHours: { is24h: true, weekly: {} },
      active: true,
      lastVerifiedAt: null,
      ...overrides,
    }) as unknown as Station;

  it('writes what readStationCsv reads back', () => {
    const station = aStation({});
    const { stations, problems } = readStationCsv(writeStationCsv([station]));
    expect(problems).toEqual([]);
    expect(stations[0].station).toMatchObject({
      name: station.name,
      address: station.address,
      amenities: station.amenities,
      openingHours: station.openingHours,
    });
  });

  it('guards names, addresses, phones and hosts that Excel would run as formulas, and reads them back', () => {
    const station = aStation({
      name: '=HYPERLINK("http://evil.example")',
      kind: 'mobile',
      address: '@笛扬路',
      phone: '+86 575 8411 2233',
      hostOrg: '-中通',
      amenities: [],
    });
    const text = writeStationCsv([station]);
    expect(text.split('\r\n')[1]).toBe(
      `"'=HYPERLINK(""http://evil.example"")",流动站,柯桥街道,'@笛扬路,30.0812,120.4931,'+86 575 8411 2233,'-中通,,24h,a1b2,true,`,
    );
    expect(readStationCsv(text).stations[0].station).toMatchObject({
      name: station.name,
      address: station.address,
      phone: station.phone,
      hostOrg: station.hostOrg,
    });
  });
});

import gcoord from 'gcoord';
import { signInStaff, signInWorker } from './support/sessions';
import { fakeDateAt } from './support/clock';
import { startTestApp, TestApp } from './support/test-app';

const NEARBY = '/api/v1/stations/nearby';
const MEAN_EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle distance by the haversine formula, independent of the database's earthdistance. */
function haversine(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * MEAN_EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
}

const aStation = (overrides: Record<string, unknown> = {}) => ({
  name: `测试驿站${Math.random().toString(36).slice(2, 8)}`,
  kind: 'worker_station',
  townCode: 'keqiao',
  address: `柯桥街道测试路${Math.floor(Math.random() * 1e6)}号`,
  lat: 30.08,
  lng: 120.49,
  amenities: ['water'],
  openingHours: { is24h: true, weekly: {} },
  ...overrides,
});

// Only Date is faked, so the app evaluates openNow at a chosen instant while sockets and timers run.
const atShanghaiTime = (local: string) => fakeDateAt(`${local}+08:00`);

describe('worker stations', () => {
  let t: TestApp;
  let admin: string;
  let keqiaoStaff: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInStaff(t, 'district-admin');
    keqiaoStaff = await signInStaff(t, 'keqiao-staff');
  });
  afterAll(() => t.close());
  afterEach(() => jest.useRealTimers());

  const createStation = async (overrides: Record<string, unknown> = {}, token = admin) => {
    const response = await t.http().post('/api/v1/admin/stations').set('authorization', token).send(aStation(overrides));
    expect(response.status).toBe(201);
    return response.body as { id: string; name: string; lat: number; lng: number };
  };

  describe('GET /stations/nearby', () => {
    beforeAll(async () => {
      // 400 more stations scattered over the district, next to the 63 of the demo seed.
      await t.db.query(`INSERT INTO stations (name, kind, address, town_code, org_id, lat, lng, amenities, opening_hours)
        SELECT '随机驿站' || g, 'worker_station', '随机地址' || g, 'keqiao', (SELECT id FROM orgs WHERE code = 'town:keqiao'),
               29.85 + random() * 0.4, 120.25 + random() * 0.5, '{water}', '{"is24h": true, "weekly": {}}'
        FROM generate_series(1, 400) g`);
    });

    it('orders stations as an independent haversine ordering does, from random points, with distances within 0.5 %', async () => {
      const all: { id: string; lat: number; lng: number }[] = await t.db.query('SELECT id, lat, lng FROM stations WHERE active');
      for (let i = 0; i < 25; i += 1) {
        const here = { lat: 29.85 + Math.random() * 0.4, lng: 120.25 + Math.random() * 0.5 };
        const response = await t
          .http()
          .get(NEARBY)
          .query({ ...here, limit: 100 })
          .expect(200);
        const expected = all
          .map((s) => ({ id: s.id, d: haversine(here, s) }))
          .sort((a, b) => a.d - b.d)
          .slice(0, 100);
        const items: { id: string; distanceMeters: number }[] = response.body.items;
        expect(items.map((item) => item.id)).toEqual(expected.map((e) => e.id));
        items.forEach((item, k) => expect(Math.abs(item.distanceMeters - expected[k].d)).toBeLessThanOrEqual(expected[k].d * 0.005 + 0.1));
      }
    });

    it('answers the contract fields, 20 by default, lat/lng in GCJ-02', async () => {
      const response = await t.http().get(NEARBY).query({ lat: 30.1062, lng: 120.5098 }).expect(200);
      expect(response.body.items).toHaveLength(20);
      expect(Object.keys(response.body.items[0]).sort()).toEqual(
        ['id', 'name', 'kind', 'address', 'lat', 'lng', 'distanceMeters', 'amenities', 'isOpenNow', 'openingHours', 'phone'].sort(),
      );
      expect(response.body.items[0]).toMatchObject({
        name: '中国轻纺城物流中心货运司机之家',
        kind: 'freight_drivers_home',
        isOpenNow: true,
        distanceMeters: 0,
      });
    });

    it('gives the same nearest station for the same place sent in WGS-84 and in GCJ-02', async () => {
      for (const name of ['中国轻纺城物流中心货运司机之家', '东盛慧谷职工驿站', '美团轻纺城站点小哥驿站']) {
        const [station] = await t.db.query('SELECT id, lat, lng FROM stations WHERE name = $1', [name]);
        const [lng, lat] = gcoord.transform([station.lng, station.lat], gcoord.GCJ02, gcoord.WGS84);
        // The datums differ by some 500 m here: without the conversion the answer would be elsewhere.
        expect(haversine({ lat, lng }, station)).toBeGreaterThan(300);
        const wgs = await t.http().get(NEARBY).query({ lat, lng, coord: 'wgs84', limit: 1 }).expect(200);
        const gcj = await t.http().get(NEARBY).query({ lat: station.lat, lng: station.lng, coord: 'gcj02', limit: 1 }).expect(200);
        expect(wgs.body.items[0].id).toBe(station.id);
        expect(gcj.body.items[0].id).toBe(station.id);
        expect(wgs.body.items[0].distanceMeters).toBeLessThan(1);
      }
    });

    it('keeps to the radius and to all the amenities asked for', async () => {
      const here = { lat: 30.085, lng: 120.49 };
      const response = await t
        .http()
        .get(NEARBY)
        .query({ ...here, radius: 1500, limit: 100, amenities: 'water,cold_drinks' })
        .expect(200);
      expect(response.body.items.length).toBeGreaterThan(0);
      for (const item of response.body.items) {
        expect(haversine(here, item)).toBeLessThanOrEqual(1500 * 1.005);
        expect(item.amenities).toEqual(expect.arrayContaining(['water', 'cold_drinks']));
      }
      const all: { lat: number; lng: number; amenities: string[] }[] = await t.db.query('SELECT lat, lng, amenities FROM stations WHERE active');
      const inside = all.filter((s) => s.amenities.includes('cold_drinks') && haversine(here, s) < 1500 * 0.995).length;
      expect(response.body.items.length).toBeGreaterThanOrEqual(inside);
    });

    describe('open now, at the time of the request in Asia/Shanghai', () => {
      // Far from the district, so that only these stations are within the radius.
      const place = { lat: 29.3, lng: 121.3 };
      const ids: Record<string, string> = {};
      beforeAll(async () => {
        ids.night = (await createStation({ ...place, name: '夜间驿站', openingHours: { is24h: false, weekly: { fri: [['22:00', '06:00']] } } })).id;
        ids.weekdays = (
          await createStation({
            lat: 29.301,
            lng: 121.3,
            name: '工作日驿站',
            openingHours: { is24h: false, weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['08:30', '17:30']]])) },
          })
        ).id;
        ids.closed = (
          await createStation({
            lat: 29.302,
            lng: 121.3,
            name: '临时停用驿站',
            closures: [{ from: '2026-12-05T00:00:00+08:00', to: '2026-12-06T12:00:00+08:00', reason: '设备维修' }],
          })
        ).id;
      });

      const openAt = async (local: string) => {
        atShanghaiTime(local);
        const listed = await t
          .http()
          .get(NEARBY)
          .query({ ...place, radius: 2000 })
          .expect(200);
        const open = await t
          .http()
          .get(NEARBY)
          .query({ ...place, radius: 2000, openNow: 'true' })
          .expect(200);
        const flags = Object.fromEntries(Object.entries(ids).map(([key, id]) => [key, listed.body.items.find((i: { id: string }) => i.id === id).isOpenNow]));
        const openIds = open.body.items.map((i: { id: string }) => i.id).sort();
        expect(openIds).toEqual(
          Object.entries(ids)
            .filter(([key]) => flags[key])
            .map(([, id]) => id)
            .sort(),
        );
        return flags;
      };

      it('counts a span past midnight for the next morning', async () => {
        expect((await openAt('2026-12-04T23:30:00')).night).toBe(true); // Friday night
        expect((await openAt('2026-12-05T05:59:00')).night).toBe(true); // Saturday early
        expect((await openAt('2026-12-05T06:00:00')).night).toBe(false);
        expect((await openAt('2026-12-04T03:00:00')).night).toBe(false); // Friday early: Thursday has no night span
      });

      it('keeps a weekdays-only station closed on Sunday', async () => {
        expect((await openAt('2026-12-06T10:00:00')).weekdays).toBe(false);
        expect((await openAt('2026-12-07T10:00:00')).weekdays).toBe(true);
      });

      it('lets a temporary closure close a 24-hour station', async () => {
        expect(await openAt('2026-12-05T10:00:00')).toMatchObject({ closed: false });
        expect(await openAt('2026-12-06T12:00:00')).toMatchObject({ closed: true });
      });

      it('shows the closure and the state on the station page', async () => {
        atShanghaiTime('2026-12-05T10:00:00');
        const detail = await t.http().get(`/api/v1/stations/${ids.closed}`).expect(200);
        expect(detail.body).toMatchObject({ isOpenNow: false, closures: [{ reason: '设备维修' }] });
      });
    });

    it.each([
      ['lat missing', { lng: 120.49 }, 'lat'],
      ['lng missing', { lat: 30.08 }, 'lng'],
      ['lat empty', { lat: '', lng: 120.49 }, 'lat'],
      ['lat out of range', { lat: 91, lng: 120.49 }, 'lat'],
      ['lng out of range', { lat: 30.08, lng: -181 }, 'lng'],
      ['lat not a number', { lat: 'abc', lng: 120.49 }, 'lat'],
      ['lng not a number', { lat: 30.08, lng: '120.49e' }, 'lng'],
      ['limit 0', { lat: 30.08, lng: 120.49, limit: 0 }, 'limit'],
      ['limit over 100', { lat: 30.08, lng: 120.49, limit: 101 }, 'limit'],
      ['limit not whole', { lat: 30.08, lng: 120.49, limit: 2.5 }, 'limit'],
      ['radius negative', { lat: 30.08, lng: 120.49, radius: -5 }, 'radius'],
      ['unknown amenity', { lat: 30.08, lng: 120.49, amenities: 'water,sauna' }, 'amenities'],
      ['unknown coord system', { lat: 30.08, lng: 120.49, coord: 'bd09' }, 'coord'],
      ['openNow not a boolean', { lat: 30.08, lng: 120.49, openNow: 'yes' }, 'openNow'],
      ['an unknown parameter', { lat: 30.08, lng: 120.49, sort: 'name' }, 'sort'],
    ])('answers %s with 400 VALIDATION_FAILED naming the field', async (_name, query, field) => {
      const response = await t.http().get(NEARBY).query(query);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field, message: expect.any(String) }] });
    });
  });

  describe('GET /stations/{id}', () => {
    it('shows an active station to anyone and hides a deactivated one', async () => {
      const station = await createStation();
      const detail = await t.http().get(`/api/v1/stations/${station.id}`).expect(200);
      expect(detail.body).toMatchObject({ id: station.id, townCode: 'keqiao', isOpenNow: true, lastVerifiedAt: null });
      await t.http().delete(`/api/v1/admin/stations/${station.id}`).set('authorization', keqiaoStaff).expect(200);
      expect((await t.http().get(`/api/v1/stations/${station.id}`)).body.code).toBe('NOT_FOUND');
      const near = await t.http().get(NEARBY).query({ lat: 30.08, lng: 120.49, limit: 5 }).expect(200);
      expect(near.body.items.map((i: { id: string }) => i.id)).not.toContain(station.id);
      expect((await t.http().get('/api/v1/stations/not-a-uuid')).status).toBe(404);
    });
  });

  describe('check-ins and problem reports', () => {
    it('takes one check-in per worker and station in 10 minutes', async () => {
      const station = await createStation();
      const other = await createStation();
      const worker = await signInWorker(t);
      expect((await t.http().post(`/api/v1/stations/${station.id}/check-ins`)).status).toBe(401);
      const first = await t.http().post(`/api/v1/stations/${station.id}/check-ins`).set('authorization', worker.token);
      expect(first.status).toBe(201);
      const again = await t.http().post(`/api/v1/stations/${station.id}/check-ins`).set('authorization', worker.token);
      expect(again.status).toBe(429);
      expect(again.body.code).toBe('CHECK_IN_TOO_SOON');
      await t.http().post(`/api/v1/stations/${other.id}/check-ins`).set('authorization', worker.token).expect(201);
      await t
        .http()
        .post(`/api/v1/stations/${station.id}/check-ins`)
        .set('authorization', (await signInWorker(t)).token)
        .expect(201);
      // Ten minutes later the same worker may check in again.
      await t.db.query(`UPDATE station_check_ins SET checked_in_at = checked_in_at - interval '10 minutes 1 second' WHERE station_id = $1`, [station.id]);
      await t.http().post(`/api/v1/stations/${station.id}/check-ins`).set('authorization', worker.token).expect(201);
    });

    it('counts concurrent taps once', async () => {
      const station = await createStation();
      const worker = await signInWorker(t);
      const taps = await Promise.all(
        Array.from({ length: 5 }, () => t.http().post(`/api/v1/stations/${station.id}/check-ins`).set('authorization', worker.token)),
      );
      expect(taps.map((tap) => tap.status).sort()).toEqual([201, 429, 429, 429, 429]);
    });

    it('lets a worker report a problem, the town’s staff see and resolve it, other towns not', async () => {
      const keqiao = await createStation();
      const huashe = await createStation({ townCode: 'huashe', lat: 30.1, lng: 120.43 });
      const worker = await signInWorker(t);
      const report = (id: string, body: object) => t.http().post(`/api/v1/stations/${id}/reports`).set('authorization', worker.token).send(body);
      const closed = await report(keqiao.id, { kind: 'closed_when_open', note: '中午来关着门' });
      expect(closed.status).toBe(201);
      expect(closed.body).toMatchObject({ kind: 'closed_when_open', status: 'open' });
      await report(huashe.id, { kind: 'amenity_missing' }).then((r) => expect(r.status).toBe(201));
      expect((await report(keqiao.id, { kind: 'other' })).body.details[0].field).toBe('note');
      expect((await report(keqiao.id, { kind: 'broken' })).body.details[0].field).toBe('kind');

      const list = await t.http().get('/api/v1/admin/stations/reports').query({ status: 'open' }).set('authorization', keqiaoStaff).expect(200);
      const stationIds = list.body.items.map((i: { stationId: string }) => i.stationId);
      expect(stationIds).toContain(keqiao.id);
      expect(stationIds).not.toContain(huashe.id);
      const huasheReport = (await t.http().get('/api/v1/admin/stations/reports').set('authorization', admin)).body.items.find(
        (i: { stationId: string }) => i.stationId === huashe.id,
      );
      expect((await t.http().post(`/api/v1/admin/stations/reports/${huasheReport.id}/resolve`).set('authorization', keqiaoStaff).send({})).status).toBe(404);

      const resolve = () =>
        t.http().post(`/api/v1/admin/stations/reports/${closed.body.id}/resolve`).set('authorization', keqiaoStaff).send({ note: '已联系承办单位' });
      expect((await resolve()).body).toMatchObject({ status: 'resolved', resolutionNote: '已联系承办单位' });
      expect((await resolve()).status).toBe(409);
      const audit = await t.db.query(`SELECT action FROM audit_entries WHERE entity_id = $1 ORDER BY id`, [closed.body.id]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['station.report', 'station.report.resolve']);

      // Two staff resolving the same report at once: one does, the other is told it is done.
      const moved = await report(keqiao.id, { kind: 'moved', note: '搬到对面了' });
      const answers = await Promise.all(
        [keqiaoStaff, admin].map((token) => t.http().post(`/api/v1/admin/stations/reports/${moved.body.id}/resolve`).set('authorization', token).send({})),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const resolutions = await t.db.query(`SELECT count(*)::int AS n FROM audit_entries WHERE entity_id = $1 AND action = 'station.report.resolve'`, [
        moved.body.id,
      ]);
      expect(resolutions[0].n).toBe(1);
    });

    it('marks a station verified now', async () => {
      const station = await createStation();
      const before = Date.now();
      const verified = await t.http().post(`/api/v1/admin/stations/${station.id}/verify`).set('authorization', keqiaoStaff).expect(200);
      expect(Date.parse(verified.body.lastVerifiedAt)).toBeGreaterThanOrEqual(before - 1000);
      expect((await t.http().get(`/api/v1/stations/${station.id}`)).body.lastVerifiedAt).toBe(verified.body.lastVerifiedAt);
    });
  });

  describe('staff keep the stations of their own towns', () => {
    it('lets town staff edit their town’s station and not another town’s (404)', async () => {
      const keqiao = await createStation();
      const huashe = await createStation({ townCode: 'huashe', lat: 30.1, lng: 120.43 });
      const patch = (id: string, body: object) => t.http().patch(`/api/v1/admin/stations/${id}`).set('authorization', keqiaoStaff).send(body);
      expect((await patch(keqiao.id, { phone: '0575-84110000', amenities: ['water', 'toilet'] })).body).toMatchObject({
        phone: '0575-84110000',
        amenities: ['water', 'toilet'],
      });
      for (const response of [
        await patch(huashe.id, { phone: '0575-84110000' }),
        await t.http().delete(`/api/v1/admin/stations/${huashe.id}`).set('authorization', keqiaoStaff),
        await t.http().post(`/api/v1/admin/stations/${huashe.id}/verify`).set('authorization', keqiaoStaff),
        await t.http().get(`/api/v1/admin/stations/${huashe.id}`).set('authorization', keqiaoStaff),
      ]) {
        expect(response.status).toBe(404);
        expect(response.body.code).toBe('NOT_FOUND');
      }
      expect((await patch(keqiao.id, { townCode: 'huashe' })).status).toBe(403);
      const create = await t
        .http()
        .post('/api/v1/admin/stations')
        .set('authorization', keqiaoStaff)
        .send(aStation({ townCode: 'huashe' }));
      expect(create.status).toBe(403);
      const [row] = await t.db.query('SELECT phone FROM stations WHERE id = $1', [huashe.id]);
      expect(row.phone).toBeNull();
      expect((await t.http().get(`/api/v1/admin/stations/${keqiao.id}`).set('authorization', keqiaoStaff).expect(200)).body.phone).toBe('0575-84110000');
      const mine = await t.http().get('/api/v1/admin/stations').set('authorization', keqiaoStaff).expect(200);
      expect(new Set(mine.body.items.map((s: { townCode: string }) => s.townCode))).toEqual(new Set(['keqiao']));
    });

    it('refuses workers, bad station bodies and a duplicate name and address', async () => {
      const worker = await signInWorker(t);
      expect((await t.http().post('/api/v1/admin/stations').set('authorization', worker.token).send(aStation())).status).toBe(403);
      const bad = await t
        .http()
        .post('/api/v1/admin/stations')
        .set('authorization', admin)
        .send(aStation({ lat: 95, amenities: ['spa'], openingHours: { is24h: false, weekly: { mon: [['08:00', '25:00']] } } }));
      expect(bad.status).toBe(400);
      expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['amenities', 'lat', 'openingHours']);
      const station = aStation();
      await t.http().post('/api/v1/admin/stations').set('authorization', admin).send(station).expect(201);
      const again = await t.http().post('/api/v1/admin/stations').set('authorization', admin).send(station);
      expect(again.status).toBe(409);
    });
  });

  describe('the console’s station table', () => {
    it('filters by town, kind, active and text within the caller’s scope', async () => {
      const open = await createStation({ name: '筛选用小哥驿站', kind: 'courier_station' });
      const closed = await createStation({ name: '筛选用职工驿站', kind: 'worker_station', address: '筛选路9号' });
      await t.http().delete(`/api/v1/admin/stations/${closed.id}`).set('authorization', keqiaoStaff).expect(200);
      const list = async (query: string) =>
        (await t.http().get(`/api/v1/admin/stations?pageSize=100&${query}`).set('authorization', keqiaoStaff).expect(200)).body.items.map(
          (s: { id: string }) => s.id,
        );
      expect(await list('q=筛选用')).toEqual(expect.arrayContaining([open.id, closed.id]));
      expect(await list('q=筛选用&active=false')).toEqual([closed.id]);
      expect(await list('q=筛选用&kind=courier_station')).toEqual([open.id]);
      expect(await list('q=筛选路9')).toEqual([closed.id]);
      expect(await list('q=筛选用&townCode=huashe')).toEqual([]);
      expect(await list('q=100%')).toEqual([]);
      const bad = await t.http().get('/api/v1/admin/stations?kind=shop&active=maybe').set('authorization', keqiaoStaff);
      expect(bad.status).toBe(400);
      expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['active', 'kind']);
    });
  });

  describe('null for a field that cannot be empty', () => {
    const NOT_NULL = ['name', 'kind', 'townCode', 'address', 'lat', 'lng', 'amenities', 'openingHours', 'closures'];
    const patch = (id: string, body: object) => t.http().patch(`/api/v1/admin/stations/${id}`).set('authorization', admin).send(body);

    it.each([...NOT_NULL, 'active'])('refuses PATCH with %s: null as 400 VALIDATION_FAILED naming it, and changes nothing', async (field) => {
      const station = await createStation();
      const [before] = await t.db.query('SELECT * FROM stations WHERE id = $1', [station.id]);
      const response = await patch(station.id, { [field]: null });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field, message: expect.any(String) }] });
      expect(await t.db.query('SELECT * FROM stations WHERE id = $1', [station.id])).toEqual([before]);
    });

    it.each(NOT_NULL)('refuses POST with %s: null as 400 VALIDATION_FAILED naming it', async (field) => {
      const station = aStation({ [field]: null });
      const response = await t.http().post('/api/v1/admin/stations').set('authorization', admin).send(station);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field, message: expect.any(String) }] });
      expect(await t.db.query('SELECT id FROM stations WHERE name = $1', [station.name])).toEqual([]);
    });

    it('says a null or mistyped value is of the wrong type, not too long or out of range', async () => {
      const response = await t
        .http()
        .post('/api/v1/admin/stations')
        .set('authorization', admin)
        .send(aStation({ name: null, lat: '30' }));
      expect(response.body.details).toEqual([
        { field: 'name', message: '请填写驿站名称' },
        { field: 'lat', message: '纬度应为数值' },
      ]);
    });

    it.each([['1e400'], ['-1e308']])('answers lat %s (Infinity, huge) in the raw JSON with 400 naming it', async (lat) => {
      const body = JSON.stringify(aStation()).replace('"lat":30.08', `"lat":${lat}`);
      const response = await t.http().post('/api/v1/admin/stations').set('authorization', admin).set('content-type', 'application/json').send(body);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', details: [{ field: 'lat' }] });
    });

    it('lets phone and host be cleared with null', async () => {
      const station = await createStation({ phone: '0575-84110000', hostOrg: '中通快递' });
      expect((await patch(station.id, { phone: null, hostOrg: null }).expect(200)).body).toMatchObject({ phone: null, hostOrg: null });
      const created = await t
        .http()
        .post('/api/v1/admin/stations')
        .set('authorization', admin)
        .send(aStation({ phone: null, hostOrg: null }));
      expect(created.status).toBe(201);
    });

    it.each([
      ['a closure that is not an object', [null], 'closures.0'],
      ['a closure ending in a week date', [{ from: '2026-12-01T00:00:00+08:00', to: '2026-W50-1', reason: '维修' }], 'closures.0.to'],
    ])('refuses %s, naming it', async (_name, closures, field) => {
      const response = await t.http().post('/api/v1/admin/stations').set('authorization', admin).send(aStation({ closures }));
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([{ field, message: expect.stringMatching(/[\u4e00-\u9fff]/) }]);
    });
  });

  describe('CSV import and export', () => {
    const HEADER = 'name,kind,town,address,lat,lng,phone,host,amenities,hours';
    const row = (n: number, overrides: Partial<Record<'name' | 'lat' | 'town', string>> = {}) =>
      [
        overrides.name ?? `导入驿站${n}`,
        '小哥驿站',
        overrides.town ?? '柯桥街道',
        `导入路${n}号`,
        overrides.lat ?? '30.0812',
        '120.4931',
        '0575-84112233',
        '中通快递',
        '饮用水|手机充电',
        'mon-fri 08:00-20:00',
      ].join(',');
    const upload = (body: string, token = keqiaoStaff) =>
      t.http().post('/api/v1/admin/stations/import').set('authorization', token).set('content-type', 'text/csv; charset=utf-8').send(body);
    const count = async () => Number((await t.db.query('SELECT count(*) FROM stations'))[0].count);

    it('imports nothing when one row is bad, and names the row and field', async () => {
      const before = await count();
      const response = await upload([HEADER, row(1), row(2), row(3, { lat: '北纬30' }), row(4)].join('\n'));
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'CSV_INVALID', details: [{ line: 4, field: 'lat', message: expect.any(String) }] });
      expect(await count()).toBe(before);
    });

    it.each([
      ['a wrong header', 'name,town,lat,lng\n驿站,柯桥街道,30,120\n', [{ line: 1, field: 'header' }]],
      ['a bad coordinate', `${HEADER}\n${row(11, { lat: '95' })}\n`, [{ line: 2, field: 'lat' }]],
      ['an empty name', `${HEADER}\n${row(12)}\n${row(13, { name: '' })}\n`, [{ line: 3, field: 'name' }]],
      ['a duplicate row', `${HEADER}\n${row(14)}\n${row(15)}\n${row(14)}\n`, [{ line: 4, field: 'name' }]],
      ['another town for town staff', `${HEADER}\n${row(16, { town: '华舍街道' })}\n`, [{ line: 2, field: 'town' }]],
    ])('refuses %s with CSV_INVALID', async (_name, body, details) => {
      const before = await count();
      const response = await upload(body);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('CSV_INVALID');
      expect(response.body.details).toEqual(details.map((d) => ({ ...d, message: expect.any(String) })));
      expect(await count()).toBe(before);
    });

    it('checks a file on a dry run and writes nothing, bad rows named as in a real import', async () => {
      const before = await count();
      const dryRun = (body: string) =>
        t.http().post('/api/v1/admin/stations/import?dryRun=true').set('authorization', keqiaoStaff).set('content-type', 'text/csv').send(body);
      expect((await dryRun([HEADER, row(21), row(22)].join('\n'))).body).toEqual({ imported: 0, valid: 2 });
      const bad = await dryRun([HEADER, row(23), row(24, { lat: '北纬30' })].join('\n'));
      expect(bad.status).toBe(400);
      expect(bad.body.details).toEqual([{ line: 3, field: 'lat', message: expect.any(String) }]);
      expect(await count()).toBe(before);
    });

    it('imports a good file with a BOM and CRLF, over the 100 KB body limit, and refuses it the second time', async () => {
      const rows = Array.from({ length: 1200 }, (_, i) => row(1000 + i));
      const body = `\ufeff${HEADER}\r\n${rows.join('\r\n')}\r\n`;
      expect(Buffer.byteLength(body)).toBeGreaterThan(100 * 1024);
      const before = await count();
      const response = await upload(body);
      expect(response.status).toBe(201);
      expect(response.body).toEqual({ imported: 1200, valid: 1200 });
      expect(await count()).toBe(before + 1200);
      const again = await upload(`${HEADER}\n${row(1000)}\n`);
      expect(again.body.details).toEqual([{ line: 2, field: 'name', message: '已有同名同地址的驿站' }]);
    });

    it('imports 10,000 rows in one all-or-nothing transaction, over PostgreSQL’s 65,535 parameters a statement', async () => {
      const rows = Array.from({ length: 10_000 }, (_, i) => row(100_000 + i));
      const before = await count();
      const response = await upload(`${HEADER}\n${rows.join('\n')}\n`);
      expect(response.status).toBe(201);
      expect(response.body).toEqual({ imported: 10_000, valid: 10_000 });
      expect(await count()).toBe(before + 10_000);
      const [audit] = await t.db.query(
        `SELECT count(*)::int AS n FROM audit_entries WHERE action = 'station.import' AND detail->>'name' LIKE '导入驿站1_____'`,
      );
      expect(audit.n).toBe(10_000);
    });

    it('writes nothing when a chunk after the first fails', async () => {
      const rows = Array.from({ length: 2500 }, (_, i) => row(200_000 + i));
      // Another request takes a row of the third chunk between the file's checks and its inserts.
      await t.db.query(`CREATE FUNCTION take_row() RETURNS trigger AS $$ BEGIN
          IF NEW.name = '导入驿站202400' THEN RAISE unique_violation USING CONSTRAINT = 'uq_stations_name_address'; END IF;
          RETURN NEW; END $$ LANGUAGE plpgsql`);
      await t.db.query('CREATE TRIGGER take_row BEFORE INSERT ON stations FOR EACH ROW EXECUTE FUNCTION take_row()');
      try {
        const before = await count();
        const response = await upload(`${HEADER}\n${rows.join('\n')}\n`);
        expect(response.status).toBe(409);
        expect(await count()).toBe(before);
      } finally {
        await t.db.query('DROP TRIGGER take_row ON stations; DROP FUNCTION take_row()');
      }
    });

    it.each([
      ['a NUL in a name', row(301, { name: '驿站\u0000一号' }), 'name'],
      ['a NUL in an address', row(302).replace('导入路302号', '导入路\u0000302号'), 'address'],
      ['a NUL in the host', row(303).replace('中通快递', '中通\u0000快递'), 'host'],
      ['a bell in a quoted name', row(304, { name: '"驿站\u0007"' }), 'name'],
    ])('refuses %s with CSV_INVALID naming line and field', async (_name, bad, field) => {
      const before = await count();
      const response = await upload(`${HEADER}\n${row(300)}\n${bad}\n`);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'CSV_INVALID', details: [{ line: 3, field, message: expect.any(String) }] });
      expect(await count()).toBe(before);
    });

    it.each([['text/plain'], ['application/json'], ['text/csvx'], ['application/octet-stream']])(
      'answers a %s body with 415 UNSUPPORTED_MEDIA_TYPE and imports nothing',
      async (contentType) => {
        const before = await count();
        const body = contentType === 'application/json' ? JSON.stringify({ csv: `${HEADER}\n${row(400)}` }) : `${HEADER}\n${row(400)}\n`;
        const response = await t.http().post('/api/v1/admin/stations/import').set('authorization', keqiaoStaff).set('content-type', contentType).send(body);
        expect(response.status).toBe(415);
        expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
        expect(await count()).toBe(before);
      },
    );

    it('exports text that Excel would run as a formula behind a quote, and imports it back as it was', async () => {
      const risky = ['=HYPERLINK("http://evil.example","点我")', '+86驿站', '-驿站', '@SUM(A1)', "'=已带引号"];
      const ids = [];
      for (const [i, name] of risky.entries()) ids.push((await createStation({ name, address: `公式路${i}号`, hostOrg: '=1+1' }, keqiaoStaff)).id);
      const exported = await t.http().get('/api/v1/admin/stations/export').set('authorization', keqiaoStaff).expect(200);
      const lines = exported.text.replace(/^\ufeff/, '').split('\r\n');
      const mine = lines.filter((line) => line.includes('公式路'));
      expect(mine).toHaveLength(risky.length);
      for (const line of mine) expect(line).toMatch(/^"?'/);
      expect(mine.every((line) => line.includes(",'=1+1,"))).toBe(true);

      await t.db.query('DELETE FROM stations WHERE id = ANY($1)', [ids]);
      await upload(`${lines[0]}\r\n${mine.join('\r\n')}\r\n`).expect(201);
      const names = await t.db.query(`SELECT name, host_org AS "hostOrg" FROM stations WHERE address LIKE '公式路%' ORDER BY address`);
      expect(names).toEqual(risky.map((name) => ({ name, hostOrg: '=1+1' })));
    });

    it('keeps the 100 KB limit for JSON bodies, and says which limit a body broke', async () => {
      const response = await t
        .http()
        .post('/api/v1/admin/stations')
        .set('authorization', admin)
        .send(aStation({ address: 'x'.repeat(110 * 1024) }));
      expect(response.status).toBe(413);
      expect(response.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: '请求体过大（上限 100 KB）' });
      const file = await upload(`${HEADER}\n${row(500)}\n`.padEnd(2 * 1024 * 1024 + 1, '\n'));
      expect(file.status).toBe(413);
      expect(file.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: '请求体过大（上限 2048 KB）' });
    });

    it('exports the staff’s stations as CSV that names kinds, towns and amenities in Chinese', async () => {
      const response = await t.http().get('/api/v1/admin/stations/export').set('authorization', keqiaoStaff).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      const lines = response.text
        .replace(/^\ufeff/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe(`${HEADER},id,active,last_verified_at`);
      expect(lines.some((line) => line.startsWith('中国轻纺城物流中心货运司机之家,货运司机之家,柯桥街道,'))).toBe(true);
      expect(lines.some((line) => line.includes('华舍街道'))).toBe(false);
    });
  });
});

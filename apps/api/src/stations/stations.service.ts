import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ErrorCode } from '@kgh/shared';
import gcoord from 'gcoord';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { AppException, notFound } from '../common/app-exception';
import { Page, pageOf } from '../common/page';
import { CheckInView, NearbyStationView, StationDetailView, StationReportView } from './dto/station-views.dto';
import { greatCircleMeters } from './great-circle';
import { isOpenAt } from './opening-hours';
import { StationCheckIn } from './station-check-in.entity';
import { StationReport } from './station-report.entity';
import { Station } from './station.entity';
import { NearbyStationsQuery, ReportStationDto } from './stations.dto';

const CHECK_IN_INTERVAL_MINUTES = 10;
// openNow filters after the KNN scan: read this many candidates per wanted station, then more if short.
const OPEN_NOW_OVERFETCH = 3;

type StationRow = Pick<Station, 'id' | 'name' | 'kind' | 'address' | 'lat' | 'lng' | 'amenities' | 'openingHours' | 'closures' | 'phone'>;

/** What workers see of a station in a list. */
function nearbyItem(row: StationRow, distanceMeters: number, now: Date): NearbyStationView {
  const { closures, ...station } = row;
  return { ...station, distanceMeters: Math.round(distanceMeters * 10) / 10, isOpenNow: isOpenAt(row.openingHours, closures, now) };
}

@Injectable()
export class StationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Station) private readonly stations: Repository<Station>,
    private readonly audit: AuditService,
  ) {}

  /** Nearest active stations first (GiST KNN on ll_to_earth), optionally within a radius, with all the amenities, open now. */
  async nearby(query: NearbyStationsQuery, now = new Date()): Promise<Page<NearbyStationView>> {
    const [lng, lat] = query.coord === 'wgs84' ? gcoord.transform([query.lng, query.lat], gcoord.WGS84, gcoord.GCJ02) : [query.lng, query.lat];
    const here = { lat, lng };
    const params: unknown[] = [lat, lng];
    const conditions = ['active'];
    if (query.amenities) {
      params.push(query.amenities);
      conditions.push(`amenities @> $${params.length}::text[]`);
    }
    if (query.radius !== undefined) {
      params.push(query.radius);
      // Bounds the index scan to the radius's cube; the corners beyond the radius are dropped below.
      conditions.push(`earth_box(ll_to_earth($1, $2), $${params.length}) @> ll_to_earth(lat, lng)`);
    }
    // The distance is computed here, not by earth_distance() in SQL: that per-row call cost the
    // database a third of its throughput (bench/README.md).
    const sql = `SELECT id, name, kind, address, lat, lng, amenities, opening_hours AS "openingHours", closures, phone
      FROM stations WHERE ${conditions.join(' AND ')}
      ORDER BY ll_to_earth(lat, lng) <-> ll_to_earth($1, $2)
      LIMIT $${params.length + 1} OFFSET $${params.length + 2}`;

    const items: NearbyStationView[] = [];
    const batch = query.openNow ? query.limit * OPEN_NOW_OVERFETCH : query.limit;
    let beyondRadius = false;
    for (let offset = 0; items.length < query.limit && !beyondRadius; offset += batch) {
      const rows: StationRow[] = await this.dataSource.query(sql, [...params, batch, offset]);
      for (const row of rows) {
        const item = nearbyItem(row, greatCircleMeters(here, row), now);
        // Rows come nearest first: the first one past the radius ends the search.
        if (query.radius !== undefined && item.distanceMeters > query.radius) beyondRadius = true;
        else if (!query.openNow || item.isOpenNow) items.push(item);
        if (beyondRadius || items.length === query.limit) break;
      }
      if (rows.length < batch) break;
    }
    // A search, not a listing: one page of the nearest, so `total` counts what was found.
    return pageOf(items, items.length, { page: 1, pageSize: query.limit });
  }

  async detail(id: string, now = new Date()): Promise<StationDetailView> {
    const station = await this.stations.findOneBy({ id, active: true });
    if (!station) throw notFound('驿站');
    const { orgId: _orgId, active: _active, createdAt: _createdAt, ...shown } = station;
    return {
      ...shown,
      // Past closures are history; workers need the current and the coming ones.
      closures: station.closures.filter((closure) => Date.parse(closure.to) > now.getTime()),
      isOpenNow: isOpenAt(station.openingHours, station.closures, now),
    };
  }

  /** At most one check-in per worker and station in any 10 minutes. */
  async checkIn(user: AuthUser, stationId: string): Promise<CheckInView> {
    return this.dataSource.transaction(async (manager) => {
      const station = await manager.findOneBy(Station, { id: stationId, active: true });
      if (!station) throw notFound('驿站');
      // Serialises a worker's check-ins at one station so that two taps cannot both pass the window test.
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`check-in:${stationId}:${user.id}`]);
      const recent = await manager
        .createQueryBuilder(StationCheckIn, 'checkIn')
        .where('checkIn.stationId = :stationId AND checkIn.userId = :userId', { stationId, userId: user.id })
        .andWhere(`checkIn.checkedInAt > now() - interval '${CHECK_IN_INTERVAL_MINUTES} minutes'`)
        .getExists();
      if (recent) throw new AppException(ErrorCode.CheckInTooSoon, `${CHECK_IN_INTERVAL_MINUTES}分钟内已在本驿站打卡`);
      const checkIn = await manager.save(manager.create(StationCheckIn, { stationId, userId: user.id }));
      return { id: checkIn.id, stationId, checkedInAt: checkIn.checkedInAt };
    });
  }

  async report(user: AuthUser, stationId: string, body: ReportStationDto): Promise<StationReportView> {
    const station = await this.stations.findOneBy({ id: stationId, active: true });
    if (!station) throw notFound('驿站');
    return this.dataSource.transaction(async (manager) => {
      const report = await manager.save(manager.create(StationReport, { stationId, userId: user.id, kind: body.kind, note: body.note ?? null }));
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'station.report',
          entityType: 'station_report',
          entityId: report.id,
          orgId: station.orgId,
          detail: { stationId, kind: body.kind },
        },
        manager,
      );
      return { id: report.id, stationId, kind: report.kind, note: report.note, status: report.status, createdAt: report.createdAt };
    });
  }
}

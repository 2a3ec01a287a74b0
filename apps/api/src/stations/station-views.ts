import type { AdminStationReportView, AdminStationView } from './dto/station-views.dto';
import type { StationReport } from './station-report.entity';
import type { Station } from './station.entity';

export function adminStationView(station: Station): AdminStationView {
  const {
    id,
    name,
    kind,
    address,
    townCode,
    orgId,
    lat,
    lng,
    phone,
    hostOrg,
    amenities,
    openingHours,
    closures,
    active,
    lastVerifiedAt,
    createdAt,
    updatedAt,
  } = station;
  return {
    id,
    name,
    kind,
    address,
    townCode,
    orgId,
    lat,
    lng,
    phone,
    hostOrg,
    amenities,
    openingHours,
    closures,
    active,
    lastVerifiedAt,
    createdAt,
    updatedAt,
  };
}

export function adminStationReportView(report: StationReport, station: Pick<Station, 'id' | 'name' | 'townCode'>): AdminStationReportView {
  const { id, kind, note, status, createdAt, resolvedAt, resolutionNote } = report;
  return { id, kind, note, status, createdAt, resolvedAt, resolutionNote, stationId: station.id, stationName: station.name, townCode: station.townCode };
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Amenity, StationKind, StationReportKind, StationReportStatus, TownCode } from '@kgh/shared';
import { ENUM } from '../../openapi/enums';
import type { OpeningHours, Span, Weekday } from '../opening-hours';

// What the station routes answer. Coordinates are GCJ-02; times ISO-8601 with offset.

const SPANS = { type: 'array', items: { type: 'array', items: { type: 'string', example: '08:00' }, minItems: 2, maxItems: 2 } } as const;

/** Per weekday, the open spans `['08:00', '20:00']`; a missing day is closed; an end before the start runs past midnight. */
export class WeeklyHoursView implements Partial<Record<Weekday, Span[]>> {
  @ApiPropertyOptional(SPANS) mon?: Span[];
  @ApiPropertyOptional(SPANS) tue?: Span[];
  @ApiPropertyOptional(SPANS) wed?: Span[];
  @ApiPropertyOptional(SPANS) thu?: Span[];
  @ApiPropertyOptional(SPANS) fri?: Span[];
  @ApiPropertyOptional(SPANS) sat?: Span[];
  @ApiPropertyOptional(SPANS) sun?: Span[];
}

/** `is24h` ignores `weekly`. */
export class OpeningHoursView implements OpeningHours {
  is24h: boolean;
  weekly: WeeklyHoursView;
}

/** A temporary closure; it overrides the weekly schedule. */
export class ClosureView {
  from: string;
  to: string;
  reason: string;
}

/** One station of a nearest-first search. */
export class NearbyStationView {
  id: string;
  name: string;

  @ApiProperty(ENUM.StationKind)
  kind: StationKind;

  address: string;
  lat: number;
  lng: number;
  /** From the caller, in metres (one decimal). */
  distanceMeters: number;

  @ApiProperty({ ...ENUM.Amenity, isArray: true })
  amenities: Amenity[];

  isOpenNow: boolean;
  openingHours: OpeningHoursView;
  phone: string | null;
}

/** A station as workers see it, with its current and coming closures. */
export class StationDetailView {
  id: string;
  name: string;

  @ApiProperty(ENUM.StationKind)
  kind: StationKind;

  address: string;

  @ApiProperty(ENUM.TownCode)
  townCode: TownCode;

  lat: number;
  lng: number;
  phone: string | null;
  hostOrg: string | null;

  @ApiProperty({ ...ENUM.Amenity, isArray: true })
  amenities: Amenity[];

  openingHours: OpeningHoursView;
  closures: ClosureView[];
  isOpenNow: boolean;
  lastVerifiedAt: Date | null;
  updatedAt: Date;
}

/** A station as its town's staff keep it. */
export class AdminStationView {
  id: string;
  name: string;

  @ApiProperty(ENUM.StationKind)
  kind: StationKind;

  address: string;

  @ApiProperty(ENUM.TownCode)
  townCode: TownCode;

  /** The town federation whose staff keep it. */
  orgId: string;
  lat: number;
  lng: number;
  phone: string | null;
  hostOrg: string | null;

  @ApiProperty({ ...ENUM.Amenity, isArray: true })
  amenities: Amenity[];

  openingHours: OpeningHoursView;
  /** Every closure, past ones included. */
  closures: ClosureView[];
  /** False: hidden from workers. */
  active: boolean;
  lastVerifiedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export class CheckInView {
  id: string;
  stationId: string;
  checkedInAt: Date;
}

/** A worker's report, as its sender sees it. */
export class StationReportView {
  id: string;
  stationId: string;

  @ApiProperty(ENUM.StationReportKind)
  kind: StationReportKind;

  note: string | null;

  @ApiProperty(ENUM.StationReportStatus)
  status: StationReportStatus;

  createdAt: Date;
}

/** A report in the staff queue, with its station. */
export class AdminStationReportView {
  id: string;

  @ApiProperty(ENUM.StationReportKind)
  kind: StationReportKind;

  note: string | null;

  @ApiProperty(ENUM.StationReportStatus)
  status: StationReportStatus;

  createdAt: Date;
  resolvedAt: Date | null;
  resolutionNote: string | null;
  stationId: string;
  stationName: string;

  @ApiProperty(ENUM.TownCode)
  townCode: TownCode;
}

export class StationImportView {
  /** Stations written; an import is all rows or none. */
  imported: number;
  /** Rows that passed every check (on a dry run, what an import would write). */
  valid: number;
}

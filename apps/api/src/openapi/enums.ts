import {
  AMENITY_CODES,
  APPLICATION_STATUSES,
  CLAIM_PERIODS,
  CLAIM_STATUSES,
  COORDINATE_SYSTEMS,
  ELIGIBILITY_REASONS,
  EMPLOYER_CODES,
  FORMATION_MODE_CODES,
  GENDERS,
  INDUSTRY_CODES,
  MEMBERSHIP_STATES,
  OCCUPATION_CODES,
  ROLES,
  STATION_KIND_CODES,
  STATION_REPORT_KIND_CODES,
  STATION_REPORT_STATUSES,
  TOWN_CODES,
  UNION_STATUS_CODES,
} from '@kgh/shared';

// The vocabularies of packages/shared as named schemas: `@ApiProperty({ ...ENUM.ClaimStatus })` puts
// one `ClaimStatus` schema in the document, so the generated client types share one union.
const named = <Name extends string>(enumName: Name, values: readonly string[]) => ({ enum: [...values], enumName });

export const ENUM = {
  Amenity: named('Amenity', AMENITY_CODES),
  ApplicationStatus: named('ApplicationStatus', APPLICATION_STATUSES),
  ClaimPeriod: named('ClaimPeriod', CLAIM_PERIODS),
  ClaimStatus: named('ClaimStatus', CLAIM_STATUSES),
  CoordinateSystem: named('CoordinateSystem', COORDINATE_SYSTEMS),
  EligibilityReason: named('EligibilityReason', ELIGIBILITY_REASONS),
  EmployerCode: named('EmployerCode', EMPLOYER_CODES),
  FormationMode: named('FormationMode', FORMATION_MODE_CODES),
  Gender: named('Gender', GENDERS),
  Industry: named('Industry', INDUSTRY_CODES),
  MembershipState: named('MembershipState', MEMBERSHIP_STATES),
  Occupation: named('Occupation', OCCUPATION_CODES),
  Role: named('Role', ROLES),
  StationKind: named('StationKind', STATION_KIND_CODES),
  StationReportKind: named('StationReportKind', STATION_REPORT_KIND_CODES),
  StationReportStatus: named('StationReportStatus', STATION_REPORT_STATUSES),
  TownCode: named('TownCode', TOWN_CODES),
  UnionStatus: named('UnionStatus', UNION_STATUS_CODES),
};

// The API contract (api.md). To be replaced by types generated into @kgh/api-client.
import type { Amenity, ApplicationStatus, CoordinateSystem, Role, StationKind, StationReportKind } from '@kgh/shared'

export interface ApiErrorBody {
  statusCode: number
  code: string
  message: string
  details?: { field: string; message: string }[]
}

export interface User {
  id: string
  roles: Role[]
  orgId: string | null
  displayName: string
  phoneMasked: string | null
}

export interface AuthTokens {
  accessToken: string
  refreshToken: string
  expiresIn: number
  user: User
}

export interface SmsSendResult {
  retryAfterSeconds: number
  devCode?: string
}

export interface Town {
  code: string
  name: string
  orgId: string
}

export interface OrgRef {
  id: string
  name: string
}

export interface MembershipApplicationInput {
  name: string
  idNumber: string
  phone: string
  occupation: string
  employer: string
  townCode: string
  consentVersion: string
}

export interface MembershipApplicationCreated {
  id: string
  status: 'pending'
  targetOrg: OrgRef
}

export interface MembershipStatus {
  status: 'none' | ApplicationStatus
  application: null | {
    id: string
    status: ApplicationStatus
    submittedAt: string
    reviewedAt: string | null
    rejectReason: string | null
    targetOrg: OrgRef
  }
  membership: null | { memberNumber: string; union: OrgRef; joinedAt: string }
}

export interface MemberCard {
  nameMasked: string
  idNumberMasked: string
  memberNumber: string
  union: OrgRef
  joinedAt: string
  qrPayload: string
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'

/** `is24h` ignores `weekly`; a day missing from `weekly` is closed; an end before the start runs past midnight. */
export interface OpeningHours {
  is24h: boolean
  weekly: Partial<Record<Weekday, [string, string][]>>
}

export interface StationClosure {
  from: string
  to: string
  reason: string
}

/** One station of GET /stations/nearby; lat/lng are GCJ-02. */
export interface NearbyStation {
  id: string
  name: string
  kind: StationKind
  address: string
  lat: number
  lng: number
  distanceMeters: number
  amenities: Amenity[]
  isOpenNow: boolean
  openingHours: OpeningHours
  phone: string | null
}

export interface StationDetail extends Omit<NearbyStation, 'distanceMeters'> {
  townCode: string
  hostOrg: string | null
  closures: StationClosure[]
  lastVerifiedAt: string | null
  updatedAt: string
}

export interface NearbyStationsQuery {
  lat: number
  lng: number
  coord: CoordinateSystem
  radius?: number
  limit?: number
  amenities?: Amenity[]
  openNow?: boolean
}

export interface StationCheckIn {
  id: string
  stationId: string
  checkedInAt: string
}

export interface StationReportInput {
  kind: StationReportKind
  note?: string
}

// The API contract (api.md). Request bodies come from the OpenAPI document (@kgh/api-client);
// the API does not describe its response bodies there yet, so those are written out here.
import type { ApiErrorBody, Body } from '@kgh/api-client'
import type {
  Amenity,
  ApplicationStatus,
  ClaimPeriod,
  ClaimStatus,
  CoordinateSystem,
  EligibilityReason,
  Role,
  StationKind,
  StationReportKind,
} from '@kgh/shared'

export type { ApiErrorBody }

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

export type MembershipApplicationInput = Body<'ApplyForMembershipDto'>

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

export type StationReportInput = Body<'ReportStationDto'>

/** A programme's eligibility for the caller: codes to branch on, with their Chinese text. */
export interface BenefitEligibility {
  eligible: boolean
  reasons: EligibilityReason[]
  messages: string[]
}

export interface BenefitRules {
  occupations?: string[]
  genders?: ('male' | 'female')[]
  minMembershipDays?: number
  priority?: { occupations: string[]; daysEarly: number }
}

/** One programme of GET /benefits. Money is integer fen; `costFen` is the caller's own cost when known. */
export interface BenefitProgramme {
  id: string
  code: string
  name: string
  description: string | null
  orgId: string
  periodStart: string
  periodEnd: string
  claimPeriod: ClaimPeriod
  hasSessions: boolean
  capacity: number | null
  remaining: number | null
  costFen: number
  costFenFemale: number | null
  requiresApproval: boolean
  hasWaitlist: boolean
  cancelHoursBefore: number
  rules: BenefitRules
  eligibility: BenefitEligibility
}

/** A batch; `opensAtForMe` is earlier than `opensAt` for priority occupations. */
export interface BenefitSession {
  id: string
  programmeId: string
  name: string
  location: string | null
  opensAt: string
  opensAtForMe: string
  startsAt: string
  endsAt: string
  capacity: number
  remaining: number
}

export interface BenefitProgrammeDetail extends BenefitProgramme {
  sessions: BenefitSession[]
}

export interface BenefitClaim {
  id: string
  programmeId: string
  programmeName: string
  sessionId: string | null
  session: { id: string; name: string; location: string | null; startsAt: string; endsAt: string } | null
  status: ClaimStatus
  statusName: string
  costFen: number
  cancellableUntil: string
  rejectReason: string | null
  createdAt: string
  confirmedAt: string | null
  cancelledAt: string | null
  redeemedAt: string | null
  redeemedPlace: string | null
  /** While waitlisted, 1 = next: in the claim's answer and in GET /claims/{id}, not in lists. */
  waitlistPosition?: number
  /** Whose claim it is: only in the answer to a redemption, for the provider. The name is null when none is on record. */
  memberNameMasked?: string | null
  memberNumber?: string
}

/** A signed, short-lived code for the redemption QR. */
export interface RedemptionCode {
  code: string
  expiresAt: string
}

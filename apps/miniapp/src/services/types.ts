// The API contract (api.md). To be replaced by types generated into @kgh/api-client.
import type { ApplicationStatus, Role } from '@kgh/shared'

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

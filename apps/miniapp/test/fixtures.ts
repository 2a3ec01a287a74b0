import type { Schema } from '@kgh/api-client'

/** The free checkup as GET /benefits lists it for an eligible member; override what a test is about. */
export function aCheckupProgramme(overrides: Partial<Schema<'ProgrammeView'>> = {}): Schema<'ProgrammeView'> {
  return {
    id: 'p-checkup',
    code: 'checkup',
    name: '免费健康体检',
    description: '每年一次免费体检',
    orgId: 'district',
    periodStart: '2026-11-01T00:00:00+08:00',
    periodEnd: '2099-11-01T00:00:00+08:00',
    claimPeriod: 'year',
    outsideWindowRedemption: 'warn',
    hasSessions: true,
    capacity: null,
    remaining: null,
    costFen: 120_000,
    costFenFemale: 150_000,
    requiresApproval: false,
    hasWaitlist: false,
    cancelHoursBefore: 24,
    rules: {},
    eligibility: { eligible: true, reasons: [], messages: [] },
    ...overrides,
  }
}

/** A checkup session of programme p1, open to claims, with `remaining` of its 50 places left. */
export function aCheckupSession(id: string, remaining = 10): Schema<'ProgrammeDetailView'>['sessions'][number] {
  return {
    id,
    programmeId: 'p1',
    name: `体检日 ${id}`,
    location: '柯桥区中医医院体检中心',
    opensAt: '2020-01-01T00:00:00Z',
    opensAtForMe: '2020-01-01T00:00:00Z',
    startsAt: '2099-01-01T00:00:00Z',
    endsAt: '2099-01-01T09:00:00Z',
    capacity: 50,
    remaining,
  }
}

/** A rider's request about unpaid wages, as GET /legal/requests/me lists it, still waiting for the union. */
export function aLegalRequest(overrides: Partial<Schema<'LegalRequestView'>> = {}): Schema<'LegalRequestView'> {
  return {
    id: 'lr-1',
    number: 'WQ20261203-0007',
    topic: 'unpaid_wages',
    against: 'partner',
    againstName: '柯桥某某配送站',
    description: '配送站拖欠我两个月工资，站长一直拖着不给。',
    amountClaimedFen: 300_000,
    workersAffected: 1,
    isMember: false,
    townCode: 'keqiao',
    org: { id: 'org-keqiao', name: '柯桥街道总工会' },
    status: 'submitted',
    kind: 'request',
    submittedAt: '2026-12-03T02:00:00Z',
    dueOn: '2026-12-06',
    outcome: null,
    updatedAt: '2026-12-03T02:00:00Z',
    ...overrides,
  }
}

/** The same request's page; override the status, steps and amounts a test is about. */
export function aLegalRequestDetail(overrides: Partial<Schema<'LegalRequestDetailView'>> = {}): Schema<'LegalRequestDetailView'> {
  return {
    ...aLegalRequest(),
    phoneMasked: '138****5678',
    amountAgreedFen: null,
    amountRecoveredFen: null,
    steps: [{ id: 'st-1', at: '2026-12-03T02:00:00Z', by: 'worker', status: 'submitted', text: '您提交了求助' }],
    ...overrides,
  }
}

/** A station as GET /stations/nearby lists it, 120 m away and open; override what a test is about. */
export function aNearbyStation(overrides: Partial<Schema<'NearbyStationView'>> = {}): Schema<'NearbyStationView'> {
  return {
    id: 'st-1',
    name: '柯桥街道职工驿站',
    kind: 'worker_station',
    address: '笛扬路1号',
    lat: 30.0875,
    lng: 120.4944,
    distanceMeters: 120,
    amenities: ['water'],
    isOpenNow: true,
    openingHours: { is24h: true, weekly: {} },
    phone: null,
    ...overrides,
  }
}

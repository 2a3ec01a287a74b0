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

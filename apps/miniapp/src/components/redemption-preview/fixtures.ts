import type { RedemptionPreview } from './types'

/** A checkup claim for a batch on 12月7日, as `POST /redemptions/preview` answers; override what a test is about. */
export function aRedemptionPreview(overrides: Partial<RedemptionPreview> = {}): RedemptionPreview {
  return {
    claimId: 'c1',
    status: 'confirmed',
    statusName: '已确认',
    programme: { id: 'p1', name: '免费健康体检' },
    session: {
      id: 's1',
      name: '柯桥区中医医院 体检日',
      location: '柯桥区中医医院体检中心',
      startsAt: '2026-12-07T00:00:00Z',
      endsAt: '2026-12-07T09:00:00Z',
      firstDay: '2026-12-07',
      lastDay: '2026-12-07',
    },
    claimedAt: '2026-12-01T02:00:00Z',
    memberNumber: 'KQ2026000001',
    memberNameMasked: '王**',
    idNumberLast4: '3571',
    membershipActive: true,
    warnings: [],
    refusal: null,
    ...overrides,
  }
}

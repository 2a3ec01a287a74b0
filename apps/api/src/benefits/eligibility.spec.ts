import { ErrorCode } from '@kgh/shared';
import { EligibilityInput, evaluateEligibility, refusal, sessionOpensFor, wellFormedRules } from './eligibility';

const now = new Date('2026-11-29T10:00:00+08:00');
const base = (overrides: Partial<EligibilityInput> = {}): EligibilityInput => ({
  programme: { active: true, periodStart: new Date('2026-01-01T00:00:00+08:00'), periodEnd: new Date('2027-01-01T00:00:00+08:00'), rules: {} },
  member: { gender: 'female', occupation: 'food_delivery', joinedAt: new Date('2026-03-01T00:00:00+08:00') },
  coversMember: true,
  alreadyHolds: false,
  now,
  ...overrides,
});

describe('evaluateEligibility', () => {
  it('lets an active member claim an open programme', () => {
    expect(evaluateEligibility(base())).toEqual({ eligible: true, reasons: [], messages: [] });
  });

  it('refuses someone who is not a member, with the reason in Chinese', () => {
    const result = evaluateEligibility(base({ member: null }));
    expect(result.reasons).toEqual(['NOT_A_MEMBER']);
    expect(result.messages[0]).toContain('会员');
  });

  it('says the programme is closed before its period and after it', () => {
    const before = base({ now: new Date('2025-12-31T12:00:00+08:00') });
    expect(evaluateEligibility(before).reasons).toEqual(['PROGRAMME_CLOSED']);
    expect(evaluateEligibility(before).messages[0]).toContain('2026-01-01');
    expect(evaluateEligibility(base({ now: new Date('2027-01-01T00:00:00+08:00') })).reasons).toEqual(['PROGRAMME_CLOSED']);
    const closedByStaff = base();
    closedByStaff.programme.active = false;
    expect(evaluateEligibility(closedByStaff).reasons).toEqual(['PROGRAMME_CLOSED']);
  });

  it('refuses occupations, genders and unions the rules do not cover, listing every reason', () => {
    const input = base({ coversMember: false });
    input.programme.rules = { occupations: ['courier', 'livestreamer'], genders: ['male'] };
    const result = evaluateEligibility(input);
    expect(result.reasons).toEqual(['OUTSIDE_UNION', 'OCCUPATION_NOT_COVERED', 'GENDER_NOT_COVERED']);
    expect(result.messages[1]).toBe('仅限快递员、电商主播申领');
  });

  it('counts the minimum days of membership from joining', () => {
    const input = base({ member: { gender: 'male', occupation: 'courier', joinedAt: new Date('2026-11-20T00:00:00+08:00') } });
    input.programme.rules = { minMembershipDays: 30 };
    expect(evaluateEligibility(input).reasons).toEqual(['MEMBERSHIP_TOO_RECENT']);
    input.programme.rules = { minMembershipDays: 9 };
    expect(evaluateEligibility(input).eligible).toBe(true);
  });

  it('refuses a second claim in the same period', () => {
    expect(evaluateEligibility(base({ alreadyHolds: true })).reasons).toEqual(['ALREADY_CLAIMED']);
  });

  it('opens a batch to couriers some days before everyone else', () => {
    const session = { opensAt: new Date('2026-12-02T09:00:00+08:00'), startsAt: new Date('2026-12-20T08:00:00+08:00') };
    const courier = base({ session, member: { gender: 'male', occupation: 'courier', joinedAt: new Date('2026-01-05') } });
    courier.programme.rules = { priority: { occupations: ['courier'], daysEarly: 3 } };
    expect(evaluateEligibility(courier).eligible).toBe(true);

    const rider = base({ session });
    rider.programme.rules = { priority: { occupations: ['courier'], daysEarly: 3 } };
    expect(evaluateEligibility(rider).reasons).toEqual(['NOT_OPEN_YET']);
    expect(evaluateEligibility(rider).messages[0]).toBe('本批次优先向快递员开放，您可于 2026-12-02 起报名');
  });

  it('closes a batch once it has started', () => {
    const session = { opensAt: new Date('2026-11-01T09:00:00+08:00'), startsAt: new Date('2026-11-29T08:00:00+08:00') };
    expect(evaluateEligibility(base({ session })).reasons).toEqual(['PROGRAMME_CLOSED']);
  });
});

describe('sessionOpensFor', () => {
  it('moves the opening earlier only for priority occupations', () => {
    const opensAt = new Date('2026-12-10T00:00:00Z');
    const rules = { priority: { occupations: ['courier' as const], daysEarly: 5 } };
    expect(sessionOpensFor(rules, 'courier', opensAt).toISOString()).toBe('2026-12-05T00:00:00.000Z');
    expect(sessionOpensFor(rules, 'food_delivery', opensAt)).toBe(opensAt);
  });
});

describe('refusal', () => {
  it('maps a closed programme to PROGRAMME_CLOSED, other reasons to NOT_ELIGIBLE, a second claim to ALREADY_CLAIMED', () => {
    const closed = evaluateEligibility(base({ now: new Date('2027-02-01'), alreadyHolds: true }));
    expect(refusal(closed).code).toBe(ErrorCode.ProgrammeClosed);
    const notMember = refusal(evaluateEligibility(base({ member: null })));
    expect(notMember.code).toBe(ErrorCode.NotEligible);
    expect(notMember.details).toEqual([{ reason: 'NOT_A_MEMBER', message: expect.any(String) }]);
    expect(refusal(evaluateEligibility(base({ alreadyHolds: true }))).code).toBe(ErrorCode.AlreadyClaimed);
  });
});

describe('wellFormedRules', () => {
  it('keeps well-formed rules as they are', () => {
    const rules = {
      occupations: ['courier' as const],
      genders: ['female' as const],
      minMembershipDays: 30,
      priority: { occupations: ['courier' as const], daysEarly: 3 },
    };
    expect(wellFormedRules(rules)).toEqual(rules);
  });

  it('drops malformed parts of stored rules instead of failing every member', () => {
    expect(wellFormedRules([])).toEqual({});
    expect(wellFormedRules(null)).toEqual({});
    expect(wellFormedRules({ priority: [], occupations: 'courier', genders: [1], minMembershipDays: '30' })).toEqual({});
    expect(wellFormedRules({ minMembershipDays: 1e12, priority: { occupations: ['courier'], daysEarly: -1 } })).toEqual({});
    const odd = base({ session: { opensAt: new Date('2026-12-01T00:00:00+08:00'), startsAt: new Date('2026-12-10T00:00:00+08:00') } });
    odd.programme.rules = { priority: [] } as never;
    expect(evaluateEligibility(odd).reasons).toEqual(['NOT_OPEN_YET']);
  });
});

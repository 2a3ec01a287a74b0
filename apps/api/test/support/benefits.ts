import { randomBytes, randomUUID } from 'node:crypto';
import type { Gender, Occupation } from '@kgh/shared';
import { User } from '../../src/auth/user.entity';
import { TokensService } from '../../src/auth/tokens.service';
import { BenefitProgramme } from '../../src/benefits/benefit-programme.entity';
import { BenefitSession } from '../../src/benefits/benefit-session.entity';
import { HOLDS_BUDGET, HOLDS_PLACE } from '../../src/benefits/claim-state';
import { Member } from '../../src/membership/member.entity';
import { Org } from '../../src/orgs/org.entity';
import type { TestApp } from './test-app';

const DAY_MS = 86_400_000;

/** A programme open now, owned by the district, inserted directly; override anything. */
export async function aProgramme(t: TestApp, overrides: Partial<BenefitProgramme> = {}): Promise<BenefitProgramme> {
  const district = await t.db.getRepository(Org).findOneByOrFail({ code: 'district' });
  const repository = t.db.getRepository(BenefitProgramme);
  const capacity = overrides.capacity ?? null;
  return repository.save(
    repository.create({
      code: `t-${randomBytes(5).toString('hex')}`,
      name: '测试福利',
      orgId: district.id,
      periodStart: new Date(Date.now() - 30 * DAY_MS),
      periodEnd: new Date(Date.now() + 300 * DAY_MS),
      rules: {},
      claimPeriod: 'year',
      hasSessions: false,
      costFen: 0,
      remaining: capacity,
      ...overrides,
    }),
  );
}

/** A session of `programme` open for registration now and starting in ten days. */
export async function aSession(t: TestApp, programme: BenefitProgramme, overrides: Partial<BenefitSession> = {}): Promise<BenefitSession> {
  const repository = t.db.getRepository(BenefitSession);
  const capacity = overrides.capacity ?? 10;
  const startsAt = overrides.startsAt ?? new Date(Date.now() + 10 * DAY_MS);
  return repository.save(
    repository.create({
      programmeId: programme.id,
      name: '第一批',
      location: '柯桥',
      opensAt: new Date(Date.now() - DAY_MS),
      startsAt,
      endsAt: new Date(startsAt.getTime() + DAY_MS),
      capacity,
      remaining: capacity,
      ...overrides,
    }),
  );
}

export interface StormMember {
  userId: string;
  memberId: string;
  token: string;
}

/**
 * `count` joined members written straight to the database (the join flow is tested elsewhere and
 * is too slow for storms), each with a bearer token from the real token service.
 */
export async function insertMembers(
  t: TestApp,
  count: number,
  profile: { occupation?: Occupation; gender?: Gender; unionCode?: string } = {},
): Promise<StormMember[]> {
  const union = await t.db.getRepository(Org).findOneByOrFail({ code: profile.unionCode ?? 'town:keqiao' });
  const tokens = t.app.get(TokensService);
  const users = await t.db.getRepository(User).save(
    Array.from({ length: count }, (_, i) => ({ displayName: `会员${i}`, roles: ['worker' as const], phone: null })),
    { chunk: 500 },
  );
  const members = await t.db.getRepository(Member).save(
    users.map((user) => ({
      userId: user.id,
      applicationId: randomUUID(),
      idNumberIndex: randomBytes(16).toString('base64url'),
      memberNumber: `T${randomBytes(8).toString('hex')}`,
      unionOrgId: union.id,
      gender: profile.gender ?? 'male',
      occupation: profile.occupation ?? 'courier',
      joinedAt: new Date(Date.now() - 365 * DAY_MS),
    })),
    { chunk: 500 },
  );
  const result: StormMember[] = [];
  for (const [i, user] of users.entries()) {
    const session = await tokens.startSession(user);
    result.push({ userId: user.id, memberId: members[i].id, token: `Bearer ${session.accessToken}` });
  }
  return result;
}

/**
 * The promises of issue 4, read back from the database: no place or yuan given twice, places +
 * held = capacity, spent = the cost of the claims that hold money and ≤ budget, one live claim per
 * member and period. Returns the numbers for the test to compare with what it expected.
 */
export async function checkInvariants(t: TestApp, programmeId: string) {
  const [programme] = await t.db.query(`SELECT capacity, remaining, budget_fen::int AS budget, spent_fen::int AS spent FROM benefit_programmes WHERE id = $1`, [
    programmeId,
  ]);
  const sessions = await t.db.query(
    `SELECT s.id, s.capacity, s.remaining, count(c.id) FILTER (WHERE c.status = ANY($2))::int AS held
       FROM benefit_sessions s LEFT JOIN benefit_claims c ON c.session_id = s.id
      WHERE s.programme_id = $1 GROUP BY s.id`,
    [programmeId, HOLDS_PLACE],
  );
  const [claims] = await t.db.query(
    `SELECT count(*) FILTER (WHERE status = ANY($2))::int AS held,
            coalesce(sum(cost_fen) FILTER (WHERE status = ANY($3)), 0)::int AS cost,
            count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed,
            count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted,
            count(*)::int AS total
       FROM benefit_claims WHERE programme_id = $1`,
    [programmeId, HOLDS_PLACE, HOLDS_BUDGET],
  );
  const [{ duplicates }] = await t.db.query(
    `SELECT count(*)::int AS duplicates FROM (
       SELECT 1 FROM benefit_claims WHERE programme_id = $1 AND status IN ('pending_review', 'confirmed', 'waitlisted', 'redeemed')
        GROUP BY member_id, period_key HAVING count(*) > 1) d`,
    [programmeId],
  );
  for (const session of sessions) {
    expect(session.remaining).toBeGreaterThanOrEqual(0);
    expect(session.remaining + session.held).toBe(session.capacity);
  }
  if (programme.capacity !== null) expect(programme.remaining + claims.held).toBe(programme.capacity);
  expect(programme.spent).toBe(claims.cost);
  if (programme.budget !== null) expect(programme.spent).toBeLessThanOrEqual(programme.budget);
  expect(duplicates).toBe(0);
  return { ...claims, spent: programme.spent, sessions };
}

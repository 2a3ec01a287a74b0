/**
 * SQL for the place in its queue (1 = next) of the benefit_claims row aliased `c` while it is
 * waitlisted, NULL otherwise: 1 + the waitlisted claims of the same session (or of the programme,
 * when it has none) that arrived before it. Promotion serves a cheaper claim first when the budget
 * left cannot pay for the head, so it is the order, not a promise. Only the branch that applies
 * runs, each on an index: a confirmed claim costs nothing, a waitlisted one one index range.
 */
export function waitlistPositionSql(c: string): string {
  const ahead = (queue: string) => `(SELECT count(*)::int + 1 FROM benefit_claims w WHERE ${queue} AND w.status = 'waitlisted' AND w.arrival < ${c}.arrival)`;
  return `CASE WHEN ${c}.status <> 'waitlisted' THEN NULL
    WHEN ${c}.session_id IS NULL THEN ${ahead(`w.programme_id = ${c}.programme_id AND w.session_id IS NULL`)}
    ELSE ${ahead(`w.session_id = ${c}.session_id`)} END`;
}

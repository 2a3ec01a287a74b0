const HOUR_MS = 3600_000;

/** A member may cancel until `cancelHoursBefore` hours before the session starts, or before the period ends. */
export function cancellationDeadline(programme: { cancelHoursBefore: number; periodEnd: Date }, session: { startsAt: Date } | null): Date {
  const from = session ? session.startsAt : programme.periodEnd;
  return new Date(from.getTime() - programme.cancelHoursBefore * HOUR_MS);
}

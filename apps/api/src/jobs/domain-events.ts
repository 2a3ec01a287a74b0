import type { ClaimStatus } from '@kgh/shared';
import PgBoss from 'pg-boss';
import { EntityManager } from 'typeorm';

/**
 * What happened, for whoever subscribes later (notifications, reports): ids only, no personal data;
 * a subscriber reads what it needs. Each event is a pg-boss queue of the same name.
 */
export interface DomainEventPayloads {
  'application.approved': { applicationId: string; memberId: string; orgId: string };
  'claim.confirmed': { claimId: string; programmeId: string; orgId: string };
  /** A waitlisted claim took a freed place: confirmed, or on to staff review where the programme asks. */
  'claim.promoted': { claimId: string; programmeId: string; orgId: string; status: ClaimStatus };
}

export type DomainEvent = keyof DomainEventPayloads;

export const DOMAIN_EVENTS: readonly DomainEvent[] = ['application.approved', 'claim.confirmed', 'claim.promoted'];

// Events are written through the caller's transaction (the `db` option of send), so this instance
// is never started: it only turns an event into pg-boss's INSERT.
const writer = new PgBoss({ db: { executeSql: () => Promise.reject(new Error('domain events are written through the caller’s transaction')) } });

/**
 * Publishes `event` in the transaction of `manager`, so the event exists if and only if the change
 * commits. One INSERT; send it before the statements that lock hot rows where there is a choice.
 */
export async function publishEvent<E extends DomainEvent>(manager: EntityManager, event: E, payload: DomainEventPayloads[E]): Promise<void> {
  const db = { executeSql: (text: string, values: unknown[]) => manager.query(text, values).then((rows: unknown[]) => ({ rows })) };
  const id = await writer.send(event, payload, { db });
  // pg-boss inserts nothing for a queue that does not exist; JobsService creates them all at start.
  if (!id) throw new Error(`the ${event} queue is missing: the job runner has not set up its queues`);
}

import { ApiProperty } from '@nestjs/swagger';

/** Who acted: a staff account has a username, a worker none; both null when the account is gone. */
export class AuditActorView {
  id: string;
  username: string | null;
  displayName: string | null;
}

/** One audit row: who did what to which record, and when. */
export class AuditEntryView {
  /** Increasing with time (a bigint, as text). */
  id: string;
  at: Date;
  /** Null for the system (jobs, the command line). */
  actor: AuditActorView | null;
  action: string;
  entityType: string;
  entityId: string;
  orgId: string | null;

  /** What the action recorded beside it (never a password or a whole ID number). */
  @ApiProperty({ type: 'object', additionalProperties: true })
  details: Record<string, unknown>;

  /** A read of personal data in full (a whole ID number). */
  sensitive: boolean;
}

/** The action names the log holds, for a filter. */
export class AuditActionsView {
  actions: string[];
}

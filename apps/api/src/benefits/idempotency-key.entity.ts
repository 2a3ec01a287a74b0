import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A caller's Idempotency-Key: the request it was first used with and the response it got. */
@Entity('idempotency_keys')
export class IdempotencyKey {
  @PrimaryColumn({ type: 'uuid', name: 'user_id' })
  userId: string;

  @PrimaryColumn({ type: 'text' })
  key: string;

  /** sha256 of the route and body: the same key with another request is refused. */
  @Column({ type: 'text', name: 'request_hash' })
  requestHash: string;

  /** Null while the first request is still running. */
  @Column({ type: 'integer', name: 'response_status', nullable: true })
  responseStatus: number | null;

  @Column({ type: 'jsonb', name: 'response_body', nullable: true })
  responseBody: object | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}

import type { StationReportKind } from '@kgh/shared';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type StationReportStatus = 'open' | 'resolved';

/** A worker telling the town's staff that a station let them down. */
@Entity('station_reports')
@Index('ix_station_reports_station_status', ['stationId', 'status'])
// The monthly report counts reports opened and resolved by month.
@Index('ix_station_reports_created', ['createdAt'])
@Index('ix_station_reports_resolved', ['resolvedAt'], { where: 'resolved_at IS NOT NULL' })
@Check('ck_station_reports_status', "status IN ('open', 'resolved')")
export class StationReport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'station_id' })
  stationId: string;

  @Column({ type: 'uuid', name: 'user_id' })
  userId: string;

  @Column({ type: 'text' })
  kind: StationReportKind;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', default: 'open' })
  status: StationReportStatus;

  @Column({ type: 'uuid', name: 'resolved_by', nullable: true })
  resolvedBy: string | null;

  @Column({ type: 'timestamptz', name: 'resolved_at', nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'text', name: 'resolution_note', nullable: true })
  resolutionNote: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}

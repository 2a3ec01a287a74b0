import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A station opened or closed to workers (active), or moved to another town's keeping: what it was
 * and what it became, so the monthly report counts the stations as they stood at any month's end.
 */
@Entity('station_status_changes')
@Index('ix_station_status_changes_station', ['stationId', 'changedAt'])
export class StationStatusChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'station_id' })
  stationId: string;

  @Column({ type: 'boolean', name: 'from_active' })
  fromActive: boolean;

  @Column({ type: 'boolean', name: 'to_active' })
  toActive: boolean;

  @Column({ type: 'uuid', name: 'from_org_id' })
  fromOrgId: string;

  @Column({ type: 'uuid', name: 'to_org_id' })
  toOrgId: string;

  @Column({ type: 'uuid', name: 'changed_by', nullable: true })
  changedBy: string | null;

  @Column({ type: 'timestamptz', name: 'changed_at', default: () => 'now()' })
  changedAt: Date;
}

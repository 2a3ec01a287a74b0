import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A worker's visit to a station: counts the station's use for the monthly report. */
@Entity('station_check_ins')
@Index('ix_station_check_ins_station_user', ['stationId', 'userId', 'checkedInAt'])
@Index('ix_station_check_ins_checked_in', ['checkedInAt'])
export class StationCheckIn {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'station_id' })
  stationId: string;

  @Column({ type: 'uuid', name: 'user_id' })
  userId: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'checked_in_at' })
  checkedInAt: Date;
}

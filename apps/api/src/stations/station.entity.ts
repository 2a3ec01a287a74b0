import type { Amenity, StationKind, TownCode } from '@kgh/shared';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Closure, OpeningHours } from './opening-hours';

/** A worker station (职工驿站 network). Coordinates are GCJ-02, the datum of every map in China. */
@Entity('stations')
// The nearest-first search: a GiST KNN index on ll_to_earth(lat, lng), written by hand in the migration.
@Index('ix_stations_location', { synchronize: false })
@Index('uq_stations_name_address', ['name', 'address'], { unique: true })
@Index('ix_stations_org', ['orgId'])
@Check('ck_stations_kind', "kind IN ('worker_station', 'courier_station', 'freight_drivers_home', 'mobile')")
@Check('ck_stations_coordinates', 'lat BETWEEN -90 AND 90 AND lng BETWEEN -180 AND 180')
export class Station {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: StationKind;

  @Column({ type: 'text' })
  address: string;

  @Column({ type: 'text', name: 'town_code' })
  townCode: TownCode;

  /** The town federation whose staff keep this station. */
  @Column({ type: 'uuid', name: 'org_id' })
  orgId: string;

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lng: number;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  /** The organisation hosting the station (an enterprise, a community, a platform). */
  @Column({ type: 'text', name: 'host_org', nullable: true })
  hostOrg: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  amenities: Amenity[];

  @Column({ type: 'jsonb', name: 'opening_hours' })
  openingHours: OpeningHours;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  closures: Closure[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'timestamptz', name: 'last_verified_at', nullable: true })
  lastVerifiedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}

import type { TownCode } from '@kgh/shared';
import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A town's targets for a year, set by the district; progress is counted from the records. */
@Entity('census_targets')
@Check('ck_census_targets_numbers', 'enterprises_to_organise >= 0 AND members_to_enrol >= 0')
export class CensusTarget {
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @PrimaryColumn({ type: 'text', name: 'town_code' })
  townCode: TownCode;

  @Column({ type: 'integer', name: 'enterprises_to_organise' })
  enterprisesToOrganise: number;

  @Column({ type: 'integer', name: 'members_to_enrol' })
  membersToEnrol: number;

  @Column({ type: 'uuid', name: 'updated_by', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}

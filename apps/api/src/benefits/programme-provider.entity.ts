import { Entity, Index, PrimaryColumn } from 'typeorm';

/** A provider account (hospital, travel agency, station host) allowed to redeem a programme's claims. */
@Entity('benefit_programme_providers')
@Index('ix_benefit_programme_providers_user', ['userId'])
export class ProgrammeProvider {
  @PrimaryColumn({ type: 'uuid', name: 'programme_id' })
  programmeId: string;

  @PrimaryColumn({ type: 'uuid', name: 'user_id' })
  userId: string;
}

import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const ORG_KINDS = ['district', 'town', 'industry', 'park', 'platform_station', 'enterprise', 'town_joint'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** A node of the union tree: district federation → town federations → base-level unions. */
@Entity('orgs')
@Index('uq_orgs_code', ['code'], { unique: true })
export class Org {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable key for seeds and routing (e.g. `town:keqiao`, `express-industry`). */
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: OrgKind;

  @Column({ type: 'uuid', name: 'parent_id', nullable: true })
  parentId: string | null;

  /** Ancestor ids joined by '/', ending with this org's id: a subtree is a prefix match. */
  @Index('ix_orgs_path')
  @Column({ type: 'text' })
  path: string;

  @Column({ type: 'text', name: 'town_code', nullable: true })
  townCode: string | null;

  /** Employer codes (see @kgh/shared EMPLOYERS) whose workers this union takes in. */
  @Column({ type: 'text', array: true, name: 'covered_employers', default: () => "'{}'" })
  coveredEmployers: string[];

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}

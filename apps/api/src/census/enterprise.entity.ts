import type { FormationMode, Industry, TownCode, UnionStatus } from '@kgh/shared';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** An enterprise of the census (建会普查台账): where new-form workers work, and whether it has a union. */
@Entity('enterprises')
@Index('uq_enterprises_credit_code', ['creditCode'], { unique: true })
@Index('ix_enterprises_org', ['orgId'])
@Index('ix_enterprises_union_org', ['unionOrgId'])
@Check('ck_enterprises_union_status', "union_status IN ('established', 'not_established', 'moved_out', 'closed')")
@Check('ck_enterprises_formation_mode', "formation_mode IS NULL OR formation_mode IN ('standalone', 'lead', 'industry')")
@Check('ck_enterprises_workers', 'workers >= 0 AND new_form_workers >= 0 AND new_form_workers <= workers')
export class Enterprise {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** 统一社会信用代码, GB 32100 (credit-code.ts in @kgh/shared). */
  @Column({ type: 'text', name: 'credit_code' })
  creditCode: string;

  @Column({ type: 'text' })
  industry: Industry;

  @Column({ type: 'text', name: 'town_code' })
  townCode: TownCode;

  /** The town federation whose staff keep this enterprise. */
  @Column({ type: 'uuid', name: 'org_id' })
  orgId: string;

  @Column({ type: 'text' })
  address: string;

  @Column({ type: 'integer' })
  workers: number;

  @Column({ type: 'integer', name: 'new_form_workers' })
  newFormWorkers: number;

  /** Brands or platforms it runs (e.g. 中通快递, 美团). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  brands: string[];

  @Column({ type: 'text', name: 'contact_name', nullable: true })
  contactName: string | null;

  @Column({ type: 'text', name: 'contact_phone', nullable: true })
  contactPhone: string | null;

  @Column({ type: 'text', name: 'union_status', default: 'not_established' })
  unionStatus: UnionStatus;

  /** How its union was formed; set only while established. */
  @Column({ type: 'text', name: 'formation_mode', nullable: true })
  formationMode: FormationMode | null;

  /** The base-level union that covers it; set only while established. */
  @Column({ type: 'uuid', name: 'union_org_id', nullable: true })
  unionOrgId: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}

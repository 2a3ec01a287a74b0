import { MigrationInterface, QueryRunner } from "typeorm";

// The enterprise census: enterprises with their union status, its timeline, visits and the problems
// they found, the towns' yearly targets; and the enterprise a membership application names.

export class Census1796300000000 implements MigrationInterface {
    name = 'Census1796300000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "enterprises" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "credit_code" text NOT NULL, "industry" text NOT NULL, "town_code" text NOT NULL, "org_id" uuid NOT NULL, "address" text NOT NULL, "workers" integer NOT NULL, "new_form_workers" integer NOT NULL, "brands" text array NOT NULL DEFAULT '{}', "contact_name" text, "contact_phone" text, "union_status" text NOT NULL DEFAULT 'not_established', "formation_mode" text, "union_org_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_enterprises_workers" CHECK (workers >= 0 AND new_form_workers >= 0 AND new_form_workers <= workers), CONSTRAINT "ck_enterprises_formation_mode" CHECK (formation_mode IS NULL OR formation_mode IN ('standalone', 'lead', 'industry')), CONSTRAINT "ck_enterprises_union_status" CHECK (union_status IN ('established', 'not_established', 'moved_out', 'closed')), CONSTRAINT "PK_a019e9afe6517b4f2a4588f2cce" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_enterprises_credit_code" ON "enterprises" ("credit_code") `);
        await queryRunner.query(`CREATE INDEX "ix_enterprises_org" ON "enterprises" ("org_id") `);
        await queryRunner.query(`CREATE INDEX "ix_enterprises_union_org" ON "enterprises" ("union_org_id") `);
        await queryRunner.query(`CREATE TABLE "enterprise_status_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enterprise_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "formation_mode" text, "union_org_id" uuid, "reason" text NOT NULL, "changed_by" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ec813868dff99f0b67ce823dbbf" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_enterprise_status_changes_enterprise" ON "enterprise_status_changes" ("enterprise_id", "changed_at") `);
        await queryRunner.query(`CREATE INDEX "ix_enterprise_status_changes_to_changed" ON "enterprise_status_changes" ("to_status", "changed_at") `);
        await queryRunner.query(`CREATE TABLE "enterprise_visits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enterprise_id" uuid NOT NULL, "visited_on" date NOT NULL, "staff_id" uuid NOT NULL, "workers_met" integer NOT NULL, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7c1b68aaa1d4d12ddb760b3a92d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_enterprise_visits_enterprise" ON "enterprise_visits" ("enterprise_id", "visited_on") `);
        await queryRunner.query(`CREATE TABLE "enterprise_problems" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "visit_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "description" text NOT NULL, "position" integer NOT NULL DEFAULT 0, "solved" boolean NOT NULL DEFAULT false, "solved_on" date, "solved_by" uuid, "solution_note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_41ee7b6a4f93ab9c72ce2a74d8b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_enterprise_problems_visit" ON "enterprise_problems" ("visit_id") `);
        await queryRunner.query(`CREATE INDEX "ix_enterprise_problems_enterprise" ON "enterprise_problems" ("enterprise_id", "solved") `);
        await queryRunner.query(`CREATE TABLE "census_targets" ("year" integer NOT NULL, "town_code" text NOT NULL, "enterprises_to_organise" integer NOT NULL, "members_to_enrol" integer NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_census_targets_numbers" CHECK (enterprises_to_organise >= 0 AND members_to_enrol >= 0), CONSTRAINT "PK_379c5677ece90c93b0cfdc42bc3" PRIMARY KEY ("year", "town_code"))`);
        await queryRunner.query(`ALTER TABLE "membership_applications" ADD "enterprise_id" uuid`);
        await queryRunner.query(`ALTER TABLE "membership_applications" ADD "employer_name" text`);
        await queryRunner.query(`CREATE INDEX "ix_membership_applications_enterprise" ON "membership_applications" ("enterprise_id") `);
        await queryRunner.query(`ALTER TABLE "enterprises" ADD CONSTRAINT "fk_enterprises_org" FOREIGN KEY ("org_id") REFERENCES "orgs"("id")`);
        await queryRunner.query(`ALTER TABLE "enterprises" ADD CONSTRAINT "fk_enterprises_union_org" FOREIGN KEY ("union_org_id") REFERENCES "orgs"("id")`);
        await queryRunner.query(`ALTER TABLE "enterprise_status_changes" ADD CONSTRAINT "fk_enterprise_status_changes_enterprise" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises"("id") ON DELETE CASCADE`);
        await queryRunner.query(`ALTER TABLE "enterprise_visits" ADD CONSTRAINT "fk_enterprise_visits_enterprise" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises"("id") ON DELETE CASCADE`);
        await queryRunner.query(`ALTER TABLE "enterprise_problems" ADD CONSTRAINT "fk_enterprise_problems_visit" FOREIGN KEY ("visit_id") REFERENCES "enterprise_visits"("id") ON DELETE CASCADE`);
        await queryRunner.query(`ALTER TABLE "membership_applications" ADD CONSTRAINT "fk_membership_applications_enterprise" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises"("id")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "membership_applications" DROP CONSTRAINT "fk_membership_applications_enterprise"`);
        await queryRunner.query(`DROP INDEX "public"."ix_membership_applications_enterprise"`);
        await queryRunner.query(`ALTER TABLE "membership_applications" DROP COLUMN "employer_name"`);
        await queryRunner.query(`ALTER TABLE "membership_applications" DROP COLUMN "enterprise_id"`);
        await queryRunner.query(`DROP TABLE "census_targets"`);
        await queryRunner.query(`DROP TABLE "enterprise_problems"`);
        await queryRunner.query(`DROP TABLE "enterprise_visits"`);
        await queryRunner.query(`DROP TABLE "enterprise_status_changes"`);
        await queryRunner.query(`DROP TABLE "enterprises"`);
    }
}

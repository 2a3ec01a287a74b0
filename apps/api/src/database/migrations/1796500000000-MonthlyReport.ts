import { MigrationInterface, QueryRunner } from "typeorm";

// The monthly report: histories it needs that were not kept (a station's opening, closing and town;
// an enterprise's new-form workers and town; a programme's budget), the district's special fund
// (allocations per town and year, spendings), and indexes for counting by month.

export class MonthlyReport1796500000000 implements MigrationInterface {
    name = 'MonthlyReport1796500000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "enterprise_ledger_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enterprise_id" uuid NOT NULL, "from_new_form_workers" integer NOT NULL, "to_new_form_workers" integer NOT NULL, "from_org_id" uuid NOT NULL, "to_org_id" uuid NOT NULL, "changed_by" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9380c09818960c26a85ee115f4c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_enterprise_ledger_changes_enterprise" ON "enterprise_ledger_changes"  ("enterprise_id", "changed_at") `);
        await queryRunner.query(`CREATE TABLE "benefit_programme_budget_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "from_budget_fen" bigint, "to_budget_fen" bigint, "changed_by" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fe5e39f11e7a070fcda882d06" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_benefit_programme_budget_changes_programme" ON "benefit_programme_budget_changes"  ("programme_id", "changed_at") `);
        await queryRunner.query(`CREATE TABLE "station_status_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "station_id" uuid NOT NULL, "from_active" boolean NOT NULL, "to_active" boolean NOT NULL, "from_org_id" uuid NOT NULL, "to_org_id" uuid NOT NULL, "changed_by" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_42cebc0b5a6f8345e59dd0a76c6" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_station_status_changes_station" ON "station_status_changes"  ("station_id", "changed_at") `);
        await queryRunner.query(`CREATE TABLE "special_fund_allocations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "year" integer NOT NULL, "org_id" uuid NOT NULL, "amount_fen" bigint NOT NULL, "allocated_on" date NOT NULL, "note" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_special_fund_allocations_amount" CHECK (amount_fen >= 0), CONSTRAINT "PK_ca3b60a492de830b517d983a0ef" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_special_fund_allocations_year_org" ON "special_fund_allocations"  ("year", "org_id") `);
        await queryRunner.query(`CREATE TABLE "special_fund_spendings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "spent_on" date NOT NULL, "amount_fen" bigint NOT NULL, "purpose" text NOT NULL, "recorded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_special_fund_spendings_amount" CHECK (amount_fen > 0), CONSTRAINT "PK_ec162d8a0ba62968f493aa8a38b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_special_fund_spendings_spent" ON "special_fund_spendings"  ("spent_on") `);
        await queryRunner.query(`CREATE INDEX "ix_special_fund_spendings_org_spent" ON "special_fund_spendings"  ("org_id", "spent_on") `);
        await queryRunner.query(`CREATE INDEX "ix_benefit_claims_redeemed_at" ON "benefit_claims"  ("redeemed_at") WHERE redeemed_at IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "ix_benefit_claims_confirmed_at" ON "benefit_claims"  ("confirmed_at") WHERE confirmed_at IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "ix_station_check_ins_checked_in" ON "station_check_ins"  ("checked_in_at") `);
        await queryRunner.query(`CREATE INDEX "ix_station_reports_resolved" ON "station_reports"  ("resolved_at") WHERE resolved_at IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "ix_station_reports_created" ON "station_reports"  ("created_at") `);
        await queryRunner.query(`ALTER TABLE "enterprise_ledger_changes" ADD CONSTRAINT "fk_enterprise_ledger_changes_enterprise" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises"("id") ON DELETE CASCADE`);
        await queryRunner.query(`ALTER TABLE "benefit_programme_budget_changes" ADD CONSTRAINT "fk_benefit_programme_budget_changes_programme" FOREIGN KEY ("programme_id") REFERENCES "benefit_programmes"("id") ON DELETE CASCADE`);
        await queryRunner.query(`ALTER TABLE "station_status_changes" ADD CONSTRAINT "fk_station_status_changes_station" FOREIGN KEY ("station_id") REFERENCES "stations"("id") ON DELETE CASCADE`);
        await queryRunner.query(`ALTER TABLE "special_fund_allocations" ADD CONSTRAINT "fk_special_fund_allocations_org" FOREIGN KEY ("org_id") REFERENCES "orgs"("id")`);
        await queryRunner.query(`ALTER TABLE "special_fund_spendings" ADD CONSTRAINT "fk_special_fund_spendings_org" FOREIGN KEY ("org_id") REFERENCES "orgs"("id")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_station_reports_created"`);
        await queryRunner.query(`DROP INDEX "public"."ix_station_reports_resolved"`);
        await queryRunner.query(`DROP INDEX "public"."ix_station_check_ins_checked_in"`);
        await queryRunner.query(`DROP INDEX "public"."ix_benefit_claims_confirmed_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_benefit_claims_redeemed_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_special_fund_spendings_org_spent"`);
        await queryRunner.query(`DROP INDEX "public"."ix_special_fund_spendings_spent"`);
        await queryRunner.query(`DROP TABLE "special_fund_spendings"`);
        await queryRunner.query(`DROP INDEX "public"."uq_special_fund_allocations_year_org"`);
        await queryRunner.query(`DROP TABLE "special_fund_allocations"`);
        await queryRunner.query(`DROP INDEX "public"."ix_station_status_changes_station"`);
        await queryRunner.query(`DROP TABLE "station_status_changes"`);
        await queryRunner.query(`DROP INDEX "public"."ix_benefit_programme_budget_changes_programme"`);
        await queryRunner.query(`DROP TABLE "benefit_programme_budget_changes"`);
        await queryRunner.query(`DROP INDEX "public"."ix_enterprise_ledger_changes_enterprise"`);
        await queryRunner.query(`DROP TABLE "enterprise_ledger_changes"`);
    }
}

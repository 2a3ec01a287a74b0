import { MigrationInterface, QueryRunner } from "typeorm";

// Benefit programmes, sessions, claims, provider links and idempotency keys. Places and budgets
// are guarded by CHECKs; one live claim per member and period by a partial unique index.

export class Benefits1795978108548 implements MigrationInterface {
    name = 'Benefits1795978108548'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "benefit_claims" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "session_id" uuid, "member_id" uuid NOT NULL, "user_id" uuid NOT NULL, "status" text NOT NULL, "period_key" text NOT NULL, "cost_fen" integer NOT NULL, "arrival" BIGSERIAL NOT NULL, "reject_reason" text, "reviewed_by" uuid, "confirmed_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "redeemed_at" TIMESTAMP WITH TIME ZONE, "redeemed_by" uuid, "redeemed_org_id" uuid, "redeemed_place" text, "redemption_code_id" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_benefit_claims_cost" CHECK (cost_fen >= 0), CONSTRAINT "ck_benefit_claims_status" CHECK (status IN ('pending_review', 'confirmed', 'waitlisted', 'rejected', 'redeemed', 'cancelled', 'expired')), CONSTRAINT "PK_4b91964885e5af2ffdf68cbff8f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_benefit_claims_programme_status" ON "benefit_claims"  ("programme_id", "status") `);
        await queryRunner.query(`CREATE INDEX "ix_benefit_claims_session_status_arrival" ON "benefit_claims"  ("session_id", "status", "arrival") `);
        await queryRunner.query(`CREATE INDEX "ix_benefit_claims_user" ON "benefit_claims"  ("user_id", "created_at") `);
        await queryRunner.query(`CREATE INDEX "ix_benefit_claims_member" ON "benefit_claims"  ("member_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_benefit_claims_live" ON "benefit_claims"  ("programme_id", "member_id", "period_key") WHERE status IN ('pending_review', 'confirmed', 'waitlisted', 'redeemed')`);
        await queryRunner.query(`CREATE TABLE "benefit_programmes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "org_id" uuid NOT NULL, "period_start" TIMESTAMP WITH TIME ZONE NOT NULL, "period_end" TIMESTAMP WITH TIME ZONE NOT NULL, "active" boolean NOT NULL DEFAULT true, "rules" jsonb NOT NULL DEFAULT '{}', "claim_period" text NOT NULL, "has_sessions" boolean NOT NULL, "capacity" integer, "remaining" integer, "budget_fen" bigint, "spent_fen" bigint NOT NULL DEFAULT '0', "cost_fen" integer NOT NULL, "cost_fen_female" integer, "requires_approval" boolean NOT NULL DEFAULT false, "has_waitlist" boolean NOT NULL DEFAULT false, "cancel_hours_before" integer NOT NULL DEFAULT '24', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_benefit_programmes_claim_period" CHECK (claim_period IN ('year', 'season', 'programme', 'session')), CONSTRAINT "ck_benefit_programmes_period" CHECK (period_end > period_start), CONSTRAINT "ck_benefit_programmes_cost" CHECK (cost_fen >= 0 AND (cost_fen_female IS NULL OR cost_fen_female >= 0)), CONSTRAINT "ck_benefit_programmes_budget" CHECK (spent_fen >= 0 AND (budget_fen IS NULL OR spent_fen <= budget_fen)), CONSTRAINT "ck_benefit_programmes_places" CHECK ((capacity IS NULL) = (remaining IS NULL)), CONSTRAINT "ck_benefit_programmes_remaining" CHECK (remaining >= 0 AND remaining <= capacity), CONSTRAINT "PK_4f796422a9a729fc692775e02e7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_benefit_programmes_org" ON "benefit_programmes"  ("org_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_benefit_programmes_code" ON "benefit_programmes"  ("code") `);
        await queryRunner.query(`CREATE TABLE "benefit_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "name" text NOT NULL, "location" text NOT NULL DEFAULT '', "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "capacity" integer NOT NULL, "remaining" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_benefit_sessions_times" CHECK (ends_at > starts_at AND opens_at <= starts_at), CONSTRAINT "ck_benefit_sessions_remaining" CHECK (remaining >= 0 AND remaining <= capacity), CONSTRAINT "PK_b648430bc66040e06ade4284cad" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_benefit_sessions_programme_starts" ON "benefit_sessions"  ("programme_id", "starts_at") `);
        await queryRunner.query(`CREATE TABLE "idempotency_keys" ("user_id" uuid NOT NULL, "key" text NOT NULL, "request_hash" text NOT NULL, "response_status" integer, "response_body" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_392b1af86f210d98d3f0c764728" PRIMARY KEY ("user_id", "key"))`);
        await queryRunner.query(`CREATE TABLE "benefit_programme_providers" ("programme_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_22a6bd529cc5d9788567ab322fb" PRIMARY KEY ("programme_id", "user_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_benefit_programme_providers_user" ON "benefit_programme_providers"  ("user_id") `);
        await queryRunner.query(`ALTER TABLE "benefit_programmes" ADD CONSTRAINT "fk_benefit_programmes_org" FOREIGN KEY ("org_id") REFERENCES "orgs"("id")`);
        await queryRunner.query(`ALTER TABLE "benefit_sessions" ADD CONSTRAINT "fk_benefit_sessions_programme" FOREIGN KEY ("programme_id") REFERENCES "benefit_programmes"("id") ON DELETE CASCADE`);
        await queryRunner.query(`ALTER TABLE "benefit_claims" ADD CONSTRAINT "fk_benefit_claims_programme" FOREIGN KEY ("programme_id") REFERENCES "benefit_programmes"("id")`);
        await queryRunner.query(`ALTER TABLE "benefit_claims" ADD CONSTRAINT "fk_benefit_claims_session" FOREIGN KEY ("session_id") REFERENCES "benefit_sessions"("id")`);
        await queryRunner.query(`ALTER TABLE "benefit_claims" ADD CONSTRAINT "fk_benefit_claims_member" FOREIGN KEY ("member_id") REFERENCES "members"("id")`);
        await queryRunner.query(`ALTER TABLE "benefit_programme_providers" ADD CONSTRAINT "fk_benefit_programme_providers_programme" FOREIGN KEY ("programme_id") REFERENCES "benefit_programmes"("id") ON DELETE CASCADE`);
        await queryRunner.query(`ALTER TABLE "benefit_programme_providers" ADD CONSTRAINT "fk_benefit_programme_providers_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "benefit_programme_providers" DROP CONSTRAINT "fk_benefit_programme_providers_user"`);
        await queryRunner.query(`ALTER TABLE "benefit_programme_providers" DROP CONSTRAINT "fk_benefit_programme_providers_programme"`);
        await queryRunner.query(`ALTER TABLE "benefit_claims" DROP CONSTRAINT "fk_benefit_claims_member"`);
        await queryRunner.query(`ALTER TABLE "benefit_claims" DROP CONSTRAINT "fk_benefit_claims_session"`);
        await queryRunner.query(`ALTER TABLE "benefit_claims" DROP CONSTRAINT "fk_benefit_claims_programme"`);
        await queryRunner.query(`ALTER TABLE "benefit_sessions" DROP CONSTRAINT "fk_benefit_sessions_programme"`);
        await queryRunner.query(`ALTER TABLE "benefit_programmes" DROP CONSTRAINT "fk_benefit_programmes_org"`);
        await queryRunner.query(`DROP INDEX "public"."ix_benefit_programme_providers_user"`);
        await queryRunner.query(`DROP TABLE "benefit_programme_providers"`);
        await queryRunner.query(`DROP TABLE "idempotency_keys"`);
        await queryRunner.query(`DROP INDEX "public"."ix_benefit_sessions_programme_starts"`);
        await queryRunner.query(`DROP TABLE "benefit_sessions"`);
        await queryRunner.query(`DROP INDEX "public"."uq_benefit_programmes_code"`);
        await queryRunner.query(`DROP INDEX "public"."ix_benefit_programmes_org"`);
        await queryRunner.query(`DROP TABLE "benefit_programmes"`);
        await queryRunner.query(`DROP INDEX "public"."uq_benefit_claims_live"`);
        await queryRunner.query(`DROP INDEX "public"."ix_benefit_claims_member"`);
        await queryRunner.query(`DROP INDEX "public"."ix_benefit_claims_user"`);
        await queryRunner.query(`DROP INDEX "public"."ix_benefit_claims_session_status_arrival"`);
        await queryRunner.query(`DROP INDEX "public"."ix_benefit_claims_programme_status"`);
        await queryRunner.query(`DROP TABLE "benefit_claims"`);
    }

}

import { MigrationInterface, QueryRunner } from "typeorm";

// Orgs, sign-in, membership and the append-only audit table.

export class Foundation1795977534073 implements MigrationInterface {
    name = 'Foundation1795977534073'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS cube`);
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS earthdistance`);
        await queryRunner.query(`CREATE SEQUENCE "member_number_seq"`);
        await queryRunner.query(`CREATE TABLE "audit_entries" ("id" BIGSERIAL NOT NULL, "actor_user_id" uuid, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text NOT NULL, "org_id" uuid, "detail" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_audit_entries_entity" ON "audit_entries"  ("entity_type", "entity_id") `);
        await queryRunner.query(`CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_entries is append-only'; END $$`);
        await queryRunner.query(`CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON "audit_entries" FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only()`);
        await queryRunner.query(`CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_refresh_tokens_family" ON "refresh_tokens"  ("family_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_refresh_tokens_hash" ON "refresh_tokens"  ("token_hash") `);
        await queryRunner.query(`CREATE TABLE "sms_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "phone" text NOT NULL, "code_hash" text NOT NULL, "failed_attempts" integer NOT NULL DEFAULT '0', "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "consumed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0c00b68561d1f383939febd8648" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_sms_codes_phone_created" ON "sms_codes"  ("phone", "created_at") `);
        await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "phone" text, "username" text, "password_hash" text, "wechat_openid" text, "display_name" text NOT NULL, "roles" text array NOT NULL, "org_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_wechat_openid" ON "users"  ("wechat_openid") WHERE wechat_openid IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_username" ON "users"  ("username") WHERE username IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_phone" ON "users"  ("phone") WHERE phone IS NOT NULL`);
        await queryRunner.query(`CREATE TABLE "members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "application_id" uuid NOT NULL, "id_number_index" text NOT NULL, "member_number" text NOT NULL, "union_org_id" uuid NOT NULL, "gender" text NOT NULL, "occupation" text NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_28b53062261b996d9c99fa12404" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_members_union" ON "members"  ("union_org_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_members_member_number" ON "members"  ("member_number") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_members_id_number_index" ON "members"  ("id_number_index") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_members_application" ON "members"  ("application_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_members_user" ON "members"  ("user_id") `);
        await queryRunner.query(`CREATE TABLE "membership_applications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" text NOT NULL, "id_number_encrypted" text NOT NULL, "id_number_index" text NOT NULL, "id_number_masked" text NOT NULL, "gender" text NOT NULL, "birth_year" integer NOT NULL, "phone" text NOT NULL, "occupation" text NOT NULL, "employer" text NOT NULL, "town_code" text NOT NULL, "target_org_id" uuid NOT NULL, "consent_version" text NOT NULL, "consented_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL DEFAULT 'pending', "reject_reason" text, "reviewed_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_membership_applications_status" CHECK (status IN ('pending', 'approved', 'rejected')), CONSTRAINT "PK_6df1e0ca72e330af40714d59e95" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_membership_applications_live_user" ON "membership_applications"  ("user_id") WHERE status IN ('pending', 'approved')`);
        await queryRunner.query(`CREATE INDEX "ix_membership_applications_target_status" ON "membership_applications"  ("target_org_id", "status") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_membership_applications_live_id_number" ON "membership_applications"  ("id_number_index") WHERE status IN ('pending', 'approved')`);
        await queryRunner.query(`CREATE TABLE "orgs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "parent_id" uuid, "path" text NOT NULL, "town_code" text, "covered_employers" text array NOT NULL DEFAULT '{}', "description" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9eed8bfad4c9e0dc8648e090efe" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_orgs_path" ON "orgs"  ("path") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_orgs_code" ON "orgs"  ("code") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."uq_orgs_code"`);
        await queryRunner.query(`DROP INDEX "public"."ix_orgs_path"`);
        await queryRunner.query(`DROP TABLE "orgs"`);
        await queryRunner.query(`DROP INDEX "public"."uq_membership_applications_live_id_number"`);
        await queryRunner.query(`DROP INDEX "public"."ix_membership_applications_target_status"`);
        await queryRunner.query(`DROP INDEX "public"."uq_membership_applications_live_user"`);
        await queryRunner.query(`DROP TABLE "membership_applications"`);
        await queryRunner.query(`DROP INDEX "public"."uq_members_user"`);
        await queryRunner.query(`DROP INDEX "public"."uq_members_application"`);
        await queryRunner.query(`DROP INDEX "public"."uq_members_id_number_index"`);
        await queryRunner.query(`DROP INDEX "public"."uq_members_member_number"`);
        await queryRunner.query(`DROP INDEX "public"."ix_members_union"`);
        await queryRunner.query(`DROP TABLE "members"`);
        await queryRunner.query(`DROP INDEX "public"."uq_users_phone"`);
        await queryRunner.query(`DROP INDEX "public"."uq_users_username"`);
        await queryRunner.query(`DROP INDEX "public"."uq_users_wechat_openid"`);
        await queryRunner.query(`DROP TABLE "users"`);
        await queryRunner.query(`DROP INDEX "public"."ix_sms_codes_phone_created"`);
        await queryRunner.query(`DROP TABLE "sms_codes"`);
        await queryRunner.query(`DROP INDEX "public"."uq_refresh_tokens_hash"`);
        await queryRunner.query(`DROP INDEX "public"."ix_refresh_tokens_family"`);
        await queryRunner.query(`DROP TABLE "refresh_tokens"`);
        await queryRunner.query(`DROP INDEX "public"."ix_audit_entries_entity"`);
        await queryRunner.query(`DROP TABLE "audit_entries"`);
        await queryRunner.query(`DROP FUNCTION audit_entries_append_only`);
        await queryRunner.query(`DROP SEQUENCE "member_number_seq"`);
    }

}

import { MigrationInterface, QueryRunner } from "typeorm";

// Accounts the staff console manages: an account can be disabled, must change an initial or reset
// password, and records its last sign-in; the audit log is read newest first, whole or filtered by
// actor or action.

export class Accounts1796200000000 implements MigrationInterface {
    name = 'Accounts1796200000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "users" ADD "disabled_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "users" ADD "must_change_password" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "users" ADD "last_sign_in_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`CREATE INDEX "ix_audit_entries_created" ON "audit_entries" ("created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_audit_entries_actor_created" ON "audit_entries" ("actor_user_id", "created_at") `);
        await queryRunner.query(`CREATE INDEX "ix_audit_entries_action_created" ON "audit_entries" ("action", "created_at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_audit_entries_action_created"`);
        await queryRunner.query(`DROP INDEX "public"."ix_audit_entries_actor_created"`);
        await queryRunner.query(`DROP INDEX "public"."ix_audit_entries_created"`);
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "last_sign_in_at"`);
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "must_change_password"`);
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "disabled_at"`);
    }
}

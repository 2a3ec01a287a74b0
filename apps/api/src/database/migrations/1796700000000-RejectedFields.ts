import { MigrationInterface, QueryRunner } from "typeorm";

// The answers staff name when they send an application back, so the worker's correction opens with
// just those to fill in again (before: guessed from the words of the reason).

export class RejectedFields1796700000000 implements MigrationInterface {
    name = 'RejectedFields1796700000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "membership_applications" ADD "reject_fields" text array NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`ALTER TABLE "membership_applications" ADD CONSTRAINT "ck_membership_applications_reject_fields" CHECK (reject_fields <@ ARRAY['name', 'idNumber', 'phone', 'occupation', 'employer', 'townCode']::text[])`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "membership_applications" DROP CONSTRAINT "ck_membership_applications_reject_fields"`);
        await queryRunner.query(`ALTER TABLE "membership_applications" DROP COLUMN "reject_fields"`);
    }
}

import { MigrationInterface, QueryRunner } from "typeorm";

// Redemption at a counter: the 8-digit codes a provider may type instead of scanning (only their
// keyed hash kept, unique among unpurged codes), and whether a programme refuses a batch's claim
// redeemed outside the batch's dates or only warns.

export class RedemptionAtCounter1796600000000 implements MigrationInterface {
    name = 'RedemptionAtCounter1796600000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "redemption_short_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "claim_id" uuid NOT NULL, "code_id" text NOT NULL, "code_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_11050d09c252a2a63ed45e94008" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_redemption_short_codes_expires" ON "redemption_short_codes"  ("expires_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_redemption_short_codes_hash" ON "redemption_short_codes"  ("code_hash") `);
        await queryRunner.query(`ALTER TABLE "redemption_short_codes" ADD CONSTRAINT "fk_redemption_short_codes_claim" FOREIGN KEY ("claim_id") REFERENCES "benefit_claims"("id") ON DELETE CASCADE`);
        await queryRunner.query(`ALTER TABLE "benefit_programmes" ADD "outside_window_redemption" text NOT NULL DEFAULT 'warn'`);
        await queryRunner.query(`ALTER TABLE "benefit_programmes" ADD CONSTRAINT "ck_benefit_programmes_outside_window_redemption" CHECK (outside_window_redemption IN ('warn', 'refuse'))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "benefit_programmes" DROP CONSTRAINT "ck_benefit_programmes_outside_window_redemption"`);
        await queryRunner.query(`ALTER TABLE "benefit_programmes" DROP COLUMN "outside_window_redemption"`);
        await queryRunner.query(`DROP TABLE "redemption_short_codes"`);
    }
}

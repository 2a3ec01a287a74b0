import { MigrationInterface, QueryRunner } from "typeorm";

// Abuse limits kept in PostgreSQL, shared by every API process: fixed-window hit counters (one row
// per scope, key and window, raised by one atomic upsert) and the addresses staff have signed in from.

export class AbuseLimits1796100000000 implements MigrationInterface {
    name = 'AbuseLimits1796100000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "rate_limit_hits" ("scope" text NOT NULL, "key" text NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "hits" integer NOT NULL, CONSTRAINT "ck_rate_limit_hits_hits" CHECK (hits >= 0), CONSTRAINT "ck_rate_limit_hits_window" CHECK (expires_at > window_start), CONSTRAINT "pk_rate_limit_hits" PRIMARY KEY ("scope", "key", "window_start"))`);
        await queryRunner.query(`CREATE TABLE "staff_known_addresses" ("user_id" uuid NOT NULL, "address" text NOT NULL, "last_signed_in_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_staff_known_addresses" PRIMARY KEY ("user_id", "address"))`);
        await queryRunner.query(`ALTER TABLE "staff_known_addresses" ADD CONSTRAINT "fk_staff_known_addresses_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "staff_known_addresses" DROP CONSTRAINT "fk_staff_known_addresses_user"`);
        await queryRunner.query(`DROP TABLE "staff_known_addresses"`);
        await queryRunner.query(`DROP TABLE "rate_limit_hits"`);
    }
}

import { MigrationInterface, QueryRunner } from "typeorm";

// Worker stations, check-ins and problem reports. The GiST index on ll_to_earth(lat, lng) serves the
// nearest-first KNN search (ORDER BY ll_to_earth(lat, lng) <-> ll_to_earth($1, $2)); cube and
// earthdistance come from the first migration.

export class Stations1795978046315 implements MigrationInterface {
    name = 'Stations1795978046315'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "stations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" text NOT NULL, "address" text NOT NULL, "town_code" text NOT NULL, "org_id" uuid NOT NULL, "lat" double precision NOT NULL, "lng" double precision NOT NULL, "phone" text, "host_org" text, "amenities" text array NOT NULL DEFAULT '{}', "opening_hours" jsonb NOT NULL, "closures" jsonb NOT NULL DEFAULT '[]', "active" boolean NOT NULL DEFAULT true, "last_verified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_stations_coordinates" CHECK (lat BETWEEN -90 AND 90 AND lng BETWEEN -180 AND 180), CONSTRAINT "ck_stations_kind" CHECK (kind IN ('worker_station', 'courier_station', 'freight_drivers_home', 'mobile')), CONSTRAINT "PK_f047974bd453c85b08bab349367" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_stations_org" ON "stations"  ("org_id") `);
        await queryRunner.query(`CREATE INDEX "ix_stations_location" ON "stations" USING gist (ll_to_earth(lat, lng))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_stations_name_address" ON "stations"  ("name", "address") `);
        await queryRunner.query(`CREATE TABLE "station_check_ins" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "station_id" uuid NOT NULL, "user_id" uuid NOT NULL, "checked_in_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bacb1cbf13b9683383f989a2fa3" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_station_check_ins_station_user" ON "station_check_ins"  ("station_id", "user_id", "checked_in_at") `);
        await queryRunner.query(`CREATE TABLE "station_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "station_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" text NOT NULL, "note" text, "status" text NOT NULL DEFAULT 'open', "resolved_by" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolution_note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_station_reports_status" CHECK (status IN ('open', 'resolved')), CONSTRAINT "PK_bc58cf995eb660b09849074c753" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_station_reports_station_status" ON "station_reports"  ("station_id", "status") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_station_reports_station_status"`);
        await queryRunner.query(`DROP TABLE "station_reports"`);
        await queryRunner.query(`DROP INDEX "public"."ix_station_check_ins_station_user"`);
        await queryRunner.query(`DROP TABLE "station_check_ins"`);
        await queryRunner.query(`DROP INDEX "public"."uq_stations_name_address"`);
        await queryRunner.query(`DROP INDEX "public"."ix_stations_org"`);
        await queryRunner.query(`DROP INDEX "public"."ix_stations_location"`);
        await queryRunner.query(`DROP TABLE "stations"`);
    }

}

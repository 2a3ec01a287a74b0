import type { EmployerCode, TownCode } from "@kgh/shared";
import { MigrationInterface, QueryRunner } from "typeorm";
import { rowsOf } from "../../common/sql-rows";
import { routingReason } from "../../membership/union-routing";

// The staff console's reads: each application says why it went to its union (stored at submission,
// since the union tree may change afterwards; older rows get the reason their union gives today),
// and the review queue, oldest first within a status, reads an index.

export class ConsoleReads1796200000001 implements MigrationInterface {
    name = 'ConsoleReads1796200000001'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "membership_applications" ADD "routing_reason" text`);
        await queryRunner.query(`CREATE INDEX "ix_membership_applications_status_submitted" ON "membership_applications" ("status", "submitted_at") `);
        const rows = await rowsOf<{ id: string; employer: EmployerCode; town_code: TownCode; org_id: string; kind: string; org_town_code: string | null; name: string; covered_employers: string[] }>(
            queryRunner,
            `SELECT a.id, a.employer, a.town_code, o.id AS org_id, o.kind, o.town_code AS org_town_code, o.name, o.covered_employers
               FROM "membership_applications" a JOIN "orgs" o ON o.id = a.target_org_id WHERE a.routing_reason IS NULL`,
        );
        if (rows.length === 0) return;
        const reasons = rows.map((row) =>
            routingReason(row.employer, row.town_code, { id: row.org_id, kind: row.kind, townCode: row.org_town_code, name: row.name, coveredEmployers: row.covered_employers }),
        );
        await queryRunner.query(
            `UPDATE "membership_applications" a SET "routing_reason" = r.reason FROM unnest($1::uuid[], $2::text[]) AS r(id, reason) WHERE a.id = r.id`,
            [rows.map((row) => row.id), reasons],
        );
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_membership_applications_status_submitted"`);
        await queryRunner.query(`ALTER TABLE "membership_applications" DROP COLUMN "routing_reason"`);
    }
}

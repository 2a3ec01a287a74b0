import { MigrationInterface, QueryRunner } from "typeorm";

// Abuse limits kept in PostgreSQL, shared by every API process (filled in by the abuse-limits work).

export class AbuseLimits1796100000000 implements MigrationInterface {
    name = 'AbuseLimits1796100000000'

    public async up(_queryRunner: QueryRunner): Promise<void> {}

    public async down(_queryRunner: QueryRunner): Promise<void> {}
}

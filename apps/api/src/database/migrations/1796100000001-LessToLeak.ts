import { MigrationInterface, QueryRunner } from "typeorm";

// Less personal data to leak (filled in by the privacy work).

export class LessToLeak1796100000001 implements MigrationInterface {
    name = 'LessToLeak1796100000001'

    public async up(_queryRunner: QueryRunner): Promise<void> {}

    public async down(_queryRunner: QueryRunner): Promise<void> {}
}

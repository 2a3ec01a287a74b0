import { MigrationInterface, QueryRunner } from "typeorm";

// Less personal data to leak: the masked ID keeps its last four digits only (the area code and birth
// date beside them, with birth_year, narrowed a person's ID number to a few dozen candidates), and
// the plain birth year, which nothing read, goes.

export class LessToLeak1796100000001 implements MigrationInterface {
    name = 'LessToLeak1796100000001'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "membership_applications" DROP COLUMN "birth_year"`);
        await queryRunner.query(`UPDATE "membership_applications" SET "id_number_masked" = repeat('*', length("id_number_masked") - 4) || right("id_number_masked", 4) WHERE "id_number_masked" !~ '^[*]+.{4}$'`);
    }

    // The dropped digits cannot come back (the ID numbers are encrypted by the application): the column returns empty.
    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "membership_applications" ADD "birth_year" integer`);
    }
}

import { MigrationInterface, QueryRunner } from "typeorm";

// Legal help: workers' requests (consultations and cases), their events as the worker reads them,
// and the mediation sessions of cases.

export class Legal1796307813264 implements MigrationInterface {
    name = 'Legal1796307813264'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "legal_mediation_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "held_on" date NOT NULL, "form" text NOT NULL, "attendees" text NOT NULL, "result" text NOT NULL, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_legal_mediation_sessions_form" CHECK (form IN ('in_person', 'phone', 'video', 'court')), CONSTRAINT "PK_fefecc95ed16d7e167a7e36fd25" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_legal_mediation_sessions_request" ON "legal_mediation_sessions"  ("request_id", "held_on") `);
        await queryRunner.query(`CREATE TABLE "legal_request_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "by_worker" boolean NOT NULL, "kind" text NOT NULL, "from_status" text, "to_status" text, "text" text NOT NULL, "amount_claimed_fen" integer, "amount_agreed_fen" integer, "amount_recovered_fen" integer, CONSTRAINT "ck_legal_request_events_kind" CHECK (kind IN ('status', 'note', 'assigned', 'session', 'amounts')), CONSTRAINT "PK_5a0da74e9980f013788b3ff2875" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_legal_request_events_to_status" ON "legal_request_events"  ("to_status", "at") `);
        await queryRunner.query(`CREATE INDEX "ix_legal_request_events_request" ON "legal_request_events"  ("request_id", "at") `);
        await queryRunner.query(`CREATE TABLE "legal_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" text NOT NULL, "user_id" uuid NOT NULL, "topic" text NOT NULL, "against" text NOT NULL, "against_name" text, "description" text NOT NULL, "amount_claimed_fen" integer, "amount_agreed_fen" integer, "amount_recovered_fen" integer, "over_agreed_reason" text, "workers_affected" integer NOT NULL DEFAULT '1', "is_member" boolean NOT NULL, "phone" text NOT NULL, "town_code" text NOT NULL, "org_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'submitted', "kind" text NOT NULL DEFAULT 'request', "outcome" text, "referred_to" text, "assignee_id" uuid, "registered_on" date, "mediation_due_on" date, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_legal_requests_workers" CHECK (workers_affected BETWEEN 1 AND 10000), CONSTRAINT "ck_legal_requests_recovered" CHECK (amount_recovered_fen IS NULL OR amount_agreed_fen IS NULL OR amount_recovered_fen <= amount_agreed_fen OR over_agreed_reason IS NOT NULL), CONSTRAINT "ck_legal_requests_amounts" CHECK ((amount_claimed_fen IS NULL OR amount_claimed_fen >= 0) AND (amount_agreed_fen IS NULL OR amount_agreed_fen >= 0) AND (amount_recovered_fen IS NULL OR amount_recovered_fen >= 0)), CONSTRAINT "ck_legal_requests_referred_to" CHECK (referred_to IS NULL OR referred_to IN ('arbitration', 'court')), CONSTRAINT "ck_legal_requests_against" CHECK (against IN ('platform', 'partner', 'enterprise', 'other', 'unknown')), CONSTRAINT "ck_legal_requests_topic" CHECK (topic IN ('unpaid_wages', 'work_injury', 'labour_contract', 'social_insurance', 'traffic_accident', 'other')), CONSTRAINT "ck_legal_requests_kind" CHECK (kind IN ('request', 'consultation', 'case')), CONSTRAINT "ck_legal_requests_status" CHECK (status IN ('submitted', 'answered', 'registered', 'mediating', 'agreed', 'fulfilled', 'declined', 'failed', 'referred', 'withdrawn')), CONSTRAINT "PK_8b992cab4e7a2866dbd7168ed54" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_legal_requests_assignee" ON "legal_requests"  ("assignee_id") `);
        await queryRunner.query(`CREATE INDEX "ix_legal_requests_org_status" ON "legal_requests"  ("org_id", "status", "submitted_at") `);
        await queryRunner.query(`CREATE INDEX "ix_legal_requests_user" ON "legal_requests"  ("user_id", "submitted_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_legal_requests_number" ON "legal_requests"  ("number") `);
        await queryRunner.query(`ALTER TABLE "legal_requests" ADD CONSTRAINT "fk_legal_requests_org" FOREIGN KEY ("org_id") REFERENCES "orgs"("id")`);
        await queryRunner.query(`ALTER TABLE "legal_requests" ADD CONSTRAINT "fk_legal_requests_assignee" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL`);
        await queryRunner.query(`ALTER TABLE "legal_request_events" ADD CONSTRAINT "fk_legal_request_events_request" FOREIGN KEY ("request_id") REFERENCES "legal_requests"("id") ON DELETE CASCADE`);
        await queryRunner.query(`ALTER TABLE "legal_mediation_sessions" ADD CONSTRAINT "fk_legal_mediation_sessions_request" FOREIGN KEY ("request_id") REFERENCES "legal_requests"("id") ON DELETE CASCADE`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "legal_mediation_sessions" DROP CONSTRAINT "fk_legal_mediation_sessions_request"`);
        await queryRunner.query(`ALTER TABLE "legal_request_events" DROP CONSTRAINT "fk_legal_request_events_request"`);
        await queryRunner.query(`ALTER TABLE "legal_requests" DROP CONSTRAINT "fk_legal_requests_assignee"`);
        await queryRunner.query(`ALTER TABLE "legal_requests" DROP CONSTRAINT "fk_legal_requests_org"`);
        await queryRunner.query(`DROP INDEX "public"."uq_legal_requests_number"`);
        await queryRunner.query(`DROP INDEX "public"."ix_legal_requests_user"`);
        await queryRunner.query(`DROP INDEX "public"."ix_legal_requests_org_status"`);
        await queryRunner.query(`DROP INDEX "public"."ix_legal_requests_assignee"`);
        await queryRunner.query(`DROP TABLE "legal_requests"`);
        await queryRunner.query(`DROP INDEX "public"."ix_legal_request_events_request"`);
        await queryRunner.query(`DROP INDEX "public"."ix_legal_request_events_to_status"`);
        await queryRunner.query(`DROP TABLE "legal_request_events"`);
        await queryRunner.query(`DROP INDEX "public"."ix_legal_mediation_sessions_request"`);
        await queryRunner.query(`DROP TABLE "legal_mediation_sessions"`);
    }
}

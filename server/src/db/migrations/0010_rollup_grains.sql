-- The roll-ups are derived data: emptied here and rebuilt from the ledger at start-up (db/rollups.ts).
TRUNCATE "record_rollup", "person_rollup";--> statement-breakpoint
DELETE FROM "rollup_meta";--> statement-breakpoint
CREATE TABLE "county_day_rollup" (
	"tenant_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"county_code" text NOT NULL,
	"type_code" text NOT NULL,
	"status" text NOT NULL,
	"period" date NOT NULL,
	"dims" jsonb NOT NULL,
	"n" bigint NOT NULL,
	"persons" bigint NOT NULL,
	"poor_persons" bigint NOT NULL,
	"person_times" bigint NOT NULL,
	"sessions" bigint NOT NULL,
	"amount_fen" bigint NOT NULL,
	"months" bigint NOT NULL,
	"area_mu" numeric(16, 2) NOT NULL,
	"households" bigint NOT NULL,
	"poor_households" bigint NOT NULL,
	"posts" bigint NOT NULL,
	"quantity" bigint NOT NULL,
	"enterprises" bigint NOT NULL,
	CONSTRAINT "county_day_rollup_pk" PRIMARY KEY("tenant_id","year","county_code","type_code","status","period","dims")
);
--> statement-breakpoint
CREATE TABLE "county_rollup" (
	"tenant_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"county_code" text NOT NULL,
	"type_code" text NOT NULL,
	"status" text NOT NULL,
	"period" date NOT NULL,
	"dims" jsonb NOT NULL,
	"n" bigint NOT NULL,
	"persons" bigint NOT NULL,
	"poor_persons" bigint NOT NULL,
	"person_times" bigint NOT NULL,
	"sessions" bigint NOT NULL,
	"amount_fen" bigint NOT NULL,
	"months" bigint NOT NULL,
	"area_mu" numeric(16, 2) NOT NULL,
	"households" bigint NOT NULL,
	"poor_households" bigint NOT NULL,
	"posts" bigint NOT NULL,
	"quantity" bigint NOT NULL,
	"enterprises" bigint NOT NULL,
	CONSTRAINT "county_rollup_pk" PRIMARY KEY("tenant_id","year","county_code","type_code","status","period","dims")
);
--> statement-breakpoint
DROP INDEX "records_occurred_idx";--> statement-breakpoint
ALTER TABLE "person_rollup" DROP CONSTRAINT "person_rollup_pk";--> statement-breakpoint
ALTER TABLE "record_rollup" DROP CONSTRAINT "record_rollup_pk";--> statement-breakpoint
ALTER TABLE "person_rollup" ADD COLUMN "period" date NOT NULL;--> statement-breakpoint
ALTER TABLE "person_rollup" ADD COLUMN "single" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "record_rollup" ADD COLUMN "period" date NOT NULL;--> statement-breakpoint
CREATE INDEX "records_unit_date_idx" ON "records" USING btree ("tenant_id","east_unit_id","year","occurred_on");--> statement-breakpoint
CREATE INDEX "person_rollup_person_idx" ON "person_rollup" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_rollup_single_idx" ON "person_rollup" USING btree ("tenant_id","year","county_code","type_code","period") WHERE single;--> statement-breakpoint
CREATE INDEX "person_rollup_multi_idx" ON "person_rollup" USING btree ("tenant_id","year","county_code","type_code","period") WHERE not single;--> statement-breakpoint
ALTER TABLE "person_rollup" DROP COLUMN "month";--> statement-breakpoint
ALTER TABLE "record_rollup" DROP COLUMN "month";--> statement-breakpoint
ALTER TABLE "person_rollup" ADD CONSTRAINT "person_rollup_pk" PRIMARY KEY("tenant_id","year","county_code","type_code","status","period","east_unit_id","person_id","is_poor","dims");--> statement-breakpoint
ALTER TABLE "record_rollup" ADD CONSTRAINT "record_rollup_pk" PRIMARY KEY("tenant_id","year","county_code","type_code","status","period","east_unit_id","dims");
CREATE TABLE "person_rollup" (
	"tenant_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"county_code" text NOT NULL,
	"type_code" text NOT NULL,
	"status" text NOT NULL,
	"month" date NOT NULL,
	"east_unit_id" uuid NOT NULL,
	"dims" jsonb NOT NULL,
	"person_id" uuid NOT NULL,
	"is_poor" boolean NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "person_rollup_pk" PRIMARY KEY("tenant_id","year","county_code","type_code","status","month","east_unit_id","dims","person_id","is_poor")
);
--> statement-breakpoint
CREATE TABLE "record_rollup" (
	"tenant_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"county_code" text NOT NULL,
	"type_code" text NOT NULL,
	"status" text NOT NULL,
	"month" date NOT NULL,
	"east_unit_id" uuid NOT NULL,
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
	CONSTRAINT "record_rollup_pk" PRIMARY KEY("tenant_id","year","county_code","type_code","status","month","east_unit_id","dims")
);
--> statement-breakpoint
CREATE TABLE "rollup_meta" (
	"name" text PRIMARY KEY NOT NULL,
	"definition_hash" text NOT NULL,
	"built_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "records_occurred_idx" ON "records" USING btree ("tenant_id","year","occurred_on");
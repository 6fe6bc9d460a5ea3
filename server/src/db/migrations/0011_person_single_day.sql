CREATE TABLE "person_single_day" (
	"tenant_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"county_code" text NOT NULL,
	"type_code" text NOT NULL,
	"status" text NOT NULL,
	"period" date NOT NULL,
	"dims" jsonb NOT NULL,
	"is_poor" boolean NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "person_single_day_pk" PRIMARY KEY("tenant_id","year","county_code","type_code","status","period","is_poor","dims")
);

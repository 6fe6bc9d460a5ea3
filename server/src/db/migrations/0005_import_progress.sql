ALTER TABLE "imports" ADD COLUMN "record_type" text;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "processed" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "heartbeat_at" timestamp with time zone;
ALTER TABLE "records" ADD COLUMN "source_type" text;--> statement-breakpoint
ALTER TABLE "records" ADD COLUMN "source_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "records_source_uq" ON "records" USING btree ("tenant_id","source_type","source_id");
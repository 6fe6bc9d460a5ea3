CREATE TABLE "charity_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"donor_id" uuid NOT NULL,
	"amount_fen" bigint NOT NULL,
	"status" text DEFAULT 'reserved' NOT NULL,
	"reserved_until" timestamp with time zone NOT NULL,
	"receipt_id" uuid,
	"transfer_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "charity_donors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"credit_code" text,
	"is_honoured" boolean DEFAULT false NOT NULL,
	"account_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "charity_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"object_type" text NOT NULL,
	"object_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"user_id" uuid,
	"account_id" uuid,
	"reason" text,
	"details" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "charity_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"county_code" text NOT NULL,
	"region_code" text,
	"kind" text NOT NULL,
	"beneficiary_kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"goods" text,
	"deadline" date NOT NULL,
	"evidence_note" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"year" integer NOT NULL,
	"beneficiary_name_enc" text,
	"beneficiary_id_enc" text,
	"beneficiary_id_index" text,
	"beneficiary_phone_enc" text,
	"beneficiary_initial" text,
	"beneficiary_age_band" text,
	"created_by" uuid,
	"verified_by" uuid,
	"published_on" date,
	"delivered_on" date,
	"delivery_note" text,
	"delivery_receipt_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "charity_receipts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"receipt_no" text NOT NULL,
	"donor_id" uuid NOT NULL,
	"amount_fen" bigint NOT NULL,
	"form" text NOT NULL,
	"valuation_note" text,
	"bank_ref" text NOT NULL,
	"received_on" date NOT NULL,
	"verify_code" text NOT NULL,
	"digest" text NOT NULL,
	"digest_input" text NOT NULL,
	"recorded_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "charity_settings" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"beneficiary_year_cap_fen" bigint NOT NULL,
	"reservation_days" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "charity_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"batch_no" text NOT NULL,
	"county_code" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"transferred_on" date NOT NULL,
	"status" text DEFAULT 'sent' NOT NULL,
	"custodian_unit_id" uuid NOT NULL,
	"verify_code" text NOT NULL,
	"digest" text NOT NULL,
	"digest_input" text NOT NULL,
	"recorded_by" uuid,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "charity_claims" ADD CONSTRAINT "charity_claims_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity_claims" ADD CONSTRAINT "charity_claims_need_id_charity_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."charity_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity_claims" ADD CONSTRAINT "charity_claims_donor_id_charity_donors_id_fk" FOREIGN KEY ("donor_id") REFERENCES "public"."charity_donors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity_claims" ADD CONSTRAINT "charity_claims_receipt_id_charity_receipts_id_fk" FOREIGN KEY ("receipt_id") REFERENCES "public"."charity_receipts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity_claims" ADD CONSTRAINT "charity_claims_transfer_id_charity_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."charity_transfers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity_donors" ADD CONSTRAINT "charity_donors_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity_donors" ADD CONSTRAINT "charity_donors_account_id_external_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."external_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity_events" ADD CONSTRAINT "charity_events_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity_events" ADD CONSTRAINT "charity_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity_events" ADD CONSTRAINT "charity_events_account_id_external_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."external_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity_needs" ADD CONSTRAINT "charity_needs_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity_needs" ADD CONSTRAINT "charity_needs_county_code_regions_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity_needs" ADD CONSTRAINT "charity_needs_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity_needs" ADD CONSTRAINT "charity_needs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity_needs" ADD CONSTRAINT "charity_needs_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity_receipts" ADD CONSTRAINT "charity_receipts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity_receipts" ADD CONSTRAINT "charity_receipts_donor_id_charity_donors_id_fk" FOREIGN KEY ("donor_id") REFERENCES "public"."charity_donors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity_receipts" ADD CONSTRAINT "charity_receipts_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity_settings" ADD CONSTRAINT "charity_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity_transfers" ADD CONSTRAINT "charity_transfers_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity_transfers" ADD CONSTRAINT "charity_transfers_county_code_regions_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity_transfers" ADD CONSTRAINT "charity_transfers_custodian_unit_id_units_id_fk" FOREIGN KEY ("custodian_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity_transfers" ADD CONSTRAINT "charity_transfers_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity_transfers" ADD CONSTRAINT "charity_transfers_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "charity_claims_need_idx" ON "charity_claims" USING btree ("need_id","status");--> statement-breakpoint
CREATE INDEX "charity_claims_donor_idx" ON "charity_claims" USING btree ("tenant_id","donor_id");--> statement-breakpoint
CREATE INDEX "charity_claims_transfer_idx" ON "charity_claims" USING btree ("transfer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "charity_donors_account_uq" ON "charity_donors" USING btree ("tenant_id","account_id");--> statement-breakpoint
CREATE INDEX "charity_events_object_idx" ON "charity_events" USING btree ("object_type","object_id");--> statement-breakpoint
CREATE INDEX "charity_needs_list_idx" ON "charity_needs" USING btree ("tenant_id","status","county_code","kind");--> statement-breakpoint
CREATE INDEX "charity_needs_beneficiary_idx" ON "charity_needs" USING btree ("tenant_id","beneficiary_id_index","year");--> statement-breakpoint
CREATE UNIQUE INDEX "charity_receipts_no_uq" ON "charity_receipts" USING btree ("tenant_id","receipt_no");--> statement-breakpoint
CREATE UNIQUE INDEX "charity_receipts_verify_uq" ON "charity_receipts" USING btree ("verify_code");--> statement-breakpoint
CREATE UNIQUE INDEX "charity_transfers_no_uq" ON "charity_transfers" USING btree ("tenant_id","batch_no");--> statement-breakpoint
CREATE UNIQUE INDEX "charity_transfers_verify_uq" ON "charity_transfers" USING btree ("verify_code");
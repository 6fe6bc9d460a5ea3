CREATE TABLE "consumption_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"supplier_id" uuid NOT NULL,
	"number" text NOT NULL,
	"authority" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consumption_pledges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"unit_id" uuid NOT NULL,
	"pledge_fen" bigint NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consumption_products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"supplier_id" uuid NOT NULL,
	"certificate_id" uuid,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"specification" text,
	"unit" text NOT NULL,
	"price_fen" bigint NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consumption_purchases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"buyer_kind" text NOT NULL,
	"buyer_unit_id" uuid,
	"buyer_name" text,
	"product_id" uuid NOT NULL,
	"quantity" numeric(14, 3) NOT NULL,
	"amount_fen" bigint NOT NULL,
	"purchased_on" date NOT NULL,
	"year" integer NOT NULL,
	"channel" text NOT NULL,
	"platform" text,
	"order_no" text,
	"note" text,
	"status" text DEFAULT 'submitted' NOT NULL,
	"is_counted" boolean NOT NULL,
	"not_counted_reason" text,
	"import_id" uuid,
	"created_by" uuid,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consumption_suppliers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"credit_code" text NOT NULL,
	"kind" text NOT NULL,
	"county_code" text NOT NULL,
	"contact_name" text,
	"contact_phone_enc" text,
	"contact_phone_masked" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consumption_certificates" ADD CONSTRAINT "consumption_certificates_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consumption_certificates" ADD CONSTRAINT "consumption_certificates_supplier_id_consumption_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."consumption_suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consumption_pledges" ADD CONSTRAINT "consumption_pledges_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consumption_pledges" ADD CONSTRAINT "consumption_pledges_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consumption_pledges" ADD CONSTRAINT "consumption_pledges_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consumption_products" ADD CONSTRAINT "consumption_products_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consumption_products" ADD CONSTRAINT "consumption_products_supplier_id_consumption_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."consumption_suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consumption_products" ADD CONSTRAINT "consumption_products_certificate_id_consumption_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."consumption_certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consumption_purchases" ADD CONSTRAINT "consumption_purchases_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consumption_purchases" ADD CONSTRAINT "consumption_purchases_buyer_unit_id_units_id_fk" FOREIGN KEY ("buyer_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consumption_purchases" ADD CONSTRAINT "consumption_purchases_product_id_consumption_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."consumption_products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consumption_purchases" ADD CONSTRAINT "consumption_purchases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consumption_purchases" ADD CONSTRAINT "consumption_purchases_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consumption_suppliers" ADD CONSTRAINT "consumption_suppliers_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consumption_suppliers" ADD CONSTRAINT "consumption_suppliers_county_code_regions_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "consumption_certificates_number_uq" ON "consumption_certificates" USING btree ("tenant_id","number");--> statement-breakpoint
CREATE INDEX "consumption_certificates_supplier_idx" ON "consumption_certificates" USING btree ("supplier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "consumption_pledges_unit_uq" ON "consumption_pledges" USING btree ("tenant_id","year","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "consumption_products_name_uq" ON "consumption_products" USING btree ("tenant_id","supplier_id","name");--> statement-breakpoint
CREATE INDEX "consumption_products_supplier_idx" ON "consumption_products" USING btree ("supplier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "consumption_purchases_order_uq" ON "consumption_purchases" USING btree ("tenant_id","channel",coalesce("platform", ''),"order_no","product_id") WHERE "consumption_purchases"."order_no" is not null;--> statement-breakpoint
CREATE INDEX "consumption_purchases_year_unit_idx" ON "consumption_purchases" USING btree ("tenant_id","year","buyer_unit_id");--> statement-breakpoint
CREATE INDEX "consumption_purchases_product_idx" ON "consumption_purchases" USING btree ("product_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "consumption_suppliers_code_uq" ON "consumption_suppliers" USING btree ("tenant_id","credit_code");
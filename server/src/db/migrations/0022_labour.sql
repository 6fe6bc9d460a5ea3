CREATE TABLE "labour_application_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"user_id" uuid,
	"account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "labour_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"push_id" uuid,
	"status" text DEFAULT 'applied' NOT NULL,
	"start_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "labour_employers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"credit_code" text NOT NULL,
	"region_code" text NOT NULL,
	"contact_name" text,
	"contact_phone_enc" text,
	"contact_phone_masked" text,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "labour_followups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"month" integer NOT NULL,
	"due_on" date NOT NULL,
	"sent_at" timestamp with time zone,
	"answer" text,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "labour_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"title" text NOT NULL,
	"region_code" text NOT NULL,
	"destination" text NOT NULL,
	"openings" integer NOT NULL,
	"wage_min_fen" bigint NOT NULL,
	"wage_max_fen" bigint NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"housing" boolean DEFAULT false NOT NULL,
	"meals" boolean DEFAULT false NOT NULL,
	"contract_months" integer,
	"start_on" date NOT NULL,
	"valid_to" date NOT NULL,
	"age_max" integer,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" uuid,
	"created_by_account" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "labour_push_recipients" (
	"push_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"opened_at" timestamp with time zone,
	CONSTRAINT "labour_push_recipients_push_id_worker_id_pk" PRIMARY KEY("push_id","worker_id")
);
--> statement-breakpoint
CREATE TABLE "labour_pushes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"queued" integer NOT NULL,
	"skipped_opted_out" integer NOT NULL,
	"skipped_capped" integer NOT NULL,
	"skipped_unreachable" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "labour_settings" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"weights" jsonb NOT NULL,
	"weekly_cap" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "labour_workers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"county_code" text NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"education" text,
	"work_history" text,
	"wish" text NOT NULL,
	"wished_wage_fen" bigint,
	"available_from" date,
	"has_consent" boolean DEFAULT true NOT NULL,
	"status" text DEFAULT 'available' NOT NULL,
	"account_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "labour_application_events" ADD CONSTRAINT "labour_application_events_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_application_events" ADD CONSTRAINT "labour_application_events_application_id_labour_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."labour_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_application_events" ADD CONSTRAINT "labour_application_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_application_events" ADD CONSTRAINT "labour_application_events_account_id_external_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."external_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_applications" ADD CONSTRAINT "labour_applications_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_applications" ADD CONSTRAINT "labour_applications_post_id_labour_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."labour_posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_applications" ADD CONSTRAINT "labour_applications_worker_id_labour_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."labour_workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_applications" ADD CONSTRAINT "labour_applications_push_id_labour_pushes_id_fk" FOREIGN KEY ("push_id") REFERENCES "public"."labour_pushes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_employers" ADD CONSTRAINT "labour_employers_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_employers" ADD CONSTRAINT "labour_employers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_followups" ADD CONSTRAINT "labour_followups_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_followups" ADD CONSTRAINT "labour_followups_application_id_labour_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."labour_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_posts" ADD CONSTRAINT "labour_posts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_posts" ADD CONSTRAINT "labour_posts_employer_id_labour_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."labour_employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_posts" ADD CONSTRAINT "labour_posts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_posts" ADD CONSTRAINT "labour_posts_created_by_account_external_accounts_id_fk" FOREIGN KEY ("created_by_account") REFERENCES "public"."external_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_push_recipients" ADD CONSTRAINT "labour_push_recipients_push_id_labour_pushes_id_fk" FOREIGN KEY ("push_id") REFERENCES "public"."labour_pushes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_push_recipients" ADD CONSTRAINT "labour_push_recipients_worker_id_labour_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."labour_workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_push_recipients" ADD CONSTRAINT "labour_push_recipients_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_pushes" ADD CONSTRAINT "labour_pushes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_pushes" ADD CONSTRAINT "labour_pushes_post_id_labour_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."labour_posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_pushes" ADD CONSTRAINT "labour_pushes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_settings" ADD CONSTRAINT "labour_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_workers" ADD CONSTRAINT "labour_workers_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_workers" ADD CONSTRAINT "labour_workers_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_workers" ADD CONSTRAINT "labour_workers_account_id_external_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."external_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "labour_applications_post_worker_uq" ON "labour_applications" USING btree ("post_id","worker_id");--> statement-breakpoint
CREATE INDEX "labour_applications_worker_idx" ON "labour_applications" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "labour_applications_status_idx" ON "labour_applications" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "labour_employers_code_uq" ON "labour_employers" USING btree ("tenant_id","credit_code");--> statement-breakpoint
CREATE UNIQUE INDEX "labour_followups_app_month_uq" ON "labour_followups" USING btree ("application_id","month");--> statement-breakpoint
CREATE INDEX "labour_followups_due_idx" ON "labour_followups" USING btree ("tenant_id","due_on") WHERE "labour_followups"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "labour_posts_status_idx" ON "labour_posts" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE INDEX "labour_posts_employer_idx" ON "labour_posts" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "labour_push_recipients_worker_idx" ON "labour_push_recipients" USING btree ("worker_id","created_at");--> statement-breakpoint
CREATE INDEX "labour_push_recipients_post_idx" ON "labour_push_recipients" USING btree ("post_id","worker_id");--> statement-breakpoint
CREATE UNIQUE INDEX "labour_workers_person_uq" ON "labour_workers" USING btree ("tenant_id","person_id");--> statement-breakpoint
CREATE INDEX "labour_workers_county_idx" ON "labour_workers" USING btree ("tenant_id","county_code","status");
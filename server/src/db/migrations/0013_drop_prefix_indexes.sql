DROP INDEX "records_tenant_year_idx";--> statement-breakpoint
DROP INDEX "records_unit_idx";
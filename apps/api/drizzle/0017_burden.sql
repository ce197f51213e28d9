CREATE TABLE "burden_abolished_certificates" (
	"id" serial PRIMARY KEY NOT NULL,
	"list_name" text NOT NULL,
	"owner_code" text NOT NULL,
	"name" text NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "burden_assignments" (
	"id" serial PRIMARY KEY NOT NULL,
	"matter_id" integer NOT NULL,
	"community_code" text NOT NULL,
	"role" text NOT NULL,
	"assigned_by_user_id" integer NOT NULL,
	"assigned_by_name" text NOT NULL,
	"unit_name" text NOT NULL,
	"unit_code" text NOT NULL,
	"assigned_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "burden_certificates" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_code" text NOT NULL,
	"name" text NOT NULL,
	"basis" text NOT NULL,
	"recorded_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "burden_matter_requests" (
	"request_id" integer PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"area" text NOT NULL,
	"legal_basis" text NOT NULL,
	"requesting_dept" text NOT NULL,
	"owner_code" text NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"matter_id" integer
);
--> statement-breakpoint
CREATE TABLE "burden_matter_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"matter_id" integer NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"changed_by_name" text NOT NULL,
	"reason" text NOT NULL,
	"request_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "burden_matters" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"area" text NOT NULL,
	"legal_basis" text NOT NULL,
	"requesting_dept" text NOT NULL,
	"approving_body" text NOT NULL,
	"owner_code" text NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "burden_platforms" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"owner_dept" text NOT NULL,
	"purpose" text NOT NULL,
	"served_prefix" text NOT NULL,
	"recorded_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "burden_secondments" (
	"request_id" integer PRIMARY KEY NOT NULL,
	"worker_id" integer NOT NULL,
	"community_code" text NOT NULL,
	"borrowing_org_name" text NOT NULL,
	"borrowing_org_level" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"reason" text NOT NULL,
	"ended_on" date,
	"ended_by_name" text
);
--> statement-breakpoint
CREATE TABLE "burden_settings" (
	"owner_code" text PRIMARY KEY NOT NULL,
	"max_external_signboards" integer NOT NULL,
	"max_certificates" integer NOT NULL,
	"max_platforms" integer NOT NULL,
	"updated_by_name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "burden_signboards" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_code" text NOT NULL,
	"name" text NOT NULL,
	"issuing_dept" text NOT NULL,
	"kind" text NOT NULL,
	"approved" boolean NOT NULL,
	"recorded_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "burden_assignments" ADD CONSTRAINT "burden_assignments_matter_id_burden_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."burden_matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burden_matter_requests" ADD CONSTRAINT "burden_matter_requests_request_id_workflow_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."workflow_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burden_matter_requests" ADD CONSTRAINT "burden_matter_requests_matter_id_burden_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."burden_matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burden_matter_versions" ADD CONSTRAINT "burden_matter_versions_matter_id_burden_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."burden_matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burden_secondments" ADD CONSTRAINT "burden_secondments_request_id_workflow_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."workflow_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burden_secondments" ADD CONSTRAINT "burden_secondments_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "burden_abolished_certificates_uq" ON "burden_abolished_certificates" USING btree ("list_name","name");--> statement-breakpoint
CREATE INDEX "burden_assignments_community_c_idx" ON "burden_assignments" USING btree (("community_code" collate "C"));--> statement-breakpoint
CREATE INDEX "burden_assignments_matter_idx" ON "burden_assignments" USING btree ("matter_id");--> statement-breakpoint
CREATE INDEX "burden_certificates_community_c_idx" ON "burden_certificates" USING btree (("community_code" collate "C"));--> statement-breakpoint
CREATE UNIQUE INDEX "burden_matter_versions_uq" ON "burden_matter_versions" USING btree ("matter_id","version");--> statement-breakpoint
CREATE INDEX "burden_matters_owner_c_idx" ON "burden_matters" USING btree (("owner_code" collate "C"));--> statement-breakpoint
CREATE INDEX "burden_matters_name_idx" ON "burden_matters" USING btree ("name");--> statement-breakpoint
CREATE INDEX "burden_platforms_prefix_c_idx" ON "burden_platforms" USING btree (("served_prefix" collate "C"));--> statement-breakpoint
CREATE INDEX "burden_secondments_worker_idx" ON "burden_secondments" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "burden_secondments_community_c_idx" ON "burden_secondments" USING btree (("community_code" collate "C"));--> statement-breakpoint
CREATE INDEX "burden_signboards_community_c_idx" ON "burden_signboards" USING btree (("community_code" collate "C"));
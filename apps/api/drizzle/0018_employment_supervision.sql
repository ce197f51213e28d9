CREATE TABLE "community_placements" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_name" text NOT NULL,
	"source_unit" text NOT NULL,
	"kind" text NOT NULL,
	"community_code" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"tasks" text NOT NULL,
	"recorded_by_user_id" integer,
	"recorded_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employment_terms" (
	"worker_id" integer PRIMARY KEY NOT NULL,
	"applicable" boolean DEFAULT true NOT NULL,
	"not_applicable_reason" text,
	"pension" boolean DEFAULT false NOT NULL,
	"medical" boolean DEFAULT false NOT NULL,
	"unemployment" boolean DEFAULT false NOT NULL,
	"injury" boolean DEFAULT false NOT NULL,
	"maternity" boolean DEFAULT false NOT NULL,
	"housing_fund" boolean DEFAULT false NOT NULL,
	"base_month" text,
	"updated_by_name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "labour_contracts" (
	"id" serial PRIMARY KEY NOT NULL,
	"worker_id" integer NOT NULL,
	"employer_code" text NOT NULL,
	"contract_no" text NOT NULL,
	"kind" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"signed_on" date NOT NULL,
	"previous_id" integer,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by_user_id" integer,
	"recorded_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "probation_screenings" (
	"id" serial PRIMARY KEY NOT NULL,
	"worker_id" integer NOT NULL,
	"community_code" text NOT NULL,
	"result" text NOT NULL,
	"screened_on" date NOT NULL,
	"probation_end" date NOT NULL,
	"opinion" text NOT NULL,
	"recorded_by_user_id" integer NOT NULL,
	"recorded_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "secretary_filings" (
	"request_id" integer PRIMARY KEY NOT NULL,
	"worker_id" integer NOT NULL,
	"community_code" text NOT NULL,
	"appointed_on" date NOT NULL,
	"document_no" text NOT NULL,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "affairs_disclosures" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_code" text NOT NULL,
	"kind" text NOT NULL,
	"period" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"disclosed_on" date NOT NULL,
	"channel" text NOT NULL,
	"checked_on" date,
	"checked_by" text,
	"check_result" text,
	"check_note" text DEFAULT '' NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_findings" (
	"id" serial PRIMARY KEY NOT NULL,
	"audit_id" integer NOT NULL,
	"category" text NOT NULL,
	"description" text NOT NULL,
	"amount" numeric(14, 2),
	"rectify_by" date NOT NULL,
	"status" text NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"rectified_on" date,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "community_public_pages" (
	"community_code" text PRIMARY KEY NOT NULL,
	"published" boolean NOT NULL,
	"changed_by" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "duty_disclosures" (
	"worker_id" integer PRIMARY KEY NOT NULL,
	"post" text NOT NULL,
	"duty" text NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "economic_audits" (
	"id" serial PRIMARY KEY NOT NULL,
	"worker_id" integer NOT NULL,
	"community_code" text NOT NULL,
	"position" text NOT NULL,
	"kind" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"audit_body" text NOT NULL,
	"started_on" date NOT NULL,
	"reported_on" date,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_commitments" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_code" text NOT NULL,
	"content" text NOT NULL,
	"effective_from" date NOT NULL,
	"withdrawn_on" date,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_talks" (
	"id" serial PRIMARY KEY NOT NULL,
	"worker_id" integer NOT NULL,
	"talked_on" date NOT NULL,
	"talker_name" text NOT NULL,
	"talker_role" text NOT NULL,
	"kind" text NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"content" text NOT NULL,
	"follow_up" text DEFAULT '' NOT NULL,
	"next_talk_on" date,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "community_placements" ADD CONSTRAINT "community_placements_community_code_org_units_code_fk" FOREIGN KEY ("community_code") REFERENCES "public"."org_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employment_terms" ADD CONSTRAINT "employment_terms_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_contracts" ADD CONSTRAINT "labour_contracts_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_contracts" ADD CONSTRAINT "labour_contracts_employer_code_org_units_code_fk" FOREIGN KEY ("employer_code") REFERENCES "public"."org_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_screenings" ADD CONSTRAINT "probation_screenings_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_filings" ADD CONSTRAINT "secretary_filings_request_id_workflow_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."workflow_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_filings" ADD CONSTRAINT "secretary_filings_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affairs_disclosures" ADD CONSTRAINT "affairs_disclosures_community_code_org_units_code_fk" FOREIGN KEY ("community_code") REFERENCES "public"."org_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_findings" ADD CONSTRAINT "audit_findings_audit_id_economic_audits_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."economic_audits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_public_pages" ADD CONSTRAINT "community_public_pages_community_code_org_units_code_fk" FOREIGN KEY ("community_code") REFERENCES "public"."org_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_disclosures" ADD CONSTRAINT "duty_disclosures_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economic_audits" ADD CONSTRAINT "economic_audits_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economic_audits" ADD CONSTRAINT "economic_audits_community_code_org_units_code_fk" FOREIGN KEY ("community_code") REFERENCES "public"."org_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_commitments" ADD CONSTRAINT "service_commitments_community_code_org_units_code_fk" FOREIGN KEY ("community_code") REFERENCES "public"."org_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_talks" ADD CONSTRAINT "supervision_talks_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "community_placements_code_idx" ON "community_placements" USING btree (("community_code" collate "C"),"end_date");--> statement-breakpoint
CREATE INDEX "labour_contracts_worker_idx" ON "labour_contracts" USING btree ("worker_id","start_date");--> statement-breakpoint
CREATE UNIQUE INDEX "labour_contracts_previous_uq" ON "labour_contracts" USING btree ("previous_id");--> statement-breakpoint
CREATE INDEX "labour_contracts_employer_idx" ON "labour_contracts" USING btree (("employer_code" collate "C"));--> statement-breakpoint
CREATE UNIQUE INDEX "probation_screenings_worker_uq" ON "probation_screenings" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "probation_screenings_code_idx" ON "probation_screenings" USING btree (("community_code" collate "C"));--> statement-breakpoint
CREATE INDEX "secretary_filings_worker_idx" ON "secretary_filings" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "secretary_filings_code_idx" ON "secretary_filings" USING btree (("community_code" collate "C"));--> statement-breakpoint
CREATE INDEX "affairs_disclosures_community_c_idx" ON "affairs_disclosures" USING btree (("community_code" collate "C"),"period");--> statement-breakpoint
CREATE INDEX "audit_findings_audit_idx" ON "audit_findings" USING btree ("audit_id");--> statement-breakpoint
CREATE INDEX "economic_audits_community_c_idx" ON "economic_audits" USING btree (("community_code" collate "C"));--> statement-breakpoint
CREATE INDEX "economic_audits_worker_idx" ON "economic_audits" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "service_commitments_community_c_idx" ON "service_commitments" USING btree (("community_code" collate "C"));--> statement-breakpoint
CREATE INDEX "supervision_talks_worker_idx" ON "supervision_talks" USING btree ("worker_id","talked_on");
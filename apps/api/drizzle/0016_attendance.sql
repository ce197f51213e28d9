CREATE TABLE "attendance_corrections" (
	"request_id" integer PRIMARY KEY NOT NULL,
	"worker_id" integer NOT NULL,
	"work_date" date NOT NULL,
	"kind" text NOT NULL,
	"clock_time" text NOT NULL,
	"reason" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attendance_punches" (
	"id" serial PRIMARY KEY NOT NULL,
	"worker_id" integer NOT NULL,
	"community_code" text NOT NULL,
	"work_date" date NOT NULL,
	"kind" text NOT NULL,
	"clock_time" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"corrected" boolean DEFAULT false NOT NULL,
	"correction_request_id" integer,
	"recorded_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attendance_schedules" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_code" text NOT NULL,
	"work_start" text NOT NULL,
	"work_end" text NOT NULL,
	"grace_minutes" integer NOT NULL,
	"workdays" jsonb NOT NULL,
	"effective_from" date NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"community_code" text NOT NULL,
	"worker_id" integer,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"filed_by_user_id" integer NOT NULL,
	"filed_by_name" text NOT NULL,
	"filed_on" date NOT NULL,
	"filed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_on" date NOT NULL,
	"decision" text,
	"answer" text,
	"answered_by_name" text,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "attendance_corrections" ADD CONSTRAINT "attendance_corrections_request_id_workflow_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."workflow_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_corrections" ADD CONSTRAINT "attendance_corrections_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_punches" ADD CONSTRAINT "attendance_punches_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_punches" ADD CONSTRAINT "attendance_punches_correction_request_id_workflow_requests_id_fk" FOREIGN KEY ("correction_request_id") REFERENCES "public"."workflow_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_reports" ADD CONSTRAINT "work_reports_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attendance_corrections_worker_idx" ON "attendance_corrections" USING btree ("worker_id","work_date");--> statement-breakpoint
CREATE UNIQUE INDEX "attendance_punches_day_uq" ON "attendance_punches" USING btree ("worker_id","work_date","kind");--> statement-breakpoint
CREATE INDEX "attendance_punches_community_idx" ON "attendance_punches" USING btree (("community_code" collate "C"),"work_date");--> statement-breakpoint
CREATE UNIQUE INDEX "attendance_schedules_org_from_uq" ON "attendance_schedules" USING btree ("org_code","effective_from");--> statement-breakpoint
CREATE INDEX "attendance_schedules_org_idx" ON "attendance_schedules" USING btree (("org_code" collate "C"));--> statement-breakpoint
CREATE INDEX "work_reports_community_idx" ON "work_reports" USING btree (("community_code" collate "C"),"due_on");--> statement-breakpoint
CREATE INDEX "work_reports_filer_idx" ON "work_reports" USING btree ("filed_by_user_id");--> statement-breakpoint
ALTER TABLE "attendance_punches" ADD CONSTRAINT "attendance_punches_kind_ck" CHECK ("kind" in ('in', 'out'));--> statement-breakpoint
ALTER TABLE "work_reports" ADD CONSTRAINT "work_reports_kind_ck" CHECK ("kind" in ('请示', '报告'));

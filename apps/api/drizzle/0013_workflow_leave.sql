CREATE TABLE "leave_requests" (
	"request_id" integer PRIMARY KEY NOT NULL,
	"worker_id" integer NOT NULL,
	"leave_type" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"days" integer NOT NULL,
	"reason" text NOT NULL,
	"returned_on" date
);
--> statement-breakpoint
CREATE TABLE "workflow_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"subject_worker_id" integer,
	"subject_code" text NOT NULL,
	"requester_user_id" integer NOT NULL,
	"requester_name" text NOT NULL,
	"definition" jsonb NOT NULL,
	"state" jsonb NOT NULL,
	"status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "leave_requests" ADD CONSTRAINT "leave_requests_request_id_workflow_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."workflow_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leave_requests" ADD CONSTRAINT "leave_requests_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_requests" ADD CONSTRAINT "workflow_requests_subject_worker_id_workers_id_fk" FOREIGN KEY ("subject_worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "leave_requests_worker_idx" ON "leave_requests" USING btree ("worker_id","start_date");--> statement-breakpoint
CREATE INDEX "workflow_requests_subject_idx" ON "workflow_requests" USING btree (("subject_code" collate "C"),"status");--> statement-breakpoint
CREATE INDEX "workflow_requests_requester_idx" ON "workflow_requests" USING btree ("requester_user_id");
CREATE TABLE "assistance_pairs" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_code" text NOT NULL,
	"worker_id" integer NOT NULL,
	"person_name" text NOT NULL,
	"address" text NOT NULL,
	"need_type" text NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"notes" text DEFAULT '' NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "first_inquiries" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_code" text NOT NULL,
	"worker_id" integer NOT NULL,
	"received_on" date NOT NULL,
	"inquirer_name" text,
	"matter" text NOT NULL,
	"resolution" text DEFAULT '' NOT NULL,
	"referred_to" text DEFAULT '' NOT NULL,
	"closed_on" date,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grid_assignments" (
	"id" serial PRIMARY KEY NOT NULL,
	"grid_id" integer NOT NULL,
	"worker_id" integer NOT NULL,
	"role" text NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"assigned_by" text NOT NULL,
	"ended_by" text
);
--> statement-breakpoint
CREATE TABLE "grids" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_code" text NOT NULL,
	"number" text NOT NULL,
	"name" text NOT NULL,
	"households" integer NOT NULL,
	"buildings" text DEFAULT '' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "household_visits" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_code" text NOT NULL,
	"worker_id" integer NOT NULL,
	"grid_id" integer,
	"pair_id" integer,
	"address" text NOT NULL,
	"resident_name" text,
	"resident_phone_masked" text,
	"visited_on" date NOT NULL,
	"category" text NOT NULL,
	"notes" text NOT NULL,
	"follow_up" boolean DEFAULT false NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proxy_services" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_code" text NOT NULL,
	"worker_id" integer NOT NULL,
	"category" text NOT NULL,
	"matter" text NOT NULL,
	"requester_name" text,
	"requester_address" text NOT NULL,
	"accepted_on" date NOT NULL,
	"status" text NOT NULL,
	"completed_on" date,
	"outcome" text DEFAULT '' NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assistance_pairs" ADD CONSTRAINT "assistance_pairs_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "first_inquiries" ADD CONSTRAINT "first_inquiries_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid_assignments" ADD CONSTRAINT "grid_assignments_grid_id_grids_id_fk" FOREIGN KEY ("grid_id") REFERENCES "public"."grids"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid_assignments" ADD CONSTRAINT "grid_assignments_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_visits" ADD CONSTRAINT "household_visits_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_visits" ADD CONSTRAINT "household_visits_grid_id_grids_id_fk" FOREIGN KEY ("grid_id") REFERENCES "public"."grids"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_visits" ADD CONSTRAINT "household_visits_pair_id_assistance_pairs_id_fk" FOREIGN KEY ("pair_id") REFERENCES "public"."assistance_pairs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxy_services" ADD CONSTRAINT "proxy_services_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assistance_pairs_community_c_idx" ON "assistance_pairs" USING btree (("community_code" collate "C"));--> statement-breakpoint
CREATE INDEX "assistance_pairs_worker_idx" ON "assistance_pairs" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "first_inquiries_community_c_idx" ON "first_inquiries" USING btree (("community_code" collate "C"),"received_on");--> statement-breakpoint
CREATE INDEX "first_inquiries_worker_idx" ON "first_inquiries" USING btree ("worker_id");--> statement-breakpoint
CREATE UNIQUE INDEX "grid_assignments_worker_current_uq" ON "grid_assignments" USING btree ("worker_id") WHERE "grid_assignments"."ended_on" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "grid_assignments_leader_current_uq" ON "grid_assignments" USING btree ("grid_id") WHERE "grid_assignments"."ended_on" is null and "grid_assignments"."role" = '网格长';--> statement-breakpoint
CREATE INDEX "grid_assignments_grid_idx" ON "grid_assignments" USING btree ("grid_id");--> statement-breakpoint
CREATE UNIQUE INDEX "grids_community_number_uq" ON "grids" USING btree ("community_code","number");--> statement-breakpoint
CREATE INDEX "grids_community_c_idx" ON "grids" USING btree (("community_code" collate "C"));--> statement-breakpoint
CREATE INDEX "household_visits_community_c_idx" ON "household_visits" USING btree (("community_code" collate "C"),"visited_on");--> statement-breakpoint
CREATE INDEX "household_visits_worker_idx" ON "household_visits" USING btree ("worker_id","visited_on");--> statement-breakpoint
CREATE INDEX "household_visits_pair_idx" ON "household_visits" USING btree ("pair_id");--> statement-breakpoint
CREATE INDEX "proxy_services_community_c_idx" ON "proxy_services" USING btree (("community_code" collate "C"),"accepted_on");--> statement-breakpoint
CREATE INDEX "proxy_services_worker_idx" ON "proxy_services" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "proxy_services_status_idx" ON "proxy_services" USING btree ("status","accepted_on");--> statement-breakpoint
-- Hand-written: the proxy-service states and their completion date hold whatever the writer.
ALTER TABLE "proxy_services" ADD CONSTRAINT "proxy_services_status_ck" CHECK ("status" in ('受理', '办理中', '办结', '退回'));--> statement-breakpoint
ALTER TABLE "proxy_services" ADD CONSTRAINT "proxy_services_completed_ck" CHECK (("status" in ('办结', '退回')) = ("completed_on" is not null));--> statement-breakpoint
ALTER TABLE "grid_assignments" ADD CONSTRAINT "grid_assignments_role_ck" CHECK ("role" in ('网格长', '网格员'));

CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" integer,
	"actor_name" text,
	"ip" text,
	"action" text NOT NULL,
	"object_type" text,
	"object_id" text,
	"outcome" text NOT NULL,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "org_units" (
	"code" text PRIMARY KEY NOT NULL,
	"parent_code" text,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"street_kind" text,
	"committee_kind" text,
	"ur_code" text
);
--> statement-breakpoint
CREATE TABLE "population_facts" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_code" text NOT NULL,
	"year" integer NOT NULL,
	"total_population" integer,
	"urban_population" integer,
	"households" integer,
	"source" text NOT NULL,
	"recorded_by_user_id" integer,
	"recorded_by_name" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"scope_code" text NOT NULL,
	"worker_id" integer,
	"active" boolean DEFAULT true NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "worker_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"worker_id" integer NOT NULL,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" integer,
	"actor_name" text NOT NULL,
	"source" text NOT NULL,
	"summary" text NOT NULL,
	"changes" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workers" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"id_number_cipher" text NOT NULL,
	"id_number_key_id" text NOT NULL,
	"id_number_bidx" text NOT NULL,
	"id_tail4_bidx" text NOT NULL,
	"id_tail6_bidx" text NOT NULL,
	"id_number_masked" text NOT NULL,
	"gender" text NOT NULL,
	"gender_code" text NOT NULL,
	"birth_date" date NOT NULL,
	"ethnicity" text NOT NULL,
	"ethnicity_code" text NOT NULL,
	"phone_cipher" text,
	"phone_key_id" text,
	"phone_bidx" text,
	"phone_masked" text,
	"political_status" text NOT NULL,
	"political_status_code" text NOT NULL,
	"party_join_date" date,
	"education" text NOT NULL,
	"education_code" text NOT NULL,
	"full_time_school" text,
	"full_time_major" text,
	"in_service_education" text,
	"in_service_education_code" text,
	"in_service_school" text,
	"in_service_major" text,
	"sw_qualification" text NOT NULL,
	"sw_cert_no" text,
	"sw_cert_date" date,
	"category" text NOT NULL,
	"post_class" text NOT NULL,
	"positions" text[] DEFAULT '{}'::text[] NOT NULL,
	"street_code" text NOT NULL,
	"community_code" text NOT NULL,
	"recruit_level" text,
	"source_channel" text NOT NULL,
	"former_funding_dept" text,
	"work_start_date" date NOT NULL,
	"community_start_date" date NOT NULL,
	"contract_start" date,
	"contract_end" date,
	"probation_end" date,
	"native_place" text,
	"lives_in_community" boolean,
	"status" text NOT NULL,
	"exit_type" text,
	"exit_date" date,
	"exit_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "population_facts" ADD CONSTRAINT "population_facts_org_code_org_units_code_fk" FOREIGN KEY ("org_code") REFERENCES "public"."org_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_history" ADD CONSTRAINT "worker_history_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workers" ADD CONSTRAINT "workers_street_code_org_units_code_fk" FOREIGN KEY ("street_code") REFERENCES "public"."org_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workers" ADD CONSTRAINT "workers_community_code_org_units_code_fk" FOREIGN KEY ("community_code") REFERENCES "public"."org_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");--> statement-breakpoint
CREATE INDEX "org_units_parent_idx" ON "org_units" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "org_units_code_prefix_idx" ON "org_units" USING btree ("code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "population_facts_org_idx" ON "population_facts" USING btree ("org_code","year");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_uq" ON "users" USING btree (lower("username"));--> statement-breakpoint
CREATE INDEX "worker_history_worker_idx" ON "worker_history" USING btree ("worker_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "workers_id_number_bidx_uq" ON "workers" USING btree ("id_number_bidx");--> statement-breakpoint
CREATE INDEX "workers_community_prefix_idx" ON "workers" USING btree ("community_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "workers_tail4_idx" ON "workers" USING btree ("id_tail4_bidx");--> statement-breakpoint
CREATE INDEX "workers_tail6_idx" ON "workers" USING btree ("id_tail6_bidx");--> statement-breakpoint
CREATE INDEX "workers_name_idx" ON "workers" USING btree ("name");
CREATE TABLE "assessment_appeals" (
	"id" serial PRIMARY KEY NOT NULL,
	"scheme_id" integer NOT NULL,
	"worker_id" integer NOT NULL,
	"reason" text NOT NULL,
	"filed_by" text NOT NULL,
	"filed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text NOT NULL,
	"decision" text,
	"new_grade" text,
	"decided_by" text,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "assessment_participants" (
	"scheme_id" integer NOT NULL,
	"worker_id" integer NOT NULL,
	"survey_token" text NOT NULL,
	CONSTRAINT "assessment_participants_scheme_id_worker_id_pk" PRIMARY KEY("scheme_id","worker_id")
);
--> statement-breakpoint
CREATE TABLE "assessment_results" (
	"scheme_id" integer NOT NULL,
	"worker_id" integer NOT NULL,
	"year" integer NOT NULL,
	"total" numeric(5, 2),
	"grade" text NOT NULL,
	"failing" boolean NOT NULL,
	"capped" boolean NOT NULL,
	"explanation" jsonb NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_results_scheme_id_worker_id_pk" PRIMARY KEY("scheme_id","worker_id")
);
--> statement-breakpoint
CREATE TABLE "assessment_schemes" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_code" text NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"body" jsonb NOT NULL,
	"status" text NOT NULL,
	"survey_opens" date NOT NULL,
	"survey_closes" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" text,
	"published_at" timestamp with time zone,
	"results_published_by" text,
	"results_published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "assessment_scores" (
	"scheme_id" integer NOT NULL,
	"worker_id" integer NOT NULL,
	"dimension" text NOT NULL,
	"score" numeric(5, 2) NOT NULL,
	"entered_by" text NOT NULL,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_scores_scheme_id_worker_id_dimension_pk" PRIMARY KEY("scheme_id","worker_id","dimension")
);
--> statement-breakpoint
CREATE TABLE "conduct_notes" (
	"id" serial PRIMARY KEY NOT NULL,
	"worker_id" integer NOT NULL,
	"occurred_on" date NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"follow_up" text DEFAULT '' NOT NULL,
	"resolved" boolean DEFAULT false NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "error_tolerance_decisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"worker_id" integer NOT NULL,
	"decided_on" date NOT NULL,
	"matter" text NOT NULL,
	"decision" text NOT NULL,
	"basis" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_codes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"scheme_id" integer NOT NULL,
	"worker_id" integer NOT NULL,
	"phone_bidx" text NOT NULL,
	"code_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"used_at" timestamp with time zone,
	"client_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"scheme_id" integer NOT NULL,
	"worker_id" integer NOT NULL,
	"phone_bidx" text NOT NULL,
	"level" text NOT NULL,
	"respondent_type" text NOT NULL,
	"ordinary" boolean NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessment_appeals" ADD CONSTRAINT "assessment_appeals_scheme_id_assessment_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."assessment_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_appeals" ADD CONSTRAINT "assessment_appeals_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_participants" ADD CONSTRAINT "assessment_participants_scheme_id_assessment_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."assessment_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_participants" ADD CONSTRAINT "assessment_participants_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_scheme_id_assessment_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."assessment_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_scores" ADD CONSTRAINT "assessment_scores_scheme_id_assessment_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."assessment_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_scores" ADD CONSTRAINT "assessment_scores_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_notes" ADD CONSTRAINT "conduct_notes_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "error_tolerance_decisions" ADD CONSTRAINT "error_tolerance_decisions_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_scheme_id_assessment_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."assessment_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_appeals_scheme_idx" ON "assessment_appeals" USING btree ("scheme_id","worker_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_participants_token_uq" ON "assessment_participants" USING btree ("survey_token");--> statement-breakpoint
CREATE INDEX "assessment_participants_worker_idx" ON "assessment_participants" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "assessment_results_worker_idx" ON "assessment_results" USING btree ("worker_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_schemes_org_year_uq" ON "assessment_schemes" USING btree ("org_code","year");--> statement-breakpoint
CREATE INDEX "conduct_notes_worker_idx" ON "conduct_notes" USING btree ("worker_id","occurred_on");--> statement-breakpoint
CREATE INDEX "error_tolerance_worker_idx" ON "error_tolerance_decisions" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "survey_codes_phone_idx" ON "survey_codes" USING btree ("phone_bidx","created_at");--> statement-breakpoint
CREATE INDEX "survey_codes_client_idx" ON "survey_codes" USING btree ("client_key","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_once_uq" ON "survey_responses" USING btree ("scheme_id","worker_id","phone_bidx");
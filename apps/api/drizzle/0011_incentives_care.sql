CREATE TABLE "care_visits" (
	"id" serial PRIMARY KEY NOT NULL,
	"worker_id" integer NOT NULL,
	"occasion" text NOT NULL,
	"visited_on" date NOT NULL,
	"visitors" text NOT NULL,
	"content" text NOT NULL,
	"amount" numeric(10, 2),
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "career_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"worker_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"level" text NOT NULL,
	"occurred_on" date NOT NULL,
	"issuer" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "difficulties" (
	"id" serial PRIMARY KEY NOT NULL,
	"worker_id" integer NOT NULL,
	"category" text NOT NULL,
	"content" text NOT NULL,
	"submitted_by" text NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_on" date NOT NULL,
	"status" text NOT NULL,
	"answer" text,
	"answered_by" text,
	"answered_at" timestamp with time zone,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "health_checks" (
	"worker_id" integer NOT NULL,
	"year" integer NOT NULL,
	"scheduled_on" date,
	"completed_on" date,
	"institution" text DEFAULT '' NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "health_checks_worker_id_year_pk" PRIMARY KEY("worker_id","year")
);
--> statement-breakpoint
CREATE TABLE "political_vettings" (
	"id" serial PRIMARY KEY NOT NULL,
	"worker_id" integer NOT NULL,
	"vetted_on" date NOT NULL,
	"vetting_body" text NOT NULL,
	"conduct_record" text NOT NULL,
	"result" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reserve_candidates" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_code" text NOT NULL,
	"worker_id" integer,
	"name" text NOT NULL,
	"gender" text,
	"birth_year" integer,
	"education" text,
	"political_status" text,
	"source" text NOT NULL,
	"target_post" text NOT NULL,
	"nominated_on" date NOT NULL,
	"nominated_by" text NOT NULL,
	"measures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text NOT NULL,
	"review" text DEFAULT '' NOT NULL,
	"reviewed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "care_visits" ADD CONSTRAINT "care_visits_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_events" ADD CONSTRAINT "career_events_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "difficulties" ADD CONSTRAINT "difficulties_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_checks" ADD CONSTRAINT "health_checks_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "political_vettings" ADD CONSTRAINT "political_vettings_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reserve_candidates" ADD CONSTRAINT "reserve_candidates_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "care_visits_worker_idx" ON "care_visits" USING btree ("worker_id","visited_on");--> statement-breakpoint
CREATE INDEX "career_events_worker_idx" ON "career_events" USING btree ("worker_id","occurred_on");--> statement-breakpoint
CREATE INDEX "difficulties_worker_idx" ON "difficulties" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "difficulties_status_idx" ON "difficulties" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "political_vettings_worker_idx" ON "political_vettings" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "reserve_candidates_community_idx" ON "reserve_candidates" USING btree (("community_code" collate "C"));
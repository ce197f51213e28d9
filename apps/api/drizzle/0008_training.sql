CREATE TABLE "trainers" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_code" text NOT NULL,
	"name" text NOT NULL,
	"affiliation" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"topics" text[] NOT NULL,
	"intro" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_enrolments" (
	"programme_id" integer NOT NULL,
	"worker_id" integer NOT NULL,
	"attended" boolean,
	"hours" numeric(6, 1),
	"online_hours" numeric(6, 1),
	"result" text,
	"completed" boolean DEFAULT false NOT NULL,
	"enrolled_by" text NOT NULL,
	"enrolled_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" text,
	"recorded_at" timestamp with time zone,
	CONSTRAINT "training_enrolments_programme_id_worker_id_pk" PRIMARY KEY("programme_id","worker_id")
);
--> statement-breakpoint
CREATE TABLE "training_programmes" (
	"id" serial PRIMARY KEY NOT NULL,
	"organiser_code" text NOT NULL,
	"title" text NOT NULL,
	"tier" text NOT NULL,
	"kind" text NOT NULL,
	"topics" text[] NOT NULL,
	"mode" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"hours" numeric(6, 1) NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"trainer_ids" integer[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_resources" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_code" text NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"topics" text[] NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_programme_id_training_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."training_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "trainers_org_idx" ON "trainers" USING btree (("org_code" collate "C"));--> statement-breakpoint
CREATE INDEX "training_enrolments_worker_idx" ON "training_enrolments" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "training_programmes_org_idx" ON "training_programmes" USING btree (("organiser_code" collate "C"),"start_date");--> statement-breakpoint
CREATE INDEX "training_resources_org_idx" ON "training_resources" USING btree (("org_code" collate "C"));
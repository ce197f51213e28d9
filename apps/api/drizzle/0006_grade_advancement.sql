CREATE TABLE "grade_batch_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"batch_id" integer NOT NULL,
	"worker_id" integer NOT NULL,
	"name" text NOT NULL,
	"community_name" text NOT NULL,
	"post_class" text NOT NULL,
	"pack_id" text NOT NULL,
	"community_years" integer NOT NULL,
	"from_grade" integer,
	"to_grade" integer NOT NULL,
	"applied" boolean
);
--> statement-breakpoint
CREATE TABLE "grade_batches" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_code" text NOT NULL,
	"org_name" text NOT NULL,
	"year" integer NOT NULL,
	"effective_from" date NOT NULL,
	"status" text NOT NULL,
	"workers" integer NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approved_by" text,
	"approved_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "workers" ADD COLUMN "grade" integer;--> statement-breakpoint
ALTER TABLE "workers" ADD COLUMN "grade_pack_id" text;--> statement-breakpoint
ALTER TABLE "workers" ADD COLUMN "grade_effective_from" date;--> statement-breakpoint
ALTER TABLE "grade_batch_items" ADD CONSTRAINT "grade_batch_items_batch_id_grade_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."grade_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grade_batch_items" ADD CONSTRAINT "grade_batch_items_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "grade_batch_items_batch_idx" ON "grade_batch_items" USING btree ("batch_id","worker_id");--> statement-breakpoint
CREATE INDEX "grade_batches_org_idx" ON "grade_batches" USING btree ("org_code","year");
CREATE TABLE "grading_packs" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"org_code" text NOT NULL,
	"status" text NOT NULL,
	"effective_from" date NOT NULL,
	"body" jsonb NOT NULL,
	"shipped" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "grading_packs_org_idx" ON "grading_packs" USING btree ("org_code","status");
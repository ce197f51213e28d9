-- Import staging is scratch data: UNLOGGED skips the WAL for it (drizzle's schema cannot express this).
-- The classification moves to a narrow table so that re-classifying never rewrites the wide staged rows.
CREATE UNLOGGED TABLE "import_row_actions" (
	"job_id" integer NOT NULL,
	"row_number" integer NOT NULL,
	"action" text NOT NULL,
	"target_worker_id" integer,
	"duplicate_of" integer,
	CONSTRAINT "import_row_actions_job_id_row_number_pk" PRIMARY KEY("job_id","row_number")
);
--> statement-breakpoint
ALTER TABLE "import_rows" DROP COLUMN "action";--> statement-breakpoint
ALTER TABLE "import_rows" DROP COLUMN "target_worker_id";--> statement-breakpoint
ALTER TABLE "import_rows" SET UNLOGGED;

CREATE TABLE "security_policy" (
	"id" integer PRIMARY KEY NOT NULL,
	"password_min_length" integer NOT NULL,
	"password_min_classes" integer NOT NULL,
	"password_history" integer NOT NULL,
	"login_max_failures" integer NOT NULL,
	"login_lock_minutes" integer NOT NULL,
	"login_rate_per_minute" integer NOT NULL,
	"session_idle_minutes" integer NOT NULL,
	"session_max_hours" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	CONSTRAINT "security_policy_single_row" CHECK ("security_policy"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "security_policy" ADD CONSTRAINT "security_policy_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
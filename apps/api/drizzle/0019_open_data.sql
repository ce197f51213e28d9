CREATE TABLE "open_api_calls" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"key_id" integer,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"method" text NOT NULL,
	"path" text NOT NULL,
	"status" integer NOT NULL,
	"rows" integer DEFAULT 0 NOT NULL,
	"ip" text,
	"duration_ms" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "open_api_keys" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"contact" text NOT NULL,
	"scope_code" text NOT NULL,
	"fields" text[] NOT NULL,
	"secret_hash" text NOT NULL,
	"hint" text NOT NULL,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_user_id" integer,
	"created_by_name" text NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by_name" text
);
--> statement-breakpoint
ALTER TABLE "worker_history" ADD COLUMN "xid" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
ALTER TABLE "open_api_calls" ADD CONSTRAINT "open_api_calls_key_id_open_api_keys_id_fk" FOREIGN KEY ("key_id") REFERENCES "public"."open_api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "open_api_keys" ADD CONSTRAINT "open_api_keys_scope_code_org_units_code_fk" FOREIGN KEY ("scope_code") REFERENCES "public"."org_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "open_api_calls_key_idx" ON "open_api_calls" USING btree ("key_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "open_api_keys_secret_hash_uq" ON "open_api_keys" USING btree ("secret_hash");--> statement-breakpoint
CREATE INDEX "worker_history_xid_idx" ON "worker_history" USING btree ("xid","id");
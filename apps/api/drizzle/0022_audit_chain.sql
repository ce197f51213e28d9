CREATE TABLE "audit_chain_state" (
	"id" smallint PRIMARY KEY NOT NULL,
	"head_id" bigint NOT NULL,
	"head_hash" text NOT NULL,
	"anchor_id" bigint NOT NULL,
	"anchor_hash" text NOT NULL,
	"purged_at" timestamp with time zone,
	"purged_before" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "hash" text;
CREATE TABLE "org_stat_counters" (
	"org_code" text NOT NULL,
	"dim" text NOT NULL,
	"value" text NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "org_stat_counters_org_code_dim_value_pk" PRIMARY KEY("org_code","dim","value")
);
--> statement-breakpoint
CREATE TABLE "quota_ceilings" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_code" text NOT NULL,
	"ceiling" integer NOT NULL,
	"effective_from" date NOT NULL,
	"reason" text NOT NULL,
	"created_by_user_id" integer,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staffing_rules" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_code" text NOT NULL,
	"mode" text NOT NULL,
	"params" jsonb NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"reason" text NOT NULL,
	"created_by_user_id" integer,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stat_snapshot_values" (
	"snapshot_id" integer NOT NULL,
	"org_code" text NOT NULL,
	"data" jsonb NOT NULL,
	CONSTRAINT "stat_snapshot_values_org_code_snapshot_id_pk" PRIMARY KEY("org_code","snapshot_id")
);
--> statement-breakpoint
CREATE TABLE "stat_snapshots" (
	"id" serial PRIMARY KEY NOT NULL,
	"period" text NOT NULL,
	"kind" text NOT NULL,
	"taken_on" date NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	"taken_by_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "system_state" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "quota_ceilings" ADD CONSTRAINT "quota_ceilings_org_code_org_units_code_fk" FOREIGN KEY ("org_code") REFERENCES "public"."org_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stat_snapshot_values" ADD CONSTRAINT "stat_snapshot_values_snapshot_id_stat_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."stat_snapshots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "quota_ceilings_org_idx" ON "quota_ceilings" USING btree ("org_code","effective_from");--> statement-breakpoint
CREATE INDEX "staffing_rules_org_idx" ON "staffing_rules" USING btree ("org_code");--> statement-breakpoint
CREATE UNIQUE INDEX "stat_snapshots_month_end_uq" ON "stat_snapshots" USING btree ("period") WHERE "stat_snapshots"."kind" = 'month_end';
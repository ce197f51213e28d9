CREATE TABLE "special_allowances" (
	"id" serial PRIMARY KEY NOT NULL,
	"worker_id" integer NOT NULL,
	"kind" text NOT NULL,
	"event" text NOT NULL,
	"basis" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"days" integer NOT NULL,
	"amount" numeric(12, 2),
	"per_day" numeric(12, 2),
	"pay_month" text NOT NULL,
	"recorded_by_user_id" integer,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" text,
	"revoke_reason" text
);
--> statement-breakpoint
ALTER TABLE "special_allowances" ADD CONSTRAINT "special_allowances_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "special_allowances_month_idx" ON "special_allowances" USING btree ("pay_month","worker_id");--> statement-breakpoint
CREATE INDEX "special_allowances_worker_idx" ON "special_allowances" USING btree ("worker_id");
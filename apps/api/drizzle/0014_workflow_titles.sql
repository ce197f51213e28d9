ALTER TABLE "workflow_requests" ADD COLUMN "title" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Leave requests made before titles were stored get the title the inbox used to build for them.
UPDATE "workflow_requests" r SET "title" = w."name" || ' ' || l."leave_type" || ' ' || l."days" || ' 天（' || to_char(l."start_date", 'YYYY-MM-DD') || ' 至 ' || to_char(l."end_date", 'YYYY-MM-DD') || '）'
FROM "leave_requests" l JOIN "workers" w ON w."id" = l."worker_id" WHERE l."request_id" = r."id";

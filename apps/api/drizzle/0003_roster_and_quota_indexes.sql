-- Division codes compare byte-wise: one C-collated index serves the scope prefix and the roster order, and
-- INCLUDE makes a filtered roster count an index-only scan (drizzle's schema cannot express INCLUDE).
DROP INDEX "workers_community_prefix_idx";--> statement-breakpoint
CREATE INDEX "org_units_level_code_idx" ON "org_units" USING btree ("level","code");--> statement-breakpoint
CREATE INDEX "workers_community_c_idx" ON "workers" USING btree (("community_code" collate "C")) INCLUDE ("category", "education", "post_class", "status", "political_status", "sw_qualification", "birth_date");

-- "weekdays 08-16" becomes Monday to Friday 08:00-16:00; anything else had no effect and becomes null.
ALTER TABLE "services" ALTER COLUMN "opening_hours" SET DATA TYPE jsonb USING (
  CASE WHEN "opening_hours" ~ '^weekdays \d{2}-\d{2}$' THEN jsonb_build_array(
      jsonb_build_object('day', 1, 'from', substring("opening_hours" from 10 for 2) || ':00', 'to', substring("opening_hours" from 13 for 2) || ':00'),
      jsonb_build_object('day', 2, 'from', substring("opening_hours" from 10 for 2) || ':00', 'to', substring("opening_hours" from 13 for 2) || ':00'),
      jsonb_build_object('day', 3, 'from', substring("opening_hours" from 10 for 2) || ':00', 'to', substring("opening_hours" from 13 for 2) || ':00'),
      jsonb_build_object('day', 4, 'from', substring("opening_hours" from 10 for 2) || ':00', 'to', substring("opening_hours" from 13 for 2) || ':00'),
      jsonb_build_object('day', 5, 'from', substring("opening_hours" from 10 for 2) || ':00', 'to', substring("opening_hours" from 13 for 2) || ':00'))
  END);--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "visible_from" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "visible_until" timestamp with time zone;--> statement-breakpoint
UPDATE "notices" SET "visible_from" = "published_at";--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "url" text;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_severity" CHECK ("notices"."severity" in ('info', 'warning', 'critical'));--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_window" CHECK ("notices"."visible_until" is null or "notices"."visible_until" >= "notices"."visible_from");
CREATE TABLE "webhook_receipts" (
	"id" text PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "user_emails" ADD COLUMN "reconfirm_due_at" timestamp with time zone;
CREATE TYPE "public"."oidc_auth_method" AS ENUM('client_secret_basic', 'private_key_jwt');--> statement-breakpoint
CREATE TABLE "oidc_clients" (
	"service_id" uuid PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"redirect_uris" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"post_logout_redirect_uris" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"backchannel_logout_uri" text,
	"initiate_login_uri" text,
	"auth_method" "oidc_auth_method" DEFAULT 'client_secret_basic' NOT NULL,
	"jwks_uri" text,
	"secret_hash" text,
	"previous_secret_hash" text,
	"previous_secret_expires_at" timestamp with time zone,
	"scopes" text DEFAULT 'openid profile email groups' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "oidc_clients_client_id_unique" UNIQUE("client_id"),
	CONSTRAINT "oidc_client_credentials" CHECK (("oidc_clients"."auth_method" = 'client_secret_basic' and "oidc_clients"."secret_hash" is not null) or ("oidc_clients"."auth_method" = 'private_key_jwt' and "oidc_clients"."jwks_uri" is not null))
);
--> statement-breakpoint
CREATE TABLE "oidc_logout_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" text NOT NULL,
	"subject" text NOT NULL,
	"sid" text NOT NULL,
	"status" "outbox_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "oidc_models" (
	"kind" text NOT NULL,
	"id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"grant_id" text,
	"user_code" text,
	"uid" text,
	"expires_at" timestamp with time zone,
	"consumed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "oidc_models_kind_id_pk" PRIMARY KEY("kind","id")
);
--> statement-breakpoint
CREATE TABLE "oidc_sign_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" text NOT NULL,
	"user_id" uuid NOT NULL,
	"client_id" text NOT NULL,
	"sid" text NOT NULL,
	"grant_id" text,
	"op_session_uid" text,
	"signed_in_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "oidc_clients" ADD CONSTRAINT "oidc_clients_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oidc_sign_ins" ADD CONSTRAINT "oidc_sign_ins_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oidc_sign_ins" ADD CONSTRAINT "oidc_sign_ins_client_id_oidc_clients_client_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."oidc_clients"("client_id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
CREATE INDEX "oidc_logout_outbox_due" ON "oidc_logout_outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "oidc_models_grant" ON "oidc_models" USING btree ("grant_id");--> statement-breakpoint
CREATE INDEX "oidc_models_uid" ON "oidc_models" USING btree ("kind","uid");--> statement-breakpoint
CREATE INDEX "oidc_models_user_code" ON "oidc_models" USING btree ("kind","user_code");--> statement-breakpoint
CREATE INDEX "oidc_models_expires" ON "oidc_models" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "oidc_sign_ins_session_client" ON "oidc_sign_ins" USING btree ("session_id","client_id");--> statement-breakpoint
CREATE INDEX "oidc_sign_ins_user" ON "oidc_sign_ins" USING btree ("user_id");
CREATE TABLE "figures_reader" (
	"id" uuid PRIMARY KEY NOT NULL,
	"collectivity_id" uuid NOT NULL,
	"label" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "figures_reader_token" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "figures_reader" ADD CONSTRAINT "figures_reader_collectivity_id_collectivity_id_fk" FOREIGN KEY ("collectivity_id") REFERENCES "public"."collectivity"("id") ON DELETE no action ON UPDATE no action;
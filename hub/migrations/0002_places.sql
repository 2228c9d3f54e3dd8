CREATE TABLE "account_block" (
	"collectivity_id" uuid NOT NULL,
	"login" text NOT NULL,
	"disabled" boolean NOT NULL,
	"reason" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "account_block_collectivity_id_login_pk" PRIMARY KEY("collectivity_id","login")
);
--> statement-breakpoint
CREATE TABLE "service" (
	"id" uuid PRIMARY KEY NOT NULL,
	"collectivity_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"name" text NOT NULL,
	"themes" jsonb NOT NULL,
	"level" text,
	"default_duration_min" integer NOT NULL,
	"pass_required" boolean NOT NULL,
	"price_passes" integer NOT NULL,
	"archived" boolean NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workshop" (
	"id" uuid PRIMARY KEY NOT NULL,
	"collectivity_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"themes" jsonb NOT NULL,
	"level" text,
	"date" date NOT NULL,
	"start_time" text NOT NULL,
	"duration_min" integer NOT NULL,
	"capacity" integer,
	"status" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account_block" ADD CONSTRAINT "account_block_collectivity_id_collectivity_id_fk" FOREIGN KEY ("collectivity_id") REFERENCES "public"."collectivity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service" ADD CONSTRAINT "service_collectivity_id_collectivity_id_fk" FOREIGN KEY ("collectivity_id") REFERENCES "public"."collectivity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service" ADD CONSTRAINT "service_site_id_site_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."site"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop" ADD CONSTRAINT "workshop_collectivity_id_collectivity_id_fk" FOREIGN KEY ("collectivity_id") REFERENCES "public"."collectivity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop" ADD CONSTRAINT "workshop_site_id_site_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."site"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "workshop_collectivity_date" ON "workshop" USING btree ("collectivity_id","date");
CREATE TABLE "remote_booking" (
	"id" uuid PRIMARY KEY NOT NULL,
	"collectivity_id" uuid NOT NULL,
	"workshop_id" uuid NOT NULL,
	"from_site_id" uuid NOT NULL,
	"to_site_id" uuid NOT NULL,
	"workshop_date" date NOT NULL,
	"change_seq" bigint NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"identity_purged_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "workshop_seat" (
	"booking_id" uuid PRIMARY KEY NOT NULL,
	"collectivity_id" uuid NOT NULL,
	"workshop_id" uuid NOT NULL,
	"holds" boolean NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "change_log" ADD COLUMN "site_id" uuid;--> statement-breakpoint
ALTER TABLE "remote_booking" ADD CONSTRAINT "remote_booking_collectivity_id_collectivity_id_fk" FOREIGN KEY ("collectivity_id") REFERENCES "public"."collectivity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remote_booking" ADD CONSTRAINT "remote_booking_from_site_id_site_id_fk" FOREIGN KEY ("from_site_id") REFERENCES "public"."site"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remote_booking" ADD CONSTRAINT "remote_booking_to_site_id_site_id_fk" FOREIGN KEY ("to_site_id") REFERENCES "public"."site"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_seat" ADD CONSTRAINT "workshop_seat_collectivity_id_collectivity_id_fk" FOREIGN KEY ("collectivity_id") REFERENCES "public"."collectivity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "remote_booking_purge" ON "remote_booking" USING btree ("workshop_date") WHERE identity_purged_at IS NULL;--> statement-breakpoint
CREATE INDEX "workshop_seat_workshop" ON "workshop_seat" USING btree ("workshop_id");
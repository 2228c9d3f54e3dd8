CREATE TABLE "carnet" (
	"collectivity_id" uuid NOT NULL,
	"number" text NOT NULL,
	"lot_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"state" text NOT NULL,
	"person" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "carnet_collectivity_id_number_pk" PRIMARY KEY("collectivity_id","number")
);
--> statement-breakpoint
CREATE TABLE "change_log" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"collectivity_id" uuid NOT NULL,
	"entity" text NOT NULL,
	"key" text NOT NULL,
	"data" jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "collectivity" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conflict" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collectivity_id" uuid NOT NULL,
	"pass_number" text NOT NULL,
	"winner_op_id" uuid NOT NULL,
	"loser_op_id" uuid NOT NULL,
	"loser_desk_id" uuid NOT NULL,
	"loser_site_id" uuid NOT NULL,
	"loser_desk_at" timestamp with time zone NOT NULL,
	"detected_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deferred_op" (
	"op_id" uuid PRIMARY KEY NOT NULL,
	"desk_id" uuid NOT NULL,
	"epoch" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"schema_version" integer NOT NULL,
	"op" jsonb NOT NULL,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "desk" (
	"id" uuid PRIMARY KEY NOT NULL,
	"collectivity_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"secret_hash" text NOT NULL,
	"app_version" text NOT NULL,
	"enrolled_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_seen_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "desk_epoch" (
	"desk_id" uuid NOT NULL,
	"epoch" uuid NOT NULL,
	"first_seq" integer NOT NULL,
	"contiguous_seq" integer NOT NULL,
	"max_seq" integer NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	CONSTRAINT "desk_epoch_desk_id_epoch_pk" PRIMARY KEY("desk_id","epoch")
);
--> statement-breakpoint
CREATE TABLE "enrollment_code" (
	"code_hash" text PRIMARY KEY NOT NULL,
	"collectivity_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"used_by_desk" uuid
);
--> statement-breakpoint
CREATE TABLE "issuer" (
	"id" uuid PRIMARY KEY NOT NULL,
	"collectivity_id" uuid NOT NULL,
	"name" text NOT NULL,
	"carnet_rule" jsonb NOT NULL,
	"pass_rule" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lot" (
	"id" uuid PRIMARY KEY NOT NULL,
	"collectivity_id" uuid NOT NULL,
	"issuer_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"face_value_cents" integer NOT NULL,
	"carnet_size" integer NOT NULL,
	"valid_until" date NOT NULL,
	"grace_until" date NOT NULL,
	"block_days" integer NOT NULL,
	"warning_days" integer NOT NULL,
	"target_criteria" jsonb NOT NULL,
	"site_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pass" (
	"collectivity_id" uuid NOT NULL,
	"number" text NOT NULL,
	"carnet_number" text NOT NULL,
	"lot_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"state" text NOT NULL,
	"site_id" uuid NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "pass_collectivity_id_number_pk" PRIMARY KEY("collectivity_id","number"),
	CONSTRAINT "pass_state" CHECK ("pass"."state" in ('in-stock', 'distributed', 'redeemed', 'revoked'))
);
--> statement-breakpoint
CREATE TABLE "processed_op" (
	"op_id" uuid PRIMARY KEY NOT NULL,
	"desk_id" uuid NOT NULL,
	"epoch" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"result" jsonb,
	"processed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "redemption" (
	"op_id" uuid PRIMARY KEY NOT NULL,
	"collectivity_id" uuid NOT NULL,
	"pass_number" text NOT NULL,
	"desk_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"booking_id" uuid NOT NULL,
	"desk_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "redemption_pass" UNIQUE("collectivity_id","pass_number")
);
--> statement-breakpoint
CREATE TABLE "site" (
	"id" uuid PRIMARY KEY NOT NULL,
	"collectivity_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"commune_code" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stat_event" (
	"op_id" uuid PRIMARY KEY NOT NULL,
	"collectivity_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"desk_id" uuid NOT NULL,
	"type" text NOT NULL,
	"key" text NOT NULL,
	"payload" jsonb NOT NULL,
	"desk_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "carnet" ADD CONSTRAINT "carnet_lot_id_lot_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lot"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk" ADD CONSTRAINT "desk_collectivity_id_collectivity_id_fk" FOREIGN KEY ("collectivity_id") REFERENCES "public"."collectivity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk" ADD CONSTRAINT "desk_site_id_site_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."site"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollment_code" ADD CONSTRAINT "enrollment_code_collectivity_id_collectivity_id_fk" FOREIGN KEY ("collectivity_id") REFERENCES "public"."collectivity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issuer" ADD CONSTRAINT "issuer_collectivity_id_collectivity_id_fk" FOREIGN KEY ("collectivity_id") REFERENCES "public"."collectivity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lot" ADD CONSTRAINT "lot_collectivity_id_collectivity_id_fk" FOREIGN KEY ("collectivity_id") REFERENCES "public"."collectivity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lot" ADD CONSTRAINT "lot_issuer_id_issuer_id_fk" FOREIGN KEY ("issuer_id") REFERENCES "public"."issuer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lot" ADD CONSTRAINT "lot_site_id_site_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."site"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pass" ADD CONSTRAINT "pass_lot_id_lot_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lot"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site" ADD CONSTRAINT "site_collectivity_id_collectivity_id_fk" FOREIGN KEY ("collectivity_id") REFERENCES "public"."collectivity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "change_log_collectivity_seq" ON "change_log" USING btree ("collectivity_id","seq");--> statement-breakpoint
CREATE INDEX "conflict_collectivity" ON "conflict" USING btree ("collectivity_id","detected_at");--> statement-breakpoint
CREATE INDEX "deferred_op_desk_seq" ON "deferred_op" USING btree ("desk_id","epoch","seq");--> statement-breakpoint
CREATE INDEX "desk_collectivity" ON "desk" USING btree ("collectivity_id");--> statement-breakpoint
CREATE INDEX "pass_carnet" ON "pass" USING btree ("collectivity_id","carnet_number");--> statement-breakpoint
CREATE INDEX "processed_op_desk_seq" ON "processed_op" USING btree ("desk_id","epoch","seq");--> statement-breakpoint
CREATE INDEX "stat_event_type" ON "stat_event" USING btree ("collectivity_id","type","desk_at");
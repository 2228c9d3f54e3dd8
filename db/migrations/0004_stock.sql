-- Hand-edited after drizzle-kit: pass is WITHOUT ROWID (drizzle cannot declare it), keyed by its number: one
-- B-tree fewer per pass for deliveries of 200,000 passes.
CREATE TABLE `carnet` (
	`id` text PRIMARY KEY NOT NULL,
	`lot_id` text NOT NULL,
	`number` text NOT NULL,
	`pass_count` integer NOT NULL,
	`used_count` integer DEFAULT 0 NOT NULL,
	`revoked_count` integer DEFAULT 0 NOT NULL,
	`received_at` text NOT NULL,
	`beneficiary_id` text,
	`distributed_at` text,
	`distributed_by` text,
	`revoked_at` text,
	`revoked_reason` text,
	FOREIGN KEY (`lot_id`) REFERENCES `pass_lot`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`beneficiary_id`) REFERENCES `beneficiary`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `carnet_number_unique` ON `carnet` (`number`);--> statement-breakpoint
CREATE INDEX `carnet_lot` ON `carnet` (`lot_id`);--> statement-breakpoint
CREATE INDEX `carnet_beneficiary` ON `carnet` (`beneficiary_id`);--> statement-breakpoint
CREATE TABLE `issuer` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`carnet_pattern` text NOT NULL,
	`carnet_check_digit` text NOT NULL,
	`pass_pattern` text NOT NULL,
	`pass_check_digit` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `issuer_name_unique` ON `issuer` (`name`);--> statement-breakpoint
CREATE TABLE `pass` (
	`number` text PRIMARY KEY NOT NULL,
	`carnet_id` text NOT NULL,
	`position` integer NOT NULL,
	`redeemed_at` text,
	`redeemed_by` text,
	`revoked_at` text,
	`revoked_reason` text,
	FOREIGN KEY (`carnet_id`) REFERENCES `carnet`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `pass_carnet` ON `pass` (`carnet_id`,`position`);--> statement-breakpoint
CREATE TABLE `pass_lot` (
	`id` text PRIMARY KEY NOT NULL,
	`issuer_id` text NOT NULL,
	`reference` text NOT NULL,
	`face_value_cents` integer NOT NULL,
	`carnet_size` integer NOT NULL,
	`valid_until` text NOT NULL,
	`grace_until` text NOT NULL,
	`block_days` integer NOT NULL,
	`warning_days` integer NOT NULL,
	`target_criteria` text DEFAULT '[]' NOT NULL,
	`perimeter` text,
	`created_at` text NOT NULL,
	`created_by` text,
	FOREIGN KEY (`issuer_id`) REFERENCES `issuer`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `stock_event` (
	`id` text PRIMARY KEY NOT NULL,
	`carnet_id` text NOT NULL,
	`pass_number` text,
	`kind` text NOT NULL,
	`at` text NOT NULL,
	`actor_id` text,
	`beneficiary_id` text,
	`details` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`carnet_id`) REFERENCES `carnet`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`pass_number`) REFERENCES `pass`(`number`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`beneficiary_id`) REFERENCES `beneficiary`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stock_event_carnet` ON `stock_event` (`carnet_id`,`at`);--> statement-breakpoint
CREATE INDEX `stock_event_beneficiary` ON `stock_event` (`beneficiary_id`,`at`);
CREATE TABLE `hub_pass` (
	`number` text PRIMARY KEY NOT NULL,
	`carnet_number` text NOT NULL,
	`lot_id` text NOT NULL,
	`state` text NOT NULL,
	`site_id` text NOT NULL,
	`at` text NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `hub_pass_carnet` ON `hub_pass` (`carnet_number`);--> statement-breakpoint
CREATE TABLE `hub_reference` (
	`entity` text NOT NULL,
	`key` text NOT NULL,
	`data` text NOT NULL,
	`at` text NOT NULL,
	PRIMARY KEY(`entity`, `key`)
);
--> statement-breakpoint
CREATE TABLE `sync_review` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`op_id` text,
	`operation` text NOT NULL,
	`pass_number` text,
	`message` text NOT NULL,
	`other_site_name` text,
	`other_site_at` text,
	`occurred_at` text,
	`detected_at` text NOT NULL,
	`settled_at` text,
	`settled_by` text,
	`outcome` text,
	`comment` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sync_review_op_id_unique` ON `sync_review` (`op_id`);--> statement-breakpoint
CREATE INDEX `sync_review_open` ON `sync_review` (`settled_at`,`detected_at`);--> statement-breakpoint
CREATE INDEX `sync_review_pass` ON `sync_review` (`pass_number`);--> statement-breakpoint
ALTER TABLE `outbox` ADD `actor_id` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `next_attempt_at` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `outbox` ADD `result` text;--> statement-breakpoint
CREATE INDEX `outbox_operation_entity` ON `outbox` (`operation`,`entity_id`);--> statement-breakpoint
ALTER TABLE `pass_lot` ADD `site_id` text;
CREATE TABLE `activity` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`type` text NOT NULL,
	`date` text NOT NULL,
	`duration_min` integer NOT NULL,
	`place_name` text NOT NULL,
	`commune_code` text NOT NULL,
	`title` text NOT NULL,
	`themes` text NOT NULL,
	`level` text,
	`autonomy` text,
	`redirection` text,
	`participant_ids` text NOT NULL,
	`new_participants` integer NOT NULL,
	`passes_redeemed` integer NOT NULL,
	`recorded_at` text NOT NULL,
	`recorded_by` text,
	FOREIGN KEY (`session_id`) REFERENCES `workshop_session`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `activity_session_id_unique` ON `activity` (`session_id`);--> statement-breakpoint
CREATE INDEX `activity_date` ON `activity` (`date`);--> statement-breakpoint
CREATE TABLE `booking` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`beneficiary_id` text NOT NULL,
	`status` text NOT NULL,
	`queued_at` text NOT NULL,
	`booked_by` text,
	`promoted_at` text,
	`passes_redeemed` integer DEFAULT 0 NOT NULL,
	`over_capacity` integer DEFAULT false NOT NULL,
	`signed_in_at` text,
	`signed_in_by` text,
	`status_at` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `workshop_session`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`beneficiary_id`) REFERENCES `beneficiary`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `booking_session` ON `booking` (`session_id`,`status`,`queued_at`);--> statement-breakpoint
CREATE INDEX `booking_beneficiary` ON `booking` (`beneficiary_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `booking_active` ON `booking` (`session_id`,`beneficiary_id`) WHERE status <> 'annule';--> statement-breakpoint
CREATE TABLE `redemption` (
	`pass_number` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`booking_id` text NOT NULL,
	`beneficiary_id` text NOT NULL,
	`holder_id` text,
	`service_id` text NOT NULL,
	`face_value_cents` integer NOT NULL,
	`at` text NOT NULL,
	`agent_id` text,
	FOREIGN KEY (`pass_number`) REFERENCES `pass`(`number`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`session_id`) REFERENCES `workshop_session`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`booking_id`) REFERENCES `booking`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`beneficiary_id`) REFERENCES `beneficiary`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `redemption_session` ON `redemption` (`session_id`);--> statement-breakpoint
CREATE INDEX `redemption_at` ON `redemption` (`at`);--> statement-breakpoint
CREATE TABLE `service` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`themes` text DEFAULT '[]' NOT NULL,
	`level` text,
	`default_duration_min` integer NOT NULL,
	`pass_required` integer NOT NULL,
	`price_passes` integer DEFAULT 1 NOT NULL,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_name_unique` ON `service` (`name`);--> statement-breakpoint
CREATE TABLE `workshop_session` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`service_id` text NOT NULL,
	`themes` text DEFAULT '[]' NOT NULL,
	`level` text,
	`date` text NOT NULL,
	`start_time` text NOT NULL,
	`starts_at` text NOT NULL,
	`duration_min` integer NOT NULL,
	`room` text DEFAULT '' NOT NULL,
	`facilitator_id` text,
	`capacity` integer NOT NULL,
	`series_id` text,
	`status` text DEFAULT 'prevue' NOT NULL,
	`cancelled_at` text,
	`cancel_reason` text,
	`closed_at` text,
	`closed_by` text,
	`created_at` text NOT NULL,
	`created_by` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`service_id`) REFERENCES `service`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`facilitator_id`) REFERENCES `agent`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `workshop_session_date` ON `workshop_session` (`date`,`start_time`);--> statement-breakpoint
CREATE INDEX `workshop_session_series` ON `workshop_session` (`series_id`);
CREATE TABLE `print_job` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`kind` text NOT NULL,
	`layout` text NOT NULL,
	`printer_target` text NOT NULL,
	`state` text DEFAULT 'queued' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`printed_at` text,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `print_job_state_created` ON `print_job` (`state`,`created_at`);
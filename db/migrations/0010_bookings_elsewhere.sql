CREATE TABLE `booking_elsewhere` (
	`id` text PRIMARY KEY NOT NULL,
	`beneficiary_id` text NOT NULL,
	`workshop_id` text NOT NULL,
	`site_id` text NOT NULL,
	`site_name` text NOT NULL,
	`title` text NOT NULL,
	`date` text NOT NULL,
	`start_time` text NOT NULL,
	`duration_min` integer NOT NULL,
	`booked_at` text NOT NULL,
	`booked_by` text,
	FOREIGN KEY (`beneficiary_id`) REFERENCES `beneficiary`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `booking_elsewhere_beneficiary` ON `booking_elsewhere` (`beneficiary_id`);--> statement-breakpoint
ALTER TABLE `booking` ADD `booked_via` text;
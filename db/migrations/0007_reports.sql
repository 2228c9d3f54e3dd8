CREATE TABLE `activity_participant` (
	`date` text NOT NULL,
	`beneficiary_id` text NOT NULL,
	`activity_id` text NOT NULL,
	PRIMARY KEY(`date`, `beneficiary_id`, `activity_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `activity`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `day_adjustment` (
	`id` text PRIMARY KEY NOT NULL,
	`date` text NOT NULL,
	`detected_at` text NOT NULL,
	`changes` text NOT NULL,
	`reported_in_seq` integer,
	FOREIGN KEY (`date`) REFERENCES `day_close`(`date`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `day_adjustment_date` ON `day_adjustment` (`date`,`detected_at`);--> statement-breakpoint
CREATE INDEX `day_adjustment_reported` ON `day_adjustment` (`reported_in_seq`);--> statement-breakpoint
CREATE TABLE `day_close` (
	`date` text PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`closed_at` text NOT NULL,
	`closed_by` text NOT NULL,
	`figures` text NOT NULL,
	`checked_at` text NOT NULL,
	FOREIGN KEY (`closed_by`) REFERENCES `agent`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `day_close_seq_unique` ON `day_close` (`seq`);--> statement-breakpoint
ALTER TABLE `beneficiary` ADD `social_status` text DEFAULT 'non-communique' NOT NULL;--> statement-breakpoint
CREATE INDEX `beneficiary_created_at` ON `beneficiary` (`created_at`);--> statement-breakpoint
CREATE INDEX `beneficiary_report` ON `beneficiary` (`id`,`merged_into`,`birth_year`,`genre`,`social_status`,`commune_code`,`qpv`,`priority_criteria`);--> statement-breakpoint
ALTER TABLE `activity` ADD `participant_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `activity` ADD `service_id` text;--> statement-breakpoint
CREATE INDEX `activity_report` ON `activity` (`date`,`service_id`,`type`,`duration_min`,`participant_count`,`new_participants`,`place_name`,`commune_code`,`themes`,`session_id`);--> statement-breakpoint
ALTER TABLE `redemption` ADD `lot_id` text REFERENCES pass_lot(id);--> statement-breakpoint
CREATE INDEX `redemption_report` ON `redemption` (`at`,`service_id`,`lot_id`,`face_value_cents`);--> statement-breakpoint
CREATE INDEX `audit_action_at` ON `audit` (`action`,`at`);--> statement-breakpoint
CREATE INDEX `bilan_completed_at` ON `bilan` (`completed_at`,`status`,`beneficiary_id`);--> statement-breakpoint
CREATE INDEX `stock_event_kind_at` ON `stock_event` (`kind`,`at`,`carnet_id`,`beneficiary_id`);--> statement-breakpoint
CREATE INDEX `booking_status_at` ON `booking` (`status_at`);--> statement-breakpoint
CREATE INDEX `workshop_session_updated_at` ON `workshop_session` (`updated_at`);--> statement-breakpoint
-- Hand-written from here. The columns and rows kept for the reports, filled in for the data already there.
UPDATE `redemption` SET `lot_id` = (SELECT c.lot_id FROM pass p JOIN carnet c ON c.id = p.carnet_id WHERE p.number = redemption.pass_number);--> statement-breakpoint
UPDATE `activity` SET `participant_count` = json_array_length(`participant_ids`),
  `service_id` = (SELECT s.service_id FROM workshop_session s WHERE s.id = activity.session_id);--> statement-breakpoint
INSERT OR IGNORE INTO `activity_participant` (`date`, `beneficiary_id`, `activity_id`)
  SELECT a.date, j.value, a.id FROM activity a, json_each(a.participant_ids) j;--> statement-breakpoint
-- A closed day's figures never change (only the time they were last compared with the data).
CREATE TRIGGER `day_close_frozen` BEFORE UPDATE ON `day_close`
WHEN NEW.date IS NOT OLD.date OR NEW.seq IS NOT OLD.seq OR NEW.closed_at IS NOT OLD.closed_at OR NEW.closed_by IS NOT OLD.closed_by OR NEW.figures IS NOT OLD.figures
BEGIN SELECT RAISE(ABORT, 'day_close is frozen'); END;--> statement-breakpoint
CREATE TRIGGER `day_close_kept` BEFORE DELETE ON `day_close` BEGIN SELECT RAISE(ABORT, 'day_close is kept'); END;--> statement-breakpoint
-- An adjustment is only ever given the close that reported it, once.
CREATE TRIGGER `day_adjustment_frozen` BEFORE UPDATE ON `day_adjustment`
WHEN NEW.id IS NOT OLD.id OR NEW.date IS NOT OLD.date OR NEW.detected_at IS NOT OLD.detected_at OR NEW.changes IS NOT OLD.changes OR OLD.reported_in_seq IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'day_adjustment is frozen'); END;--> statement-breakpoint
CREATE TRIGGER `day_adjustment_kept` BEFORE DELETE ON `day_adjustment` BEGIN SELECT RAISE(ABORT, 'day_adjustment is kept'); END;

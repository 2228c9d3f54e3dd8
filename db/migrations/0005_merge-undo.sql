ALTER TABLE `beneficiary_merge` ADD `undone_at` text;--> statement-breakpoint
ALTER TABLE `beneficiary_merge` ADD `undone_by` text;
-- Hand-edited after drizzle-kit: beneficiary_token and beneficiary_nom_variant are WITHOUT ROWID (drizzle cannot declare it).
CREATE TABLE `beneficiary` (
	`id` text PRIMARY KEY NOT NULL,
	`nom` text NOT NULL,
	`prenom` text NOT NULL,
	`birth_year` integer,
	`genre` text DEFAULT 'non-communique' NOT NULL,
	`commune_code` text,
	`qpv` text DEFAULT 'ne-sait-pas' NOT NULL,
	`qpv_code` text,
	`phone` text,
	`no_phone` integer DEFAULT false NOT NULL,
	`email` text,
	`language` text DEFAULT 'fr' NOT NULL,
	`priority_criteria` text DEFAULT '[]' NOT NULL,
	`notice_given_on` text,
	`note` text,
	`nom_key` text NOT NULL,
	`prenom_key` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	`updated_at` text NOT NULL,
	`merged_into` text
);
--> statement-breakpoint
CREATE INDEX `beneficiary_birth_year` ON `beneficiary` (`birth_year`,`nom_key`,`prenom_key`);--> statement-breakpoint
CREATE INDEX `beneficiary_phone` ON `beneficiary` (`phone`);--> statement-breakpoint
CREATE INDEX `beneficiary_email` ON `beneficiary` (`email`);--> statement-breakpoint
CREATE INDEX `beneficiary_nom_key` ON `beneficiary` (`nom_key`,`prenom_key`);--> statement-breakpoint
CREATE TABLE `beneficiary_merge` (
	`id` text PRIMARY KEY NOT NULL,
	`survivor_id` text NOT NULL,
	`merged_id` text NOT NULL,
	`survivor_before` text NOT NULL,
	`merged_before` text NOT NULL,
	`moved` text NOT NULL,
	`at` text NOT NULL,
	`actor_id` text NOT NULL,
	FOREIGN KEY (`survivor_id`) REFERENCES `beneficiary`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merged_id`) REFERENCES `beneficiary`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `beneficiary_nom_variant` (
	`variant` text NOT NULL,
	`beneficiary_id` text NOT NULL,
	`prenom_key` text NOT NULL,
	PRIMARY KEY(`variant`, `beneficiary_id`),
	FOREIGN KEY (`beneficiary_id`) REFERENCES `beneficiary`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `beneficiary_nom_variant_beneficiary` ON `beneficiary_nom_variant` (`beneficiary_id`);--> statement-breakpoint
CREATE TABLE `beneficiary_token` (
	`token` text NOT NULL,
	`beneficiary_id` text NOT NULL,
	`words` text NOT NULL,
	PRIMARY KEY(`token`, `beneficiary_id`),
	FOREIGN KEY (`beneficiary_id`) REFERENCES `beneficiary`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `beneficiary_token_beneficiary` ON `beneficiary_token` (`beneficiary_id`);--> statement-breakpoint
CREATE TABLE `bilan` (
	`id` text PRIMARY KEY NOT NULL,
	`beneficiary_id` text NOT NULL,
	`grid_version` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`answers` text NOT NULL,
	`agent_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`completed_at` text,
	FOREIGN KEY (`beneficiary_id`) REFERENCES `beneficiary`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`grid_version`) REFERENCES `needs_grid`(`version`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `bilan_beneficiary_created` ON `bilan` (`beneficiary_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `needs_grid` (
	`version` integer PRIMARY KEY NOT NULL,
	`definition` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text
);

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795329152853 implements MigrationInterface {
  name = 'Initial1795329152853';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `audit_entry` (`id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NULL, `company_id` varchar(36) NULL, `actor_kind` varchar(20) NOT NULL, `actor_id` varchar(36) NULL, `action` varchar(80) NOT NULL, `target_type` varchar(40) NOT NULL, `target_id` varchar(36) NULL, `details` text NULL, `request_id` varchar(64) NOT NULL, `created_at` datetime NOT NULL, INDEX `idx_audit_company` (`company_id`, `id`), INDEX `idx_audit_marketplace` (`marketplace_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `product` (`id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NOT NULL, `vendor_company_id` varchar(36) NOT NULL, `name` varchar(200) NOT NULL, `state` varchar(16) NOT NULL, `description` text NOT NULL, `tagline` varchar(300) NOT NULL, `logo_url` varchar(2000) NULL, `screenshots` text NOT NULL, `categories` text NOT NULL, `rejection_reason` text NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `published_at` datetime NULL, INDEX `idx_product_marketplace_state` (`marketplace_id`, `state`, `id`), INDEX `idx_product_vendor` (`vendor_company_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `product_transition` (`id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NOT NULL, `product_id` varchar(36) NOT NULL, `from_state` varchar(16) NULL, `to_state` varchar(16) NOT NULL, `reason` text NULL, `actor_kind` varchar(20) NOT NULL, `actor_id` varchar(36) NULL, `created_at` datetime NOT NULL, INDEX `idx_transition_product` (`product_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `product_revision` (`id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NOT NULL, `product_id` varchar(36) NOT NULL, `pending_product_id` varchar(36) NULL, `state` varchar(16) NOT NULL, `name` varchar(200) NOT NULL, `description` text NOT NULL, `tagline` varchar(300) NOT NULL, `logo_url` varchar(2000) NULL, `screenshots` text NOT NULL, `categories` text NOT NULL, `author_id` varchar(36) NULL, `reviewer_id` varchar(36) NULL, `reason` text NULL, `created_at` datetime NOT NULL, `decided_at` datetime NULL, INDEX `idx_revision_product` (`product_id`, `id`), UNIQUE INDEX `uq_revision_pending` (`pending_product_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `product_version` (`id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NOT NULL, `product_id` varchar(36) NOT NULL, `version` varchar(64) NOT NULL, `changelog` text NOT NULL, `config_schema` text NOT NULL, `state` varchar(16) NOT NULL, `created_at` datetime NOT NULL, `released_at` datetime NULL, INDEX `idx_version_marketplace` (`marketplace_id`, `id`), UNIQUE INDEX `uq_version_product_semver` (`product_id`, `version`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `edition` (`id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NOT NULL, `product_id` varchar(36) NOT NULL, `name` varchar(100) NOT NULL, `price_minor` int NOT NULL, `currency` varchar(3) NOT NULL, `billing_period` varchar(16) NOT NULL, `allows_multiple_subscriptions` tinyint NOT NULL, `created_at` datetime NOT NULL, INDEX `idx_edition_marketplace` (`marketplace_id`, `id`), UNIQUE INDEX `uq_edition_product_name` (`product_id`, `name`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `subscription` (`id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NOT NULL, `company_id` varchar(36) NOT NULL, `product_id` varchar(36) NOT NULL, `vendor_company_id` varchar(36) NOT NULL, `edition_id` varchar(36) NOT NULL, `state` varchar(16) NOT NULL, `price_minor` int NOT NULL, `currency` varchar(3) NOT NULL, `billing_period` varchar(16) NOT NULL, `channel` varchar(16) NOT NULL, `buyer_kind` varchar(20) NOT NULL, `buyer_id` varchar(36) NULL, `buyer_company_id` varchar(36) NOT NULL, `exclusive_key` varchar(80) NULL, `created_at` datetime NOT NULL, `cancelled_at` datetime NULL, `cancelled_by` varchar(36) NULL, INDEX `idx_subscription_product` (`product_id`, `created_at`), INDEX `idx_subscription_marketplace` (`marketplace_id`, `created_at`), INDEX `idx_subscription_company` (`company_id`, `id`), UNIQUE INDEX `uq_subscription_exclusive` (`exclusive_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `purchase_request` (`id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NOT NULL, `company_id` varchar(36) NOT NULL, `product_id` varchar(36) NOT NULL, `edition_id` varchar(36) NOT NULL, `requester_id` varchar(36) NOT NULL, `note` text NULL, `state` varchar(16) NOT NULL, `decided_by` varchar(36) NULL, `reason` text NULL, `subscription_id` varchar(36) NULL, `created_at` datetime NOT NULL, `decided_at` datetime NULL, INDEX `idx_purchase_request_company` (`company_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `product_assignment` (`id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NOT NULL, `company_id` varchar(36) NOT NULL, `subscription_id` varchar(36) NOT NULL, `product_id` varchar(36) NOT NULL, `user_id` varchar(36) NOT NULL, `assigned_by` varchar(36) NULL, `active_key` varchar(80) NULL, `created_at` datetime NOT NULL, `ended_at` datetime NULL, INDEX `idx_assignment_subscription` (`subscription_id`, `id`), INDEX `idx_assignment_user` (`user_id`, `id`), UNIQUE INDEX `uq_assignment_active` (`active_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `lead` (`id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NOT NULL, `source_company_id` varchar(36) NOT NULL, `created_by` varchar(36) NULL, `prospect_company_name` varchar(200) NOT NULL, `contact_email` varchar(320) NOT NULL, `product_id` varchar(36) NULL, `state` varchar(16) NOT NULL, `assigned_company_id` varchar(36) NULL, `customer_company_id` varchar(36) NULL, `lost_reason` text NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, INDEX `idx_lead_assigned` (`assigned_company_id`, `id`), INDEX `idx_lead_source` (`source_company_id`, `id`), INDEX `idx_lead_marketplace` (`marketplace_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_lead_marketplace` ON `lead`");
    await queryRunner.query("DROP INDEX `idx_lead_source` ON `lead`");
    await queryRunner.query("DROP INDEX `idx_lead_assigned` ON `lead`");
    await queryRunner.query("DROP TABLE `lead`");
    await queryRunner.query("DROP INDEX `uq_assignment_active` ON `product_assignment`");
    await queryRunner.query("DROP INDEX `idx_assignment_user` ON `product_assignment`");
    await queryRunner.query("DROP INDEX `idx_assignment_subscription` ON `product_assignment`");
    await queryRunner.query("DROP TABLE `product_assignment`");
    await queryRunner.query("DROP INDEX `idx_purchase_request_company` ON `purchase_request`");
    await queryRunner.query("DROP TABLE `purchase_request`");
    await queryRunner.query("DROP INDEX `uq_subscription_exclusive` ON `subscription`");
    await queryRunner.query("DROP INDEX `idx_subscription_company` ON `subscription`");
    await queryRunner.query("DROP INDEX `idx_subscription_marketplace` ON `subscription`");
    await queryRunner.query("DROP INDEX `idx_subscription_product` ON `subscription`");
    await queryRunner.query("DROP TABLE `subscription`");
    await queryRunner.query("DROP INDEX `uq_edition_product_name` ON `edition`");
    await queryRunner.query("DROP INDEX `idx_edition_marketplace` ON `edition`");
    await queryRunner.query("DROP TABLE `edition`");
    await queryRunner.query("DROP INDEX `uq_version_product_semver` ON `product_version`");
    await queryRunner.query("DROP INDEX `idx_version_marketplace` ON `product_version`");
    await queryRunner.query("DROP TABLE `product_version`");
    await queryRunner.query("DROP INDEX `uq_revision_pending` ON `product_revision`");
    await queryRunner.query("DROP INDEX `idx_revision_product` ON `product_revision`");
    await queryRunner.query("DROP TABLE `product_revision`");
    await queryRunner.query("DROP INDEX `idx_transition_product` ON `product_transition`");
    await queryRunner.query("DROP TABLE `product_transition`");
    await queryRunner.query("DROP INDEX `idx_product_vendor` ON `product`");
    await queryRunner.query("DROP INDEX `idx_product_marketplace_state` ON `product`");
    await queryRunner.query("DROP TABLE `product`");
    await queryRunner.query("DROP INDEX `idx_audit_marketplace` ON `audit_entry`");
    await queryRunner.query("DROP INDEX `idx_audit_company` ON `audit_entry`");
    await queryRunner.query("DROP TABLE `audit_entry`");
  }
}

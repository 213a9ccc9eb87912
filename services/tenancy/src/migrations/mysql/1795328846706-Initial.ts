import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795328846706 implements MigrationInterface {
  name = 'Initial1795328846706';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `audit_entry` (`id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NULL, `company_id` varchar(36) NULL, `actor_kind` varchar(20) NOT NULL, `actor_id` varchar(36) NULL, `action` varchar(80) NOT NULL, `target_type` varchar(40) NOT NULL, `target_id` varchar(36) NULL, `details` text NULL, `request_id` varchar(64) NOT NULL, `created_at` datetime NOT NULL, INDEX `idx_audit_company` (`company_id`, `id`), INDEX `idx_audit_marketplace` (`marketplace_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `end_customer` (`id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NOT NULL, `partner_company_id` varchar(36) NOT NULL, `name` varchar(200) NOT NULL, `name_key` varchar(200) NOT NULL, `external_id` varchar(255) NOT NULL, `external_id_key` varchar(255) NOT NULL, `created_at` datetime NOT NULL, INDEX `idx_end_customer_marketplace` (`marketplace_id`, `id`), INDEX `idx_end_customer_partner` (`partner_company_id`, `id`), UNIQUE INDEX `uq_end_customer_external_id` (`partner_company_id`, `external_id_key`), UNIQUE INDEX `uq_end_customer_name` (`partner_company_id`, `name_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `app` (`id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NOT NULL, `partner_company_id` varchar(36) NOT NULL, `name` varchar(200) NOT NULL, `name_key` varchar(200) NOT NULL, `product_id` varchar(36) NULL, `created_at` datetime NOT NULL, INDEX `idx_app_product` (`product_id`, `id`), INDEX `idx_app_partner` (`partner_company_id`, `id`), UNIQUE INDEX `uq_app_name` (`partner_company_id`, `name_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `customer_app` (`id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NOT NULL, `partner_company_id` varchar(36) NOT NULL, `end_customer_id` varchar(36) NOT NULL, `app_id` varchar(36) NOT NULL, `created_at` datetime NOT NULL, INDEX `idx_customer_app_app` (`app_id`, `end_customer_id`), UNIQUE INDEX `uq_customer_app` (`end_customer_id`, `app_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `keyset` (`id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NOT NULL, `partner_company_id` varchar(36) NOT NULL, `app_id` varchar(36) NOT NULL, `name` varchar(200) NOT NULL, `publish_key` varchar(80) NOT NULL, `subscribe_key` varchar(80) NOT NULL, `secret_hash` varchar(64) NOT NULL, `secret_key_prefix` varchar(16) NOT NULL, `enabled` tinyint NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, INDEX `idx_keyset_partner` (`partner_company_id`, `id`), INDEX `idx_keyset_app` (`app_id`, `id`), UNIQUE INDEX `uq_keyset_secret_hash` (`secret_hash`), UNIQUE INDEX `uq_keyset_subscribe_key` (`subscribe_key`), UNIQUE INDEX `uq_keyset_publish_key` (`publish_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `keyset_assignment` (`keyset_id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NOT NULL, `partner_company_id` varchar(36) NOT NULL, `end_customer_id` varchar(36) NOT NULL, `app_id` varchar(36) NOT NULL, `assigned_at` datetime NOT NULL, INDEX `idx_keyset_assignment_customer` (`end_customer_id`, `app_id`), PRIMARY KEY (`keyset_id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `installation` (`id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NOT NULL, `partner_company_id` varchar(36) NOT NULL, `end_customer_id` varchar(36) NOT NULL, `app_id` varchar(36) NOT NULL, `product_id` varchar(36) NOT NULL, `version_id` varchar(36) NOT NULL, `version` varchar(64) NOT NULL, `configuration` text NOT NULL, `credentials_ciphertext` text NULL, `credentials_key_id` varchar(40) NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, INDEX `idx_installation_partner` (`partner_company_id`, `id`), UNIQUE INDEX `uq_installation_customer_app` (`end_customer_id`, `app_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `activity_event` (`id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NOT NULL, `partner_company_id` varchar(36) NOT NULL, `end_customer_id` varchar(36) NOT NULL, `app_id` varchar(36) NOT NULL, `keyset_id` varchar(36) NULL, `status` varchar(12) NOT NULL, `records_processed` int NULL, `message` text NULL, `run_id` varchar(100) NULL, `occurred_at` datetime NOT NULL, `received_at` datetime NOT NULL, INDEX `idx_activity_marketplace` (`marketplace_id`, `id`), INDEX `idx_activity_customer` (`end_customer_id`, `id`), INDEX `idx_activity_partner` (`partner_company_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `theme` (`id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NOT NULL, `company_id` varchar(36) NOT NULL, `marketplace_default` tinyint NOT NULL, `name` varchar(100) NOT NULL, `logo_url` varchar(500) NULL, `primary_color` varchar(7) NOT NULL, `accent_color` varchar(7) NOT NULL, `updated_at` datetime NOT NULL, INDEX `idx_theme_marketplace` (`marketplace_id`, `marketplace_default`), UNIQUE INDEX `uq_theme_company` (`company_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `customer_app` ADD CONSTRAINT `FK_3695f02b7840ff529c032efcb0a` FOREIGN KEY (`end_customer_id`) REFERENCES `end_customer`(`id`) ON DELETE RESTRICT ON UPDATE RESTRICT");
    await queryRunner.query("ALTER TABLE `customer_app` ADD CONSTRAINT `FK_c4813e1805715bf49b6bdd3f690` FOREIGN KEY (`app_id`) REFERENCES `app`(`id`) ON DELETE RESTRICT ON UPDATE RESTRICT");
    await queryRunner.query("ALTER TABLE `keyset` ADD CONSTRAINT `FK_436253c4d703d72486e263fed53` FOREIGN KEY (`app_id`) REFERENCES `app`(`id`) ON DELETE RESTRICT ON UPDATE RESTRICT");
    await queryRunner.query("ALTER TABLE `keyset_assignment` ADD CONSTRAINT `FK_0fdc36b59f066330bd72ac29889` FOREIGN KEY (`keyset_id`) REFERENCES `keyset`(`id`) ON DELETE RESTRICT ON UPDATE RESTRICT");
    await queryRunner.query("ALTER TABLE `keyset_assignment` ADD CONSTRAINT `FK_a0bcfa12158df22765a23817151` FOREIGN KEY (`end_customer_id`, `app_id`) REFERENCES `customer_app`(`end_customer_id`,`app_id`) ON DELETE RESTRICT ON UPDATE RESTRICT");
    await queryRunner.query("ALTER TABLE `installation` ADD CONSTRAINT `FK_7a821f299a7a75392f0ab9151b5` FOREIGN KEY (`end_customer_id`, `app_id`) REFERENCES `customer_app`(`end_customer_id`,`app_id`) ON DELETE RESTRICT ON UPDATE RESTRICT");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `installation` DROP FOREIGN KEY `FK_7a821f299a7a75392f0ab9151b5`");
    await queryRunner.query("ALTER TABLE `keyset_assignment` DROP FOREIGN KEY `FK_a0bcfa12158df22765a23817151`");
    await queryRunner.query("ALTER TABLE `keyset_assignment` DROP FOREIGN KEY `FK_0fdc36b59f066330bd72ac29889`");
    await queryRunner.query("ALTER TABLE `keyset` DROP FOREIGN KEY `FK_436253c4d703d72486e263fed53`");
    await queryRunner.query("ALTER TABLE `customer_app` DROP FOREIGN KEY `FK_c4813e1805715bf49b6bdd3f690`");
    await queryRunner.query("ALTER TABLE `customer_app` DROP FOREIGN KEY `FK_3695f02b7840ff529c032efcb0a`");
    await queryRunner.query("DROP INDEX `uq_theme_company` ON `theme`");
    await queryRunner.query("DROP INDEX `idx_theme_marketplace` ON `theme`");
    await queryRunner.query("DROP TABLE `theme`");
    await queryRunner.query("DROP INDEX `idx_activity_partner` ON `activity_event`");
    await queryRunner.query("DROP INDEX `idx_activity_customer` ON `activity_event`");
    await queryRunner.query("DROP INDEX `idx_activity_marketplace` ON `activity_event`");
    await queryRunner.query("DROP TABLE `activity_event`");
    await queryRunner.query("DROP INDEX `uq_installation_customer_app` ON `installation`");
    await queryRunner.query("DROP INDEX `idx_installation_partner` ON `installation`");
    await queryRunner.query("DROP TABLE `installation`");
    await queryRunner.query("DROP INDEX `idx_keyset_assignment_customer` ON `keyset_assignment`");
    await queryRunner.query("DROP TABLE `keyset_assignment`");
    await queryRunner.query("DROP INDEX `uq_keyset_publish_key` ON `keyset`");
    await queryRunner.query("DROP INDEX `uq_keyset_subscribe_key` ON `keyset`");
    await queryRunner.query("DROP INDEX `uq_keyset_secret_hash` ON `keyset`");
    await queryRunner.query("DROP INDEX `idx_keyset_app` ON `keyset`");
    await queryRunner.query("DROP INDEX `idx_keyset_partner` ON `keyset`");
    await queryRunner.query("DROP TABLE `keyset`");
    await queryRunner.query("DROP INDEX `uq_customer_app` ON `customer_app`");
    await queryRunner.query("DROP INDEX `idx_customer_app_app` ON `customer_app`");
    await queryRunner.query("DROP TABLE `customer_app`");
    await queryRunner.query("DROP INDEX `uq_app_name` ON `app`");
    await queryRunner.query("DROP INDEX `idx_app_partner` ON `app`");
    await queryRunner.query("DROP INDEX `idx_app_product` ON `app`");
    await queryRunner.query("DROP TABLE `app`");
    await queryRunner.query("DROP INDEX `uq_end_customer_name` ON `end_customer`");
    await queryRunner.query("DROP INDEX `uq_end_customer_external_id` ON `end_customer`");
    await queryRunner.query("DROP INDEX `idx_end_customer_partner` ON `end_customer`");
    await queryRunner.query("DROP INDEX `idx_end_customer_marketplace` ON `end_customer`");
    await queryRunner.query("DROP TABLE `end_customer`");
    await queryRunner.query("DROP INDEX `idx_audit_marketplace` ON `audit_entry`");
    await queryRunner.query("DROP INDEX `idx_audit_company` ON `audit_entry`");
    await queryRunner.query("DROP TABLE `audit_entry`");
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795328394594 implements MigrationInterface {
  name = 'Initial1795328394594';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `audit_entry` (`id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NULL, `company_id` varchar(36) NULL, `actor_kind` varchar(20) NOT NULL, `actor_id` varchar(36) NULL, `action` varchar(80) NOT NULL, `target_type` varchar(40) NOT NULL, `target_id` varchar(36) NULL, `details` text NULL, `request_id` varchar(64) NOT NULL, `created_at` datetime NOT NULL, INDEX `idx_audit_company` (`company_id`, `id`), INDEX `idx_audit_marketplace` (`marketplace_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `end_customer` (`id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NOT NULL, `partner_company_id` varchar(36) NOT NULL, `name` varchar(200) NOT NULL, `name_key` varchar(200) NOT NULL, `external_id` varchar(255) NOT NULL, `external_id_key` varchar(255) NOT NULL, `created_at` datetime NOT NULL, INDEX `idx_end_customer_partner` (`partner_company_id`, `id`), UNIQUE INDEX `uq_end_customer_external_id` (`partner_company_id`, `external_id_key`), UNIQUE INDEX `uq_end_customer_name` (`partner_company_id`, `name_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_end_customer_name` ON `end_customer`");
    await queryRunner.query("DROP INDEX `uq_end_customer_external_id` ON `end_customer`");
    await queryRunner.query("DROP INDEX `idx_end_customer_partner` ON `end_customer`");
    await queryRunner.query("DROP TABLE `end_customer`");
    await queryRunner.query("DROP INDEX `idx_audit_marketplace` ON `audit_entry`");
    await queryRunner.query("DROP INDEX `idx_audit_company` ON `audit_entry`");
    await queryRunner.query("DROP TABLE `audit_entry`");
  }
}

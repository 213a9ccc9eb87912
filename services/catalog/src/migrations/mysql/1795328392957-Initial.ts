import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795328392957 implements MigrationInterface {
  name = 'Initial1795328392957';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `audit_entry` (`id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NULL, `company_id` varchar(36) NULL, `actor_kind` varchar(20) NOT NULL, `actor_id` varchar(36) NULL, `action` varchar(80) NOT NULL, `target_type` varchar(40) NOT NULL, `target_id` varchar(36) NULL, `details` text NULL, `request_id` varchar(64) NOT NULL, `created_at` datetime NOT NULL, INDEX `idx_audit_company` (`company_id`, `id`), INDEX `idx_audit_marketplace` (`marketplace_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `product` (`id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NOT NULL, `vendor_company_id` varchar(36) NOT NULL, `name` varchar(200) NOT NULL, `state` varchar(12) NOT NULL, `created_at` datetime NOT NULL, INDEX `idx_product_marketplace_state` (`marketplace_id`, `state`, `id`), INDEX `idx_product_vendor` (`vendor_company_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_product_vendor` ON `product`");
    await queryRunner.query("DROP INDEX `idx_product_marketplace_state` ON `product`");
    await queryRunner.query("DROP TABLE `product`");
    await queryRunner.query("DROP INDEX `idx_audit_marketplace` ON `audit_entry`");
    await queryRunner.query("DROP INDEX `idx_audit_company` ON `audit_entry`");
    await queryRunner.query("DROP TABLE `audit_entry`");
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795327969232 implements MigrationInterface {
  name = 'Initial1795327969232';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `audit_entry` (`id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NULL, `company_id` varchar(36) NULL, `actor_kind` varchar(20) NOT NULL, `actor_id` varchar(36) NULL, `action` varchar(80) NOT NULL, `target_type` varchar(40) NOT NULL, `target_id` varchar(36) NULL, `details` text NULL, `request_id` varchar(64) NOT NULL, `created_at` datetime NOT NULL, INDEX `idx_audit_company` (`company_id`, `id`), INDEX `idx_audit_marketplace` (`marketplace_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `marketplace` (`id` varchar(36) NOT NULL, `name` varchar(200) NOT NULL, `slug` varchar(63) NOT NULL, `owner_company_id` varchar(36) NOT NULL, `created_at` datetime NOT NULL, UNIQUE INDEX `IDX_7df271912673a4a01c63dec283` (`slug`), UNIQUE INDEX `IDX_eae18e4c6cb8e19cf462676a2c` (`owner_company_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `company` (`id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NOT NULL, `name` varchar(200) NOT NULL, `name_key` varchar(200) NOT NULL, `access_types` text NOT NULL, `created_at` datetime NOT NULL, UNIQUE INDEX `uq_company_name` (`marketplace_id`, `name_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `user` (`id` varchar(36) NOT NULL, `email` varchar(254) NOT NULL, `name` varchar(200) NOT NULL, `password_hash` varchar(200) NULL, `platform_operator` tinyint NOT NULL DEFAULT 0, `disabled_at` datetime NULL, `created_at` datetime NOT NULL, UNIQUE INDEX `IDX_e12875dfb3b1d92d7d7c5377e2` (`email`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `membership` (`id` varchar(36) NOT NULL, `user_id` varchar(36) NOT NULL, `company_id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NOT NULL, `status` varchar(10) NOT NULL, `created_at` datetime NOT NULL, `revoked_at` datetime NULL, INDEX `idx_membership_company` (`company_id`, `id`), UNIQUE INDEX `uq_membership_user_company` (`user_id`, `company_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `membership_role` (`membership_id` varchar(36) NOT NULL, `role` varchar(40) NOT NULL, `company_id` varchar(36) NOT NULL, INDEX `idx_membership_role_company` (`company_id`, `role`), PRIMARY KEY (`membership_id`, `role`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `invitation` (`id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NOT NULL, `company_id` varchar(36) NOT NULL, `email` varchar(254) NOT NULL, `roles` text NOT NULL, `token_hash` varchar(64) NOT NULL, `invited_by` varchar(36) NOT NULL, `expires_at` datetime NOT NULL, `accepted_at` datetime NULL, `revoked_at` datetime NULL, `created_at` datetime NOT NULL, INDEX `idx_invitation_company` (`company_id`, `id`), UNIQUE INDEX `IDX_b827d3749ffbb3b5ab5099afd6` (`token_hash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `api_key` (`id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NOT NULL, `company_id` varchar(36) NOT NULL, `name` varchar(100) NOT NULL, `prefix` varchar(16) NOT NULL, `secret_hash` varchar(64) NOT NULL, `roles` text NOT NULL, `created_by` varchar(36) NOT NULL, `last_used_at` datetime NULL, `revoked_at` datetime NULL, `created_at` datetime NOT NULL, INDEX `idx_api_key_company` (`company_id`, `id`), UNIQUE INDEX `IDX_b227edd98d489363d65e908e60` (`secret_hash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `refresh_session` (`id` varchar(36) NOT NULL, `user_id` varchar(36) NOT NULL, `family_id` varchar(36) NOT NULL, `token_hash` varchar(64) NOT NULL, `expires_at` datetime NOT NULL, `rotated_at` datetime NULL, `revoked_at` datetime NULL, `created_at` datetime NOT NULL, INDEX `idx_refresh_session_family` (`family_id`), UNIQUE INDEX `IDX_95c2640c58bce2ed15023a254a` (`token_hash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `login_throttle` (`email_key` varchar(254) NOT NULL, `failures` int NOT NULL, `window_started_at` datetime NOT NULL, `locked_until` datetime NULL, PRIMARY KEY (`email_key`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `reseller_customer` (`reseller_company_id` varchar(36) NOT NULL, `customer_company_id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NOT NULL, `created_at` datetime NOT NULL, INDEX `idx_reseller_customer_customer` (`customer_company_id`), PRIMARY KEY (`reseller_company_id`, `customer_company_id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `company` ADD CONSTRAINT `FK_4b637d2ae9d0bf01f5f9d687477` FOREIGN KEY (`marketplace_id`) REFERENCES `marketplace`(`id`) ON DELETE RESTRICT ON UPDATE RESTRICT");
    await queryRunner.query("ALTER TABLE `membership` ADD CONSTRAINT `FK_e9c72e8d29784031c96f5c6af8d` FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON DELETE RESTRICT ON UPDATE RESTRICT");
    await queryRunner.query("ALTER TABLE `membership` ADD CONSTRAINT `FK_d6812ba6c79a178ecab570bc17e` FOREIGN KEY (`company_id`) REFERENCES `company`(`id`) ON DELETE RESTRICT ON UPDATE RESTRICT");
    await queryRunner.query("ALTER TABLE `membership_role` ADD CONSTRAINT `FK_d52481c1594c2685a91d65ce1aa` FOREIGN KEY (`membership_id`) REFERENCES `membership`(`id`) ON DELETE RESTRICT ON UPDATE RESTRICT");
    await queryRunner.query("ALTER TABLE `invitation` ADD CONSTRAINT `FK_088c9b15c9465faaa40472b71cf` FOREIGN KEY (`company_id`) REFERENCES `company`(`id`) ON DELETE RESTRICT ON UPDATE RESTRICT");
    await queryRunner.query("ALTER TABLE `api_key` ADD CONSTRAINT `FK_8a25938b0dcb626a75b68e5bee9` FOREIGN KEY (`company_id`) REFERENCES `company`(`id`) ON DELETE RESTRICT ON UPDATE RESTRICT");
    await queryRunner.query("ALTER TABLE `refresh_session` ADD CONSTRAINT `FK_684b73eb2dd26a45b1fdc0ca178` FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON DELETE RESTRICT ON UPDATE RESTRICT");
    await queryRunner.query("ALTER TABLE `reseller_customer` ADD CONSTRAINT `FK_3dc2f5628e5ec0c9be9fb723c2b` FOREIGN KEY (`reseller_company_id`) REFERENCES `company`(`id`) ON DELETE RESTRICT ON UPDATE RESTRICT");
    await queryRunner.query("ALTER TABLE `reseller_customer` ADD CONSTRAINT `FK_d5c3131ec5e391dc8a2421cf478` FOREIGN KEY (`customer_company_id`) REFERENCES `company`(`id`) ON DELETE RESTRICT ON UPDATE RESTRICT");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `reseller_customer` DROP FOREIGN KEY `FK_d5c3131ec5e391dc8a2421cf478`");
    await queryRunner.query("ALTER TABLE `reseller_customer` DROP FOREIGN KEY `FK_3dc2f5628e5ec0c9be9fb723c2b`");
    await queryRunner.query("ALTER TABLE `refresh_session` DROP FOREIGN KEY `FK_684b73eb2dd26a45b1fdc0ca178`");
    await queryRunner.query("ALTER TABLE `api_key` DROP FOREIGN KEY `FK_8a25938b0dcb626a75b68e5bee9`");
    await queryRunner.query("ALTER TABLE `invitation` DROP FOREIGN KEY `FK_088c9b15c9465faaa40472b71cf`");
    await queryRunner.query("ALTER TABLE `membership_role` DROP FOREIGN KEY `FK_d52481c1594c2685a91d65ce1aa`");
    await queryRunner.query("ALTER TABLE `membership` DROP FOREIGN KEY `FK_d6812ba6c79a178ecab570bc17e`");
    await queryRunner.query("ALTER TABLE `membership` DROP FOREIGN KEY `FK_e9c72e8d29784031c96f5c6af8d`");
    await queryRunner.query("ALTER TABLE `company` DROP FOREIGN KEY `FK_4b637d2ae9d0bf01f5f9d687477`");
    await queryRunner.query("DROP INDEX `idx_reseller_customer_customer` ON `reseller_customer`");
    await queryRunner.query("DROP TABLE `reseller_customer`");
    await queryRunner.query("DROP TABLE `login_throttle`");
    await queryRunner.query("DROP INDEX `IDX_95c2640c58bce2ed15023a254a` ON `refresh_session`");
    await queryRunner.query("DROP INDEX `idx_refresh_session_family` ON `refresh_session`");
    await queryRunner.query("DROP TABLE `refresh_session`");
    await queryRunner.query("DROP INDEX `IDX_b227edd98d489363d65e908e60` ON `api_key`");
    await queryRunner.query("DROP INDEX `idx_api_key_company` ON `api_key`");
    await queryRunner.query("DROP TABLE `api_key`");
    await queryRunner.query("DROP INDEX `IDX_b827d3749ffbb3b5ab5099afd6` ON `invitation`");
    await queryRunner.query("DROP INDEX `idx_invitation_company` ON `invitation`");
    await queryRunner.query("DROP TABLE `invitation`");
    await queryRunner.query("DROP INDEX `idx_membership_role_company` ON `membership_role`");
    await queryRunner.query("DROP TABLE `membership_role`");
    await queryRunner.query("DROP INDEX `uq_membership_user_company` ON `membership`");
    await queryRunner.query("DROP INDEX `idx_membership_company` ON `membership`");
    await queryRunner.query("DROP TABLE `membership`");
    await queryRunner.query("DROP INDEX `IDX_e12875dfb3b1d92d7d7c5377e2` ON `user`");
    await queryRunner.query("DROP TABLE `user`");
    await queryRunner.query("DROP INDEX `uq_company_name` ON `company`");
    await queryRunner.query("DROP TABLE `company`");
    await queryRunner.query("DROP INDEX `IDX_eae18e4c6cb8e19cf462676a2c` ON `marketplace`");
    await queryRunner.query("DROP INDEX `IDX_7df271912673a4a01c63dec283` ON `marketplace`");
    await queryRunner.query("DROP TABLE `marketplace`");
    await queryRunner.query("DROP INDEX `idx_audit_marketplace` ON `audit_entry`");
    await queryRunner.query("DROP INDEX `idx_audit_company` ON `audit_entry`");
    await queryRunner.query("DROP TABLE `audit_entry`");
  }
}

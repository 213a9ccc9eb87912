import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProductVersions1795328682656 implements MigrationInterface {
  name = 'ProductVersions1795328682656';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `product_version` (`id` varchar(36) NOT NULL, `marketplace_id` varchar(36) NOT NULL, `product_id` varchar(36) NOT NULL, `version` varchar(64) NOT NULL, `changelog` text NOT NULL, `config_schema` text NOT NULL, `state` varchar(12) NOT NULL, `created_at` datetime NOT NULL, INDEX `idx_version_marketplace` (`marketplace_id`, `id`), UNIQUE INDEX `uq_version_product_semver` (`product_id`, `version`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_version_product_semver` ON `product_version`");
    await queryRunner.query("DROP INDEX `idx_version_marketplace` ON `product_version`");
    await queryRunner.query("DROP TABLE `product_version`");
  }
}

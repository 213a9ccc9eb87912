import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProductVersions1795328682656 implements MigrationInterface {
  name = 'ProductVersions1795328682656';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"product_version\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"marketplace_id\" varchar(36) NOT NULL, \"product_id\" varchar(36) NOT NULL, \"version\" varchar(64) NOT NULL, \"changelog\" text NOT NULL, \"config_schema\" text NOT NULL, \"state\" varchar(12) NOT NULL, \"created_at\" datetime NOT NULL, CONSTRAINT \"uq_version_product_semver\" UNIQUE (\"product_id\", \"version\"))");
    await queryRunner.query("CREATE INDEX \"idx_version_marketplace\" ON \"product_version\" (\"marketplace_id\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_version_marketplace\"");
    await queryRunner.query("DROP TABLE \"product_version\"");
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ListOrderIndexes1796164005409 implements MigrationInterface {
  name = 'ListOrderIndexes1796164005409';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `idx_product_marketplace_name` ON `product` (`marketplace_id`, `name`, `id`)");
    await queryRunner.query("CREATE INDEX `idx_product_marketplace_state_name` ON `product` (`marketplace_id`, `state`, `name`, `id`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_product_marketplace_state_name` ON `product`");
    await queryRunner.query("DROP INDEX `idx_product_marketplace_name` ON `product`");
  }
}

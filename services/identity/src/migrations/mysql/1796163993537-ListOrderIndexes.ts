import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ListOrderIndexes1796163993537 implements MigrationInterface {
  name = 'ListOrderIndexes1796163993537';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `idx_user_name` ON `user` (`name`, `id`)");
    await queryRunner.query("CREATE INDEX `idx_membership_marketplace_user` ON `membership` (`marketplace_id`, `user_id`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_membership_marketplace_user` ON `membership`");
    await queryRunner.query("DROP INDEX `idx_user_name` ON `user`");
  }
}

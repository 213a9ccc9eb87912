import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SubscriptionVendorIndex1796160350466 implements MigrationInterface {
  name = 'SubscriptionVendorIndex1796160350466';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"idx_subscription_vendor\" ON \"subscription\" (\"vendor_company_id\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_subscription_vendor\"");
  }
}

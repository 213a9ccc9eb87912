import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795328392957 implements MigrationInterface {
  name = 'Initial1795328392957';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"audit_entry\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"marketplace_id\" varchar(36), \"company_id\" varchar(36), \"actor_kind\" varchar(20) NOT NULL, \"actor_id\" varchar(36), \"action\" varchar(80) NOT NULL, \"target_type\" varchar(40) NOT NULL, \"target_id\" varchar(36), \"details\" text, \"request_id\" varchar(64) NOT NULL, \"created_at\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_audit_company\" ON \"audit_entry\" (\"company_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_audit_marketplace\" ON \"audit_entry\" (\"marketplace_id\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"product\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"marketplace_id\" varchar(36) NOT NULL, \"vendor_company_id\" varchar(36) NOT NULL, \"name\" varchar(200) NOT NULL, \"state\" varchar(12) NOT NULL, \"created_at\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_product_marketplace_state\" ON \"product\" (\"marketplace_id\", \"state\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_product_vendor\" ON \"product\" (\"vendor_company_id\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_product_vendor\"");
    await queryRunner.query("DROP INDEX \"idx_product_marketplace_state\"");
    await queryRunner.query("DROP TABLE \"product\"");
    await queryRunner.query("DROP INDEX \"idx_audit_marketplace\"");
    await queryRunner.query("DROP INDEX \"idx_audit_company\"");
    await queryRunner.query("DROP TABLE \"audit_entry\"");
  }
}

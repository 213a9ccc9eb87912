import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795328394594 implements MigrationInterface {
  name = 'Initial1795328394594';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"audit_entry\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"marketplace_id\" varchar(36), \"company_id\" varchar(36), \"actor_kind\" varchar(20) NOT NULL, \"actor_id\" varchar(36), \"action\" varchar(80) NOT NULL, \"target_type\" varchar(40) NOT NULL, \"target_id\" varchar(36), \"details\" text, \"request_id\" varchar(64) NOT NULL, \"created_at\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_audit_company\" ON \"audit_entry\" (\"company_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_audit_marketplace\" ON \"audit_entry\" (\"marketplace_id\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"end_customer\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"marketplace_id\" varchar(36) NOT NULL, \"partner_company_id\" varchar(36) NOT NULL, \"name\" varchar(200) NOT NULL, \"name_key\" varchar(200) NOT NULL, \"external_id\" varchar(255) NOT NULL, \"external_id_key\" varchar(255) NOT NULL, \"created_at\" datetime NOT NULL, CONSTRAINT \"uq_end_customer_external_id\" UNIQUE (\"partner_company_id\", \"external_id_key\"), CONSTRAINT \"uq_end_customer_name\" UNIQUE (\"partner_company_id\", \"name_key\"))");
    await queryRunner.query("CREATE INDEX \"idx_end_customer_partner\" ON \"end_customer\" (\"partner_company_id\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_end_customer_partner\"");
    await queryRunner.query("DROP TABLE \"end_customer\"");
    await queryRunner.query("DROP INDEX \"idx_audit_marketplace\"");
    await queryRunner.query("DROP INDEX \"idx_audit_company\"");
    await queryRunner.query("DROP TABLE \"audit_entry\"");
  }
}

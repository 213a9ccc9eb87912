import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795329152853 implements MigrationInterface {
  name = 'Initial1795329152853';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"audit_entry\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"marketplace_id\" varchar(36), \"company_id\" varchar(36), \"actor_kind\" varchar(20) NOT NULL, \"actor_id\" varchar(36), \"action\" varchar(80) NOT NULL, \"target_type\" varchar(40) NOT NULL, \"target_id\" varchar(36), \"details\" text, \"request_id\" varchar(64) NOT NULL, \"created_at\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_audit_company\" ON \"audit_entry\" (\"company_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_audit_marketplace\" ON \"audit_entry\" (\"marketplace_id\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"product\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"marketplace_id\" varchar(36) NOT NULL, \"vendor_company_id\" varchar(36) NOT NULL, \"name\" varchar(200) NOT NULL, \"state\" varchar(16) NOT NULL, \"description\" text NOT NULL, \"tagline\" varchar(300) NOT NULL, \"logo_url\" varchar(2000), \"screenshots\" text NOT NULL, \"categories\" text NOT NULL, \"rejection_reason\" text, \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL, \"published_at\" datetime)");
    await queryRunner.query("CREATE INDEX \"idx_product_marketplace_state\" ON \"product\" (\"marketplace_id\", \"state\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_product_vendor\" ON \"product\" (\"vendor_company_id\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"product_transition\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"marketplace_id\" varchar(36) NOT NULL, \"product_id\" varchar(36) NOT NULL, \"from_state\" varchar(16), \"to_state\" varchar(16) NOT NULL, \"reason\" text, \"actor_kind\" varchar(20) NOT NULL, \"actor_id\" varchar(36), \"created_at\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_transition_product\" ON \"product_transition\" (\"product_id\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"product_revision\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"marketplace_id\" varchar(36) NOT NULL, \"product_id\" varchar(36) NOT NULL, \"pending_product_id\" varchar(36), \"state\" varchar(16) NOT NULL, \"name\" varchar(200) NOT NULL, \"description\" text NOT NULL, \"tagline\" varchar(300) NOT NULL, \"logo_url\" varchar(2000), \"screenshots\" text NOT NULL, \"categories\" text NOT NULL, \"author_id\" varchar(36), \"reviewer_id\" varchar(36), \"reason\" text, \"created_at\" datetime NOT NULL, \"decided_at\" datetime, CONSTRAINT \"uq_revision_pending\" UNIQUE (\"pending_product_id\"))");
    await queryRunner.query("CREATE INDEX \"idx_revision_product\" ON \"product_revision\" (\"product_id\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"product_version\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"marketplace_id\" varchar(36) NOT NULL, \"product_id\" varchar(36) NOT NULL, \"version\" varchar(64) NOT NULL, \"changelog\" text NOT NULL, \"config_schema\" text NOT NULL, \"state\" varchar(16) NOT NULL, \"created_at\" datetime NOT NULL, \"released_at\" datetime, CONSTRAINT \"uq_version_product_semver\" UNIQUE (\"product_id\", \"version\"))");
    await queryRunner.query("CREATE INDEX \"idx_version_marketplace\" ON \"product_version\" (\"marketplace_id\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"edition\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"marketplace_id\" varchar(36) NOT NULL, \"product_id\" varchar(36) NOT NULL, \"name\" varchar(100) NOT NULL, \"price_minor\" integer NOT NULL, \"currency\" varchar(3) NOT NULL, \"billing_period\" varchar(16) NOT NULL, \"allows_multiple_subscriptions\" boolean NOT NULL, \"created_at\" datetime NOT NULL, CONSTRAINT \"uq_edition_product_name\" UNIQUE (\"product_id\", \"name\"))");
    await queryRunner.query("CREATE INDEX \"idx_edition_marketplace\" ON \"edition\" (\"marketplace_id\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"subscription\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"marketplace_id\" varchar(36) NOT NULL, \"company_id\" varchar(36) NOT NULL, \"product_id\" varchar(36) NOT NULL, \"vendor_company_id\" varchar(36) NOT NULL, \"edition_id\" varchar(36) NOT NULL, \"state\" varchar(16) NOT NULL, \"price_minor\" integer NOT NULL, \"currency\" varchar(3) NOT NULL, \"billing_period\" varchar(16) NOT NULL, \"channel\" varchar(16) NOT NULL, \"buyer_kind\" varchar(20) NOT NULL, \"buyer_id\" varchar(36), \"buyer_company_id\" varchar(36) NOT NULL, \"exclusive_key\" varchar(80), \"created_at\" datetime NOT NULL, \"cancelled_at\" datetime, \"cancelled_by\" varchar(36), CONSTRAINT \"uq_subscription_exclusive\" UNIQUE (\"exclusive_key\"))");
    await queryRunner.query("CREATE INDEX \"idx_subscription_product\" ON \"subscription\" (\"product_id\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_subscription_marketplace\" ON \"subscription\" (\"marketplace_id\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_subscription_company\" ON \"subscription\" (\"company_id\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"purchase_request\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"marketplace_id\" varchar(36) NOT NULL, \"company_id\" varchar(36) NOT NULL, \"product_id\" varchar(36) NOT NULL, \"edition_id\" varchar(36) NOT NULL, \"requester_id\" varchar(36) NOT NULL, \"note\" text, \"state\" varchar(16) NOT NULL, \"decided_by\" varchar(36), \"reason\" text, \"subscription_id\" varchar(36), \"created_at\" datetime NOT NULL, \"decided_at\" datetime)");
    await queryRunner.query("CREATE INDEX \"idx_purchase_request_company\" ON \"purchase_request\" (\"company_id\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"product_assignment\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"marketplace_id\" varchar(36) NOT NULL, \"company_id\" varchar(36) NOT NULL, \"subscription_id\" varchar(36) NOT NULL, \"product_id\" varchar(36) NOT NULL, \"user_id\" varchar(36) NOT NULL, \"assigned_by\" varchar(36), \"active_key\" varchar(80), \"created_at\" datetime NOT NULL, \"ended_at\" datetime, CONSTRAINT \"uq_assignment_active\" UNIQUE (\"active_key\"))");
    await queryRunner.query("CREATE INDEX \"idx_assignment_subscription\" ON \"product_assignment\" (\"subscription_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_assignment_user\" ON \"product_assignment\" (\"user_id\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"lead\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"marketplace_id\" varchar(36) NOT NULL, \"source_company_id\" varchar(36) NOT NULL, \"created_by\" varchar(36), \"prospect_company_name\" varchar(200) NOT NULL, \"contact_email\" varchar(320) NOT NULL, \"product_id\" varchar(36), \"state\" varchar(16) NOT NULL, \"assigned_company_id\" varchar(36), \"customer_company_id\" varchar(36), \"lost_reason\" text, \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_lead_assigned\" ON \"lead\" (\"assigned_company_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_lead_source\" ON \"lead\" (\"source_company_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_lead_marketplace\" ON \"lead\" (\"marketplace_id\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_lead_marketplace\"");
    await queryRunner.query("DROP INDEX \"idx_lead_source\"");
    await queryRunner.query("DROP INDEX \"idx_lead_assigned\"");
    await queryRunner.query("DROP TABLE \"lead\"");
    await queryRunner.query("DROP INDEX \"idx_assignment_user\"");
    await queryRunner.query("DROP INDEX \"idx_assignment_subscription\"");
    await queryRunner.query("DROP TABLE \"product_assignment\"");
    await queryRunner.query("DROP INDEX \"idx_purchase_request_company\"");
    await queryRunner.query("DROP TABLE \"purchase_request\"");
    await queryRunner.query("DROP INDEX \"idx_subscription_company\"");
    await queryRunner.query("DROP INDEX \"idx_subscription_marketplace\"");
    await queryRunner.query("DROP INDEX \"idx_subscription_product\"");
    await queryRunner.query("DROP TABLE \"subscription\"");
    await queryRunner.query("DROP INDEX \"idx_edition_marketplace\"");
    await queryRunner.query("DROP TABLE \"edition\"");
    await queryRunner.query("DROP INDEX \"idx_version_marketplace\"");
    await queryRunner.query("DROP TABLE \"product_version\"");
    await queryRunner.query("DROP INDEX \"idx_revision_product\"");
    await queryRunner.query("DROP TABLE \"product_revision\"");
    await queryRunner.query("DROP INDEX \"idx_transition_product\"");
    await queryRunner.query("DROP TABLE \"product_transition\"");
    await queryRunner.query("DROP INDEX \"idx_product_vendor\"");
    await queryRunner.query("DROP INDEX \"idx_product_marketplace_state\"");
    await queryRunner.query("DROP TABLE \"product\"");
    await queryRunner.query("DROP INDEX \"idx_audit_marketplace\"");
    await queryRunner.query("DROP INDEX \"idx_audit_company\"");
    await queryRunner.query("DROP TABLE \"audit_entry\"");
  }
}

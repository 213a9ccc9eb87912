import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditEvents1796163695833 implements MigrationInterface {
  name = 'AuditEvents1796163695833';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"idx_audit_target\" ON \"audit_entry\" (\"target_type\", \"target_id\", \"id\") ");

    // Stored actor kinds become the names of the graph's ActorKind enum.
    await queryRunner.query("UPDATE audit_entry SET actor_kind = CASE actor_kind WHEN 'user' THEN 'USER' WHEN 'apiKey' THEN 'API_KEY' WHEN 'endCustomer' THEN 'END_CUSTOMER' WHEN 'anonymous' THEN 'ANONYMOUS' WHEN 'keyset' THEN 'KEYSET' WHEN 'system' THEN 'SYSTEM' ELSE actor_kind END");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("UPDATE audit_entry SET actor_kind = CASE actor_kind WHEN 'USER' THEN 'user' WHEN 'API_KEY' THEN 'apiKey' WHEN 'END_CUSTOMER' THEN 'endCustomer' WHEN 'ANONYMOUS' THEN 'anonymous' WHEN 'KEYSET' THEN 'keyset' WHEN 'SYSTEM' THEN 'system' ELSE actor_kind END");
    await queryRunner.query("DROP INDEX \"idx_audit_target\"");
  }
}

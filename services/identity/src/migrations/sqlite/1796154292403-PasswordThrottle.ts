import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PasswordThrottle1796154292403 implements MigrationInterface {
  name = 'PasswordThrottle1796154292403';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"password_throttle\" (\"throttle_key\" varchar(64) PRIMARY KEY NOT NULL, \"attempts\" integer NOT NULL, \"window_started_ms\" bigint NOT NULL, \"last_attempt_ms\" bigint NOT NULL, \"last_success_ms\" bigint)");
    // The per-email login throttle is replaced by password_throttle (I15).
    await queryRunner.query("DROP TABLE \"login_throttle\"");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"password_throttle\"");
    await queryRunner.query("CREATE TABLE \"login_throttle\" (\"email_key\" varchar(254) PRIMARY KEY NOT NULL, \"failures\" integer NOT NULL, \"window_started_at\" datetime NOT NULL, \"locked_until\" datetime)");
  }
}

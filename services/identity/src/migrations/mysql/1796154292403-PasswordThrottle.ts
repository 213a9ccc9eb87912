import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PasswordThrottle1796154292403 implements MigrationInterface {
  name = 'PasswordThrottle1796154292403';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `password_throttle` (`throttle_key` varchar(64) NOT NULL, `attempts` int NOT NULL, `window_started_ms` bigint NOT NULL, `last_attempt_ms` bigint NOT NULL, `last_success_ms` bigint NULL, PRIMARY KEY (`throttle_key`)) ENGINE=InnoDB");
    // The per-email login throttle is replaced by password_throttle (I15).
    await queryRunner.query("DROP TABLE `login_throttle`");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `password_throttle`");
    await queryRunner.query("CREATE TABLE `login_throttle` (`email_key` varchar(254) NOT NULL, `failures` int NOT NULL, `window_started_at` datetime NOT NULL, `locked_until` datetime NULL, PRIMARY KEY (`email_key`)) ENGINE=InnoDB");
  }
}

/** Reads configuration from the environment, collecting every problem with the variable's name. */
export class EnvReader {
  private readonly problems: string[] = [];

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  get production(): boolean {
    return this.env['NODE_ENV'] === 'production';
  }

  string(name: string, fallback?: string): string {
    const value = this.env[name];
    if (value !== undefined && value !== '') return value;
    if (fallback !== undefined) return fallback;
    this.problems.push(`${name} is required`);
    return '';
  }

  optional(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value === '' ? undefined : value;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  }

  /**
   * A signing or encryption secret: required in production, at least 32 characters; outside
   * production a fixed development value is used when unset.
   */
  secret(name: string, developmentValue: string): string {
    const value = this.env[name];
    if (value === undefined || value === '') {
      if (this.production) this.problems.push(`${name} is required when NODE_ENV=production`);
      return developmentValue;
    }
    if (value.length < 32) this.problems.push(`${name} must be at least 32 characters`);
    return value;
  }

  check(name: string, ok: boolean, message: string): void {
    if (!ok) this.problems.push(`${name} ${message}`);
  }

  /** Throws one error listing every bad variable. */
  done(): void {
    if (this.problems.length > 0) {
      throw new Error(`Invalid configuration:\n  - ${this.problems.join('\n  - ')}`);
    }
  }
}

export const DEV_SECRETS = {
  actorContext: 'dev-only-actor-context-secret-change-me-0001',
  accessToken: 'dev-only-access-token-secret-change-me-00002',
  embedToken: 'dev-only-embed-token-secret-change-me-000003',
  credentials: 'dev-only-credentials-key-change-me-000000004',
} as const;

import type http from 'node:http';
import { Redis } from 'ioredis';
import proxyaddr from 'proxy-addr';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Actor } from '@marketgraph/authz';

export interface RateLimitConfig {
  /** Requests one client address may send per minute, counted before authentication. */
  perAddressPerMinute: number;
  /** Failed authentications one client address may cause per minute; past it, credentials are not checked. */
  authFailuresPerMinute: number;
  /** Requests each actor may make per minute, counted after authentication. */
  perActorPerMinute: number;
}

export interface RedisConfig {
  /** `REDIS_URL`; null keeps the counters in this process only. */
  url: string | null;
  /** Prefix of every counter's key, so that deployments (and tests) sharing a Redis stay apart. */
  keyPrefix: string;
}

/**
 * The client's address: the socket's peer, or, when that peer is a trusted proxy, the address
 * it reports in X-Forwarded-For (walking right to left while the hops are trusted). An address
 * from an untrusted peer's X-Forwarded-For is never believed.
 */
export function clientAddressOf(req: http.IncomingMessage, trust: (address: string, hop: number) => boolean): string {
  return proxyaddr(req, trust);
}

/** Compiles `TRUSTED_PROXIES` (IP addresses, CIDR ranges, or `loopback`, `linklocal`, `uniquelocal`). */
export function trustedProxies(list: readonly string[]): (address: string, hop: number) => boolean {
  return proxyaddr.compile([...list]);
}

export function actorRateKey(actor: Actor, clientAddress: string): string {
  switch (actor.kind) {
    case 'user':
      return `u:${actor.userId}`;
    case 'apiKey':
      return `k:${actor.apiKeyId}`;
    case 'endCustomer':
      return `e:${actor.endCustomerId}`;
    case 'anonymous':
      return `a:${clientAddress}`;
  }
}

/**
 * The gateway's rate limits (X10): per client address before authentication, per failed
 * authentication of an address, per actor after authentication. Each key has its own
 * one-minute window. Counters live in Redis, shared by every gateway replica; while Redis is
 * not configured or not answering, each replica counts in memory.
 */
export class RateLimits {
  private constructor(
    private readonly byAddress: RateLimiterAbstract,
    private readonly failures: RateLimiterAbstract,
    private readonly failureLimit: number,
    private readonly byActor: RateLimiterAbstract,
  ) {}

  static create(limits: RateLimitConfig, redis: Redis | null, keyPrefix: string): RateLimits {
    const limiter = (name: string, points: number): RateLimiterAbstract => {
      const memory = new RateLimiterMemory({ keyPrefix: `${keyPrefix}:${name}`, points, duration: 60 });
      if (!redis) return memory;
      return new RateLimiterRedis({ storeClient: redis, keyPrefix: `${keyPrefix}:${name}`, points, duration: 60, insuranceLimiter: memory });
    };
    return new RateLimits(
      limiter('address', limits.perAddressPerMinute),
      limiter('auth-failure', limits.authFailuresPerMinute),
      limits.authFailuresPerMinute,
      limiter('actor', limits.perActorPerMinute),
    );
  }

  /** Counts one request of the address; the seconds to wait when over its limit, else 0. */
  takeAddress(address: string): Promise<number> {
    return take(this.byAddress, address);
  }

  /** The seconds to wait when the address has failed authentication too often, else 0. */
  async authFailureWait(address: string): Promise<number> {
    const res = await this.failures.get(address).catch(() => null);
    return res && res.consumedPoints >= this.failureLimit ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0;
  }

  /** Counts one failed authentication of the address. */
  async recordAuthFailure(address: string): Promise<void> {
    await this.failures.consume(address).catch(() => undefined);
  }

  /** Counts one request of the actor; the seconds to wait when over its limit, else 0. */
  takeActor(key: string): Promise<number> {
    return take(this.byActor, key);
  }

}

async function take(limiter: RateLimiterAbstract, key: string): Promise<number> {
  try {
    await limiter.consume(key);
    return 0;
  } catch (res) {
    if (res instanceof RateLimiterRes) return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
    // Neither Redis nor the in-memory limiter could count: let the request through rather than refuse everyone.
    return 0;
  }
}

/**
 * The Redis the gateway replicas share (rate limits, the actor cache's generation), or null
 * when REDIS_URL is unset. Commands fail at once while Redis is away, and after 500 ms while it
 * is slow, so callers fall back to this process instead of requests waiting in a queue.
 */
export async function connectRedis(redisConfig: RedisConfig, log: (message: string) => void): Promise<Redis | null> {
  if (!redisConfig.url) return null;
  const redis = new Redis(redisConfig.url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 500,
    connectTimeout: 2000,
    lazyConnect: true,
    // Commands issued in the same turn of the event loop (a request's counters, other requests'
    // generation reads) go to Redis in one write and come back in one read.
    enableAutoPipelining: true,
  });
  let reported = false;
  redis.on('error', (err: Error) => {
    if (!reported) log(`Redis at ${redactUrl(redisConfig.url ?? '')} is not answering (${err.message}); rate limits count in this process and actors come from identity until it is back`);
    reported = true;
  });
  redis.on('ready', () => {
    reported = false;
  });
  await redis.connect().catch(() => undefined);
  return redis;
}

export async function closeRedis(redis: Redis | null): Promise<void> {
  if (redis) await redis.quit().catch(() => redis.disconnect());
}

function redactUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}

'use strict';
/**
 * V8 flags every service process runs with: in the image (the Dockerfile's ENV NODE_OPTIONS,
 * which test/dockerfile.test.ts holds to this value) and wherever the scripts start services.
 * A 32 MiB semi-space lets the short-lived objects of the requests in flight die in the young
 * generation instead of being copied out of it at every scavenge; docs/performance.md has the
 * A/B. A NODE_OPTIONS of the caller's own is used instead.
 */
const SERVICE_NODE_OPTIONS = '--max-semi-space-size=32';

/** `env` with NODE_OPTIONS set to the services' flags, unless it sets its own. */
function withServiceNodeOptions(env) {
  return env.NODE_OPTIONS === undefined ? { ...env, NODE_OPTIONS: SERVICE_NODE_OPTIONS } : env;
}

module.exports = { SERVICE_NODE_OPTIONS, withServiceNodeOptions };

'use strict';
/**
 * V8 flags the service processes run with: in the image (the Dockerfile's ENV NODE_OPTIONS, and
 * tenancy's own in its manifest and in docker-compose.yml, which test/dockerfile.test.ts holds to
 * these values) and wherever the scripts start services. A larger semi-space lets the
 * short-lived objects of the requests in flight die in the young generation instead of being
 * copied out of it at every scavenge: 32 MiB for every process; 64 MiB for tenancy, whose pages
 * (end customers with their apps and keysets) keep the most alive per request. docs/performance.md
 * has the A/Bs. A NODE_OPTIONS of the caller's own is used instead.
 */
const SERVICE_NODE_OPTIONS = '--max-semi-space-size=32';

/** Services whose flags differ from SERVICE_NODE_OPTIONS. */
const NODE_OPTIONS_BY_SERVICE = Object.freeze({ tenancy: '--max-semi-space-size=64' });

/** The flags of one service: `identity`, `catalog`, `tenancy` or `gateway`. */
function nodeOptionsOf(service) {
  return NODE_OPTIONS_BY_SERVICE[service] ?? SERVICE_NODE_OPTIONS;
}

/** `env` with NODE_OPTIONS set to the service's flags, unless it sets its own. */
function withServiceNodeOptions(env, service) {
  return env.NODE_OPTIONS === undefined ? { ...env, NODE_OPTIONS: nodeOptionsOf(service) } : env;
}

module.exports = { SERVICE_NODE_OPTIONS, NODE_OPTIONS_BY_SERVICE, nodeOptionsOf, withServiceNodeOptions };

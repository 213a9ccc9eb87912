#!/usr/bin/env node
/**
 * The image's HEALTHCHECK: asks the service running in this container for `/health` (liveness),
 * or `/ready` with the argument `ready`, on 127.0.0.1, and exits 0 when it answers 200 within 2 s.
 * The image runs any of the four services: which one is read from the container's command
 * (process 1), and its port from the variable that service reads (`IDENTITY_PORT`, ...), else
 * its default. A container running something else (the migration job) has nothing to check.
 *
 *   node scripts/healthcheck.js          liveness
 *   node scripts/healthcheck.js ready    readiness (docker-compose waits on it)
 */
'use strict';
const fs = require('node:fs');

const SERVICES = [
  { main: 'services/identity/dist/main.js', portVar: 'IDENTITY_PORT', port: 4001 },
  { main: 'services/catalog/dist/main.js', portVar: 'CATALOG_PORT', port: 4002 },
  { main: 'services/tenancy/dist/main.js', portVar: 'TENANCY_PORT', port: 4003 },
  { main: 'gateway/dist/main.js', portVar: 'GATEWAY_PORT', port: 4000 },
];

function command() {
  try {
    return fs.readFileSync('/proc/1/cmdline', 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

const path = process.argv[2] === 'ready' ? '/ready' : '/health';
const cmd = process.env.HEALTHCHECK_COMMAND || command();
const service = SERVICES.find((s) => cmd.includes(s.main));
if (!service) process.exit(0);
const port = Number(process.env[service.portVar] || service.port);

fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(2000) })
  .then((res) => process.exit(res.ok ? 0 : 1))
  .catch(() => process.exit(1));

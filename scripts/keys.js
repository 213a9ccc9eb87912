#!/usr/bin/env node
// npm run keys: fresh Ed25519 key pairs for a deployment, as .env lines (single-line JWKs) for
// docker-compose.yml. Only the gateway gets ACTOR_CONTEXT_PRIVATE_KEY; each calling service
// gets its own <SERVICE>_SERVICE_PRIVATE_KEY; the public keys may go to every service.
'use strict';
const { generateKeyPairSync } = require('node:crypto');

function pair() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey: JSON.stringify(privateKey.export({ format: 'jwk' })), publicKey: JSON.stringify(publicKey.export({ format: 'jwk' })) };
}

const lines = [];
const actor = pair();
lines.push(`ACTOR_CONTEXT_PRIVATE_KEY='${actor.privateKey}'`, `ACTOR_CONTEXT_PUBLIC_KEY='${actor.publicKey}'`);
for (const service of ['GATEWAY', 'IDENTITY', 'CATALOG', 'TENANCY']) {
  const keys = pair();
  lines.push(`${service}_SERVICE_PRIVATE_KEY='${keys.privateKey}'`, `${service}_SERVICE_PUBLIC_KEY='${keys.publicKey}'`);
}
process.stdout.write(`${lines.join('\n')}\n`);

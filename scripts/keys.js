#!/usr/bin/env node
// npm run keys: fresh Ed25519 key pairs for a deployment, as .env lines (single-line JWKs) for
// docker-compose.yml, then fresh secrets and database passwords (hex, so that they stand in a
// URL as they are). Only the gateway gets ACTOR_CONTEXT_PRIVATE_KEY; each calling service gets
// its own <SERVICE>_SERVICE_PRIVATE_KEY; each service gets the public keys of its callers.
'use strict';
const { generateKeyPairSync, randomBytes } = require('node:crypto');

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
for (const secret of ['ACCESS_TOKEN_SECRET', 'EMBED_TOKEN_SECRET', 'CREDENTIALS_KEY']) lines.push(`${secret}=${randomBytes(32).toString('hex')}`);
for (const user of ['MYSQL_ROOT', 'IDENTITY_DATABASE', 'CATALOG_DATABASE', 'TENANCY_DATABASE', 'MIGRATE_DATABASE']) lines.push(`${user}_PASSWORD=${randomBytes(24).toString('hex')}`);
process.stdout.write(`${lines.join('\n')}\n`);

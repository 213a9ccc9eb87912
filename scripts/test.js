#!/usr/bin/env node
// npm test: every unit, integration and end-to-end test, on MySQL.
//   MYSQL_URL           server to use (default mysql://root@127.0.0.1:3306)
//   TEST_REQUIRE_MYSQL  1: a missing MySQL is a failure (CI sets it); otherwise the
//                       tests fall back to the embedded SQLite and say so.
// Extra arguments go to Jest: npm test -- services/identity
'use strict';
const net = require('node:net');
const { spawnSync } = require('node:child_process');

const url = new URL(process.env.MYSQL_URL || 'mysql://root@127.0.0.1:3306');
const required = process.env.TEST_REQUIRE_MYSQL === '1';

function reachable(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port: Number(port) });
    socket.setTimeout(2000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(false));
  });
}

async function main() {
  const mysql = await reachable(url.hostname, url.port || 3306);
  let banner;
  if (mysql) {
    banner = `Tests run on MySQL at ${url.hostname}:${url.port || 3306}`;
  } else if (required) {
    console.error(`TEST_REQUIRE_MYSQL=1 but no MySQL answers at ${url.hostname}:${url.port || 3306}`);
    process.exit(1);
  } else {
    banner = `No MySQL answers at ${url.hostname}:${url.port || 3306}: tests run on the embedded SQLite instead`;
  }
  console.log(banner);
  const env = { ...process.env, TEST_DB: mysql ? 'mysql' : 'sqlite', MYSQL_URL: url.toString().replace(/\/$/, '') };
  const result = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), ...process.argv.slice(2)], { stdio: 'inherit', env });
  console.log(banner);
  process.exit(result.status ?? 1);
}

main();

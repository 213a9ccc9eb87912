'use strict';
// The database's share of a request, alone: the SQL statements the subgraphs ran for one
// request are read from the MySQL server's general log (switched on only around that one
// request, then restored), and replayed straight against the server, one after another on one
// connection per database. The CPU time of the server process and of this client over the
// replays, divided by their number, is the floor of what the statements cost.
const mysql = require('mysql2/promise');
const { cpuMsOf } = require('./cpu');
const { median } = require('./load');

/**
 * Runs `during` with the general log on and returns the statements the connections to the
 * databases `<prefix>*` ran meanwhile (except `exclude`, connection IDs of the bench itself),
 * each with its database, in order.
 * @param {{ server: object, prefix: string, exclude?: number[], during: () => Promise<void> }} options
 */
async function captureStatements({ server, prefix, exclude = [], during }) {
  const admin = await mysql.createConnection(server);
  try {
    const [[before]] = await admin.query('SELECT @@GLOBAL.general_log AS on_, @@GLOBAL.log_output AS output, NOW(6) AS since');
    await admin.query("SET GLOBAL log_output = 'FILE,TABLE'");
    await admin.query('SET GLOBAL general_log = 1');
    try {
      await during();
    } finally {
      await admin.query('SET GLOBAL general_log = ?', [before.on_]);
      await admin.query('SET GLOBAL log_output = ?', [before.output]);
    }
    const [threads] = await admin.query('SELECT ID AS id, DB AS db FROM information_schema.PROCESSLIST WHERE DB LIKE ?', [`${prefix.replace(/_/g, '\\_')}%`]);
    const dbOf = new Map(threads.filter((t) => !exclude.includes(Number(t.id))).map((t) => [Number(t.id), t.db]));
    const [rows] = await admin.query("SELECT thread_id AS id, argument AS sql_ FROM mysql.general_log WHERE event_time >= ? AND command_type IN ('Query', 'Execute') ORDER BY event_time", [before.since]);
    if (!before.on_) await admin.query('TRUNCATE TABLE mysql.general_log');
    return rows.filter((r) => dbOf.has(Number(r.id))).map((r) => ({ db: dbOf.get(Number(r.id)), sql: String(r.sql_) }));
  } finally {
    await admin.end();
  }
}

/** IDs of the connections now open to the databases `<prefix>*`. */
async function connectionIds(server, prefix) {
  const admin = await mysql.createConnection(server);
  try {
    const [rows] = await admin.query('SELECT ID AS id FROM information_schema.PROCESSLIST WHERE DB LIKE ?', [`${prefix.replace(/_/g, '\\_')}%`]);
    return rows.map((r) => Number(r.id));
  } finally {
    await admin.end();
  }
}

/**
 * Replays the reads among `statements` in batches of about a second each; CPU-ms per replay
 * of the server process (`pid`, null if not local) and of this client, medians over 5 batches.
 * @param {{ server: object, statements: { db: string, sql: string }[], pid: number | null }} options
 */
async function replay({ server, statements, pid }) {
  const reads = statements.filter((s) => /^\s*(\/\*.*?\*\/\s*)?(SELECT|WITH|\(SELECT)/i.test(s.sql));
  const connections = new Map();
  try {
    for (const db of new Set(reads.map((s) => s.db))) connections.set(db, await mysql.createConnection({ ...server, database: db }));
    const once = async () => {
      for (const s of reads) await connections.get(s.db).query(s.sql);
    };
    await once();
    const t0 = Date.now();
    await once();
    const times = Math.max(3, Math.ceil(1000 / Math.max(1, Date.now() - t0)));
    const server_ = [];
    const client = [];
    for (let batch = 0; batch < 5; batch++) {
      const s0 = pid === null ? null : cpuMsOf(pid);
      const c0 = process.cpuUsage();
      for (let i = 0; i < times; i++) await once();
      const c1 = process.cpuUsage(c0);
      const s1 = pid === null ? null : cpuMsOf(pid);
      server_.push(s0 === null || s1 === null ? null : (s1 - s0) / times);
      client.push((c1.user + c1.system) / 1000 / times);
    }
    const round = (n) => (n === null ? null : Math.round(n * 100) / 100);
    return {
      statements: statements.length,
      replayed: reads.length,
      mysqldMs: round(median(server_)),
      clientMs: round(median(client)),
      // For the JSON: which statements, shortened.
      sql: statements.map((st) => `${st.db}: ${st.sql.replace(/\s+/g, ' ').slice(0, 160)}`),
    };
  } finally {
    await Promise.all([...connections.values()].map((c) => c.end()));
  }
}

module.exports = { captureStatements, replay, connectionIds };

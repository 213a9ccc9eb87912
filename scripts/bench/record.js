'use strict';
// What a gateway asks of the subgraphs for one operation. A recording proxy stands between a
// separate gateway process and the subgraphs: it forwards every fetch, and notes its service,
// path, headers, body, time and the SQL statements the subgraph reports (x-sql-statements).
// Requests are sent one at a time, so everything the proxy sees belongs to that request.
//
// Gateway overhead then compares, with one HTTP client and one request at a time, the
// operation end to end through the real gateway against the same recorded fetches sent
// straight to the subgraphs, one after the other (their sum).
const http = require('node:http');
const { performance } = require('node:perf_hooks');
const { freePort } = require('./processes');
const { isClean } = require('./workloads');

const FORWARDED = ['content-type', 'x-actor-context', 'x-service-token', 'x-request-id', 'accept'];

/**
 * Starts one proxy per subgraph in this process.
 * @param {Record<string, string>} subgraphs  name -> GraphQL URL
 */
async function startRecorder(subgraphs) {
  /** @type {{ service: string, path: string, headers: Record<string, string>, body: string, ms: number, sql: number }[]} */
  let fetches = [];
  const agent = new http.Agent({ keepAlive: true });
  const servers = [];
  const urls = {};
  for (const [service, url] of Object.entries(subgraphs)) {
    const target = new URL(url);
    const server = http.createServer((req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const headers = {};
        for (const name of FORWARDED) if (typeof req.headers[name] === 'string') headers[name] = req.headers[name];
        const started = performance.now();
        const out = http.request(
          { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...headers, 'content-length': Buffer.byteLength(body) }, agent },
          (answer) => {
            const parts = [];
            answer.on('data', (c) => parts.push(c));
            answer.on('end', () => {
              const sql = Number(answer.headers['x-sql-statements'] ?? 0);
              fetches.push({ service, path: req.url ?? '/', headers, body, ms: performance.now() - started, sql });
              const copy = { ...answer.headers };
              delete copy['transfer-encoding'];
              res.writeHead(answer.statusCode ?? 502, copy);
              res.end(Buffer.concat(parts));
            });
          },
        );
        out.on('error', (err) => {
          res.writeHead(502);
          res.end(String(err));
        });
        out.end(body);
      });
    });
    const port = await freePort();
    await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
    servers.push(server);
    urls[service] = `http://127.0.0.1:${port}${target.pathname}`;
  }
  return {
    urls,
    /** Everything fetched since the last call. */
    take() {
      const taken = fetches;
      fetches = [];
      return taken;
    },
    async close() {
      agent.destroy();
      await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    },
  };
}

/** Times one POST; throws on a non-200. */
async function timed(url, body, headers) {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers, body });
  const text = await res.text();
  const ms = performance.now() - started;
  return { ms, status: res.status, text };
}

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
}

/**
 * Records `samples` iterations of a workload through the recording gateway, one request at a
 * time: SQL statements and subgraph fetches per request (a multi-step workload such as W4
 * divides its iteration's sum by its number of requests).
 */
async function recordWorkload({ recorder, recordingUrl, workload, context = {}, samples = 5 }) {
  recorder.take();
  const steps = workload.steps.length;
  const iterations = [];
  for (let i = 0; i < samples; i++) {
    const ctx = { ...context, slot: i };
    const iteration = { sql: 0, fetches: [], errors: 0 };
    for (let s = 0; s < steps; s++) {
      const { body, headers, expect } = workload.steps[s](ctx);
      if (s === 0) {
        // The caller as the load sees it: known to the actor cache, so that the statements
        // counted are the operation's own, not authentication's (a first request adds those).
        await timed(recordingUrl, JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'application/json', ...headers });
        recorder.take();
      }
      const answer = await timed(recordingUrl, body, { 'content-type': 'application/json', ...headers });
      workload.onResponse?.(s, answer.text, ctx);
      const fetches = recorder.take();
      if (!isClean(answer.status, answer.text, expect)) iteration.errors += 1;
      iteration.sql += fetches.reduce((n, f) => n + f.sql, 0);
      iteration.fetches.push(...fetches);
    }
    iterations.push(iteration);
  }
  const last = iterations[iterations.length - 1];
  const perRequest = (n) => Math.round((n / steps) * 10) / 10;
  return {
    sqlPerRequest: perRequest(median(iterations.map((r) => r.sql))),
    fetchesPerRequest: perRequest(median(iterations.map((r) => r.fetches.length))),
    fetchesByService: last.fetches.map((f) => `${f.service}${f.path.includes('/internal/') ? ':' + f.path.split('/').pop() : ''}`),
    errors: iterations.reduce((n, r) => n + r.errors, 0),
    fetches: last.fetches,
  };
}

/**
 * Gateway overhead at concurrency 1: alternately the operation through the gateway and its
 * recorded fetches straight to the subgraphs, `rounds` times; medians of both and the ratio.
 */
async function overhead({ gatewayUrl, subgraphs, request, fetches, rounds = 40 }) {
  const e2e = [];
  const direct = [];
  for (let i = 0; i < rounds; i++) {
    const { body, headers } = request(i);
    e2e.push((await timed(gatewayUrl, body, { 'content-type': 'application/json', ...headers })).ms);
    let sum = 0;
    for (const f of fetches) {
      const base = subgraphs[f.service].replace(/\/graphql$/, '');
      const answer = await timed(base + f.path, f.body, f.headers);
      if (answer.status !== 200) throw new Error(`direct fetch to ${f.service}${f.path} answered ${answer.status}: ${answer.text.slice(0, 200)}`);
      sum += answer.ms;
    }
    direct.push(sum);
  }
  const gateway = median(e2e);
  const subgraphSum = median(direct);
  return { gatewayMs: round(gateway), subgraphSumMs: round(subgraphSum), ratio: round(gateway / subgraphSum) };
}

function round(n) {
  return Math.round(n * 100) / 100;
}

module.exports = { startRecorder, recordWorkload, overhead, median };

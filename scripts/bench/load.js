'use strict';
// Load in a closed loop: N connections (one keep-alive socket each), each sending its next
// request when the previous one has answered, for the given time; then every request still in
// flight is awaited before the clock and the processes' CPU time are read. So no request is
// lost between measurements: throughput is completed requests over the elapsed time including
// that drain, and CPU per request is the CPU time of the slice over the same requests.
// A request counts as an error unless it answered 200 with no GraphQL errors and no userErrors.
const http = require('node:http');
const { performance } = require('node:perf_hooks');
const { setInterval, clearInterval } = require('node:timers');
const { isClean } = require('./workloads');
const { readCpu, cpuDelta } = require('./cpu');

/** @param {number[]} sorted @param {number} p */
function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)] * 100) / 100;
}

/** @param {number[]} values */
function median(values) {
  const sorted = values.filter((v) => v !== null && v !== undefined && !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * One POST on `agent`; resolves with status and body, or with status 0 and the error text.
 * @param {URL} target @param {http.Agent} agent @param {string} body @param {Record<string, string>} headers @param {number} timeoutMs
 */
function post(target, agent, body, headers, timeoutMs) {
  return new Promise((resolve) => {
    const req = http.request(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (err) => resolve({ status: 0, text: String(err) }));
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    req.on('error', (err) => resolve({ status: 0, text: String(err) }));
    req.end(body);
  });
}

/**
 * One closed-loop run of a workload against `url`: `connections` loops, each starting its next
 * request (the next step of the workload; a multi-step workload runs its steps in order) when
 * the previous answered, until `duration` seconds have passed; then all in-flight requests
 * are awaited. `pids` (name -> pid) are the processes whose CPU time is read at the start and
 * at the end (after the drain).
 * @param {{ url: string, workload: any, connections: number, duration: number, pids?: Record<string, number>, onTick?: (s: { seconds: number, requests: number }) => void, prepareContext?: (c: any) => void, timeoutMs?: number }} options
 */
async function run({ url, workload, connections, duration, pids = {}, onTick = () => {}, prepareContext = () => {}, timeoutMs = 60_000 }) {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  let errors = 0;
  let firstError = null;
  let sent = 0;
  const steps = workload.steps.length;
  const cpuBefore = readCpu(pids);
  const started = performance.now();
  const deadline = started + duration * 1000;
  const tick = setInterval(() => onTick({ seconds: (performance.now() - started) / 1000, requests: latencies.length }), 500);
  const loop = async (slot) => {
    const context = { slot };
    prepareContext(context);
    let step = 0;
    while (performance.now() < deadline) {
      const { body, headers, expect } = workload.steps[step](context);
      sent += 1;
      const t0 = performance.now();
      const answer = await post(target, agent, body, headers, timeoutMs);
      latencies.push(performance.now() - t0);
      if (!isClean(answer.status, answer.text, expect)) {
        errors += 1;
        firstError ??= `${answer.status} ${answer.text.slice(0, 300)}`;
      }
      workload.onResponse?.(step, answer.text, context);
      step = (step + 1) % steps;
    }
  };
  try {
    await Promise.all(Array.from({ length: connections }, (_, slot) => loop(slot)));
  } finally {
    clearInterval(tick);
    agent.destroy();
  }
  const seconds = (performance.now() - started) / 1000;
  const cpuMs = cpuDelta(cpuBefore, readCpu(pids));
  return { latencies, sent, completed: latencies.length, seconds, errors, firstError, cpuMs };
}

/**
 * The figures of one cell from the parts (rounds) it was measured in: the median over the
 * rounds of requests per second and of each process's CPU-ms per request (and of their sum);
 * latency percentiles over every response of every round.
 * @param {{ latencies: number[], sent: number, completed: number, seconds: number, errors: number, firstError: string | null, cpuMs: Record<string, number | null> }[]} parts
 */
function summarize(parts) {
  const latencies = parts.flatMap((p) => p.latencies).sort((a, b) => a - b);
  const round1 = (n) => (n === null ? null : Math.round(n * 10) / 10);
  const round2 = (n) => (n === null ? null : Math.round(n * 100) / 100);
  const names = [...new Set(parts.flatMap((p) => Object.keys(p.cpuMs ?? {})))];
  const perRequest = (p, name) => (p.completed > 0 && typeof p.cpuMs?.[name] === 'number' ? p.cpuMs[name] / p.completed : null);
  const cpuPerRequest = Object.fromEntries(names.map((name) => [name, round2(median(parts.map((p) => perRequest(p, name))))]));
  const totals = parts.map((p) => (p.completed > 0 && names.length ? names.reduce((n, name) => n + (perRequest(p, name) ?? 0), 0) : null));
  return {
    requests: latencies.length,
    sent: parts.reduce((n, p) => n + (p.sent ?? p.latencies.length), 0),
    seconds: round2(parts.reduce((n, p) => n + p.seconds, 0)),
    rounds: parts.length,
    rps: round1(median(parts.map((p) => (p.seconds > 0 ? p.completed / p.seconds : 0)))),
    rpsByRound: parts.map((p) => round1(p.seconds > 0 ? p.completed / p.seconds : 0)),
    cpuMsPerRequest: round2(median(totals)),
    cpuMsPerRequestByRound: totals.map(round2),
    cpuPerRequest,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: parts.reduce((n, p) => n + p.errors, 0),
    firstError: parts.find((p) => p.firstError)?.firstError ?? null,
  };
}

module.exports = { run, summarize, percentile, median };

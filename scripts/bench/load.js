'use strict';
// Load from autocannon at a fixed concurrency: one run of a workload against one gateway, and
// the figures of a cell from the runs (rounds) it was measured in. Latency percentiles come from every response's own time; a request
// counts as an error unless it answered 200 with no GraphQL errors and no userErrors.
const { setInterval, clearInterval } = require('node:timers');
const autocannon = require('autocannon');
const { isClean } = require('./workloads');

/** @param {number[]} sorted @param {number} p */
function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)] * 100) / 100;
}

/**
 * One autocannon run of a workload against `url`.
 * @param {{ url: string, workload: any, connections: number, duration: number, onTick?: (s: { seconds: number, requests: number }) => void, prepareContext?: (c: any) => void }} options
 */
function run({ url, workload, connections, duration, onTick = () => {}, prepareContext = () => {} }) {
  const target = new URL(url);
  let slots = 0;
  const latencies = [];
  let errors = 0;
  let firstError = null;
  const requests = workload.steps.map((build, step) => ({
    method: 'POST',
    path: target.pathname,
    setupRequest(request, context) {
      if (step === 0) {
        context.slot = slots++;
        prepareContext(context);
      }
      const { body, headers, expect } = build(context);
      context.expect = expect;
      request.body = body;
      request.headers = { 'content-type': 'application/json', ...headers };
      return request;
    },
    onResponse(status, text, context) {
      if (!isClean(status, text, context.expect)) {
        errors += 1;
        firstError ??= `${status} ${text.slice(0, 300)}`;
      }
      workload.onResponse?.(step, text, context);
    },
  }));
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: `${target.origin}${target.pathname}`, connections, duration, requests, timeout: 30, renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false },
      (err, result) => {
        clearInterval(tick);
        if (err) return reject(err);
        resolve({ latencies, seconds: duration, errors: errors + result.errors + result.timeouts, firstError });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
    const started = Date.now();
    const tick = setInterval(() => onTick({ seconds: (Date.now() - started) / 1000, requests: latencies.length }), 500);
  });
}

/**
 * The figures of one cell from the parts (rounds) it was measured in: requests per second over
 * the measured time, percentiles over every response.
 * @param {{ latencies: number[], seconds: number, errors: number, firstError: string | null }[]} parts
 */
function summarize(parts) {
  const latencies = parts.flatMap((p) => p.latencies).sort((a, b) => a - b);
  const seconds = parts.reduce((n, p) => n + p.seconds, 0);
  return {
    requests: latencies.length,
    seconds,
    rps: Math.round((latencies.length / seconds) * 10) / 10,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: parts.reduce((n, p) => n + p.errors, 0),
    firstError: parts.find((p) => p.firstError)?.firstError ?? null,
  };
}

module.exports = { run, summarize, percentile };

'use strict';
// The results as Markdown: CPU-ms per request by process beside requests per second first,
// then the limits of W3 and W5, latency, gateway overhead, SQL statements, scale, memory and
// the performance targets with whether each held in this run.
const fs = require('node:fs');

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';
const NAMES = { ours: 'ours (Apollo Gateway)', 'ours-alt': 'ours, other build (--alt-gateway, --alt-root)', hive: 'Hive Gateway', 'hive-router': 'Hive Gateway + router-runtime' };

const PROCESSES = ['gateway', 'identity', 'catalog', 'tenancy', 'mysqld', 'redis'];
const fmt = (n, digits = 1) => (n === null || n === undefined || Number.isNaN(n) ? '–' : Number(n).toFixed(digits));
const ratio = (a, b) => (a && b ? (a / b).toFixed(2) : '–');

/** @param {any} results */
function markdown(results) {
  const o = results.options;
  const lines = [];
  const m = results.machine;
  lines.push(`Run of ${results.date} (finished ${results.finished ?? '?'}), scale ${o.scale}${results.scaleComparison ? ` and ${results.scaleComparison.scale} (W3)` : ''}.`);
  lines.push(`Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}; load average before ${m.loadAverage.join(' ')}, after ${(m.loadAverageAfter ?? []).join(' ')}${m.loadAverageMax ? `, highest 1-minute load seen during the load runs ${m.loadAverageMax}` : ''} (a shared machine: other work shares its cores and the MySQL server).`);
  lines.push(
    `Command: \`npm run bench --${o.quick ? ' --quick' : ''} --scale ${o.scale} --compare-scale ${o.compareScale} --duration ${o.duration} --warmup ${o.warmup} --rounds ${o.rounds}\`; ` +
      `closed loop; per cell and gateway ${o.warmup} s of warm-up excluded, then ${o.rounds} rounds of ${fmt(o.duration / o.rounds)} s (plus the wait for the last answers) in which the gateways take turns; every figure is the median over the rounds; every process production-built JavaScript on MySQL.`,
  );
  lines.push('');
  lines.push(`CPU-ms per request, by process (user + system time from \`/proc/<pid>/stat\` before and after each round, over the requests completed in it; mysqld is the database server, shared by the subgraphs, measured while only this cell ran; redis is the Redis the gateways share for rate limits and the actor cache: ${results.redis ?? 'none'}):`);
  lines.push('');
  lines.push('| workload | conn. | gateway | req/s | CPU-ms/req | gateway process | identity | catalog | tenancy | mysqld | redis | errors |');
  lines.push('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, w] of Object.entries(results.workloads)) {
    for (const c of o.connections) {
      for (const g of o.gateways) {
        const r = w.gateways[g]?.[`c${c}`];
        if (!r) continue;
        const cpu = r.cpuPerRequest ?? {};
        lines.push(`| ${name} | ${c} | ${NAMES[g] ?? g} | ${r.requests === 0 ? 'none finished' : fmt(r.rps)} | **${fmt(r.cpuMsPerRequest)}** | ${PROCESSES.map((p) => fmt(cpu[p])).join(' | ')} | ${r.errors} |`);
      }
    }
  }
  lines.push('');
  lines.push(limits(results));
  lines.push('Latency and statements:');
  lines.push('');
  lines.push('| workload | conn. | gateway | req/s | vs ours | p50 ms | p95 ms | p99 ms | errors | SQL/req | fetches/req |');
  lines.push('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, w] of Object.entries(results.workloads)) {
    for (const c of o.connections) {
      for (const g of o.gateways) {
        const r = w.gateways[g]?.[`c${c}`];
        if (!r) continue;
        const ours = w.gateways.ours?.[`c${c}`];
        lines.push(
          `| ${name} | ${c} | ${NAMES[g] ?? g} | ${r.requests === 0 ? 'none finished' : fmt(r.rps)} | ${g === 'ours' ? '' : ratio(ours?.rps, r.rps)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${r.errors} | ${fmt(w.gateways[g].sqlPerRequest)} | ${fmt(w.gateways[g].fetchesPerRequest)} |`,
        );
      }
    }
  }
  lines.push('');
  lines.push('"vs ours": our requests per second divided by that gateway\'s (above 1: ours is faster). SQL/req: statements the subgraphs ran for one request, summed over every subgraph fetch, for a caller the actor cache already holds (the recording sends each caller one request first, as the load has); a caller it does not hold adds authentication\'s three; W4 is three requests per iteration, its figures are per request.');
  lines.push('');
  lines.push('Workloads:');
  for (const [name, w] of Object.entries(results.workloads)) lines.push(`- **${name}** ${w.title}; our gateway's fetches: ${(w.gateways.ours?.fetches ?? []).join(' → ') || '–'}`);
  lines.push('');
  lines.push('Gateway overhead at concurrency 1 (our gateway): median end-to-end time of the operation against the median sum of the same subgraph fetches sent straight to the subgraphs, one request at a time, with one HTTP client.');
  lines.push('');
  lines.push('| workload | gateway | through the gateway ms | sum of subgraph fetches ms | ratio (target ≤ 1.15) |');
  lines.push('| --- | --- | ---: | ---: | ---: |');
  for (const [name, w] of Object.entries(results.workloads)) {
    for (const g of o.gateways) {
      const oh = w.gateways[g]?.overhead;
      if (oh) lines.push(`| ${name} | ${NAMES[g] ?? g} | ${fmt(oh.gatewayMs, 2)} | ${fmt(oh.subgraphSumMs, 2)} | ${fmt(oh.ratio, 2)} |`);
    }
  }
  lines.push('');
  const w3 = results.workloads.W3?.gateways;
  if (w3) {
    lines.push('W3 SQL statements per request by page size (10 / 50 / 100 end customers):');
    lines.push('');
    for (const g of o.gateways) if (w3[g]?.sqlByPageSize) lines.push(`- ${NAMES[g] ?? g}: ${Object.values(w3[g].sqlByPageSize).join(' / ')}`);
    lines.push('');
  }
  const sc = results.scaleComparison;
  if (sc && w3?.ours) {
    lines.push(`W3 through our gateway at scale ${o.scale} and ${sc.scale}:`);
    lines.push('');
    lines.push(`| scale | SQL/req | conn. | req/s | p50 ms | p99 ms | errors |`);
    lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const c of o.connections) {
      const a = w3.ours[`c${c}`];
      const b = sc[`c${c}`];
      if (a) lines.push(`| ${o.scale} | ${fmt(w3.ours.sqlPerRequest)} | ${c} | ${fmt(a.rps)} | ${fmt(a.p50)} | ${fmt(a.p99)} | ${a.errors} |`);
      if (b) lines.push(`| ${sc.scale} | ${fmt(sc.sqlPerRequest)} | ${c} | ${fmt(b.rps)} | ${fmt(b.p50)} | ${fmt(b.p99)} | ${b.errors} |`);
    }
    lines.push('');
  }
  lines.push('Peak memory (resident set high-water mark, MiB): ' + Object.entries(results.peakRssMiB).map(([k, v]) => `${k} ${v}`).join(', ') + '.');
  lines.push('');
  lines.push('Targets in this run:');
  lines.push('');
  for (const t of targets(results)) lines.push(`- ${t.held === null ? '–' : t.held ? 'held' : '**missed**'}: ${t.what}: ${t.measured}`);
  return lines.join('\n') + '\n';
}

/**
 * The limits of W3 and W5: the SQL statements one request makes, replayed straight against
 * MySQL (the database server's and the replaying client's CPU per request), and the database
 * floor measured under load (mysqld's CPU-ms per request through our gateway).
 */
function limits(results) {
  const o = results.options;
  const lines = ['Limits of W3 and W5:', ''];
  lines.push('| workload | SQL/req | statements replayed: mysqld CPU-ms | client CPU-ms | replay total | under load, ours: mysqld CPU-ms/req (c=1 / c=32) | ours total CPU-ms/req | ours ÷ replay |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  let any = false;
  for (const name of ['W3', 'W5']) {
    const ours = results.workloads[name]?.gateways?.ours;
    if (!ours) continue;
    any = true;
    const rp = ours.replay;
    const floors = o.connections.map((c) => fmt(ours[`c${c}`]?.cpuPerRequest?.mysqld)).join(' / ');
    const total = ours[`c${Math.min(...o.connections)}`]?.cpuMsPerRequest;
    const replayTotal = rp ? rp.mysqldMs + rp.clientMs : null;
    lines.push(`| ${name} | ${fmt(ours.sqlPerRequest)} | ${fmt(rp?.mysqldMs, 2)} | ${fmt(rp?.clientMs, 2)} | ${fmt(replayTotal, 2)} | ${floors} | ${fmt(total)} | ${replayTotal && total ? `×${(total / replayTotal).toFixed(1)}` : '–'} |`);
  }
  if (!any) return '';
  lines.push('');
  lines.push('Replay: the statements the subgraphs ran for one request through our gateway (read from the server’s general log during recording, reads only), run one after another on one connection per database, median CPU over repeated replays. "ours ÷ replay" takes the total at the lowest concurrency.');
  lines.push('');
  return lines.join('\n') + '\n';
}

/** The performance targets, each measured in this one run. */
function targets(results) {
  const out = [];
  const o = results.options;
  let errors = 0;
  for (const w of Object.values(results.workloads)) for (const g of Object.values(w.gateways)) for (const c of o.connections) errors += g[`c${c}`]?.errors ?? 0;
  out.push({ what: 'zero errors in every workload', measured: `${errors} errors`, held: errors === 0 });
  const w3 = results.workloads.W3?.gateways?.ours;
  if (w3?.sqlByPageSize) {
    const counts = Object.values(w3.sqlByPageSize);
    out.push({ what: 'W3 SQL per request independent of page size', measured: counts.join(' / '), held: counts.every((n) => n === counts[0]) });
  }
  const sc = results.scaleComparison;
  if (w3 && sc) {
    out.push({ what: `W3 SQL per request independent of scale (${o.scale} vs ${sc.scale})`, measured: `${w3.sqlPerRequest} vs ${sc.sqlPerRequest}`, held: w3.sqlPerRequest === sc.sqlPerRequest });
    const c = Math.max(...o.connections);
    const a = w3[`c${c}`]?.p99;
    const b = sc[`c${c}`]?.p99;
    if (a && b) out.push({ what: `W3 p99 at scale ${sc.scale} within 1.5 × scale ${o.scale} (c=${c})`, measured: `${fmt(b)} ms vs ${fmt(a)} ms = ×${(b / a).toFixed(2)}`, held: b / a <= 1.5 });
  }
  for (const [name, w] of Object.entries(results.workloads)) {
    const oh = w.gateways.ours?.overhead;
    if (oh) out.push({ what: `${name} gateway overhead at c=1 ≤ 1.15`, measured: `×${fmt(oh.ratio, 2)}`, held: oh.ratio <= 1.15 });
  }
  const hive = results.workloads.W3?.gateways?.hive;
  if (w3 && hive) {
    for (const c of o.connections) {
      const a = w3[`c${c}`]?.rps;
      const b = hive[`c${c}`]?.rps;
      if (a && b) out.push({ what: `W3 throughput ≥ plain Hive Gateway (c=${c})`, measured: `${fmt(a)} vs ${fmt(b)} req/s = ×${(a / b).toFixed(2)}`, held: a >= b });
    }
  }
  // CPU per request: the figures of the 2026-11-23 run, halved.
  const cpuTargets = { W1: 8, W3: 27, W5: 240, W6: 6 };
  for (const [name, limit] of Object.entries(cpuTargets)) {
    const ours = results.workloads[name]?.gateways?.ours;
    if (!ours) continue;
    for (const c of name === 'W3' ? o.connections : [Math.min(...o.connections)]) {
      const v = ours[`c${c}`]?.cpuMsPerRequest;
      if (v) out.push({ what: `${name} total CPU per request ≤ ${limit} ms (c=${c})`, measured: `${fmt(v)} ms`, held: v <= limit });
    }
  }
  for (const name of ['W1', 'W3', 'W5', 'W6']) {
    const w = results.workloads[name]?.gateways;
    if (!w?.ours || !w['hive-router']) continue;
    const c = Math.min(...o.connections);
    const a = w.ours[`c${c}`]?.cpuPerRequest?.gateway;
    const b = w['hive-router'][`c${c}`]?.cpuPerRequest?.gateway;
    if (a && b) out.push({ what: `${name} our gateway process's CPU per request ≤ 0.75 × Hive Gateway + router-runtime's (c=${c})`, measured: `${fmt(a, 2)} vs ${fmt(b, 2)} ms = ×${(a / b).toFixed(2)}`, held: a / b <= 0.75 });
  }
  const most = Math.max(...o.connections);
  const least = Math.min(...o.connections);
  for (const name of ['W3', 'W5']) {
    const w = results.workloads[name]?.gateways;
    if (!w?.ours || most === least) continue;
    const a = w.ours[`c${most}`]?.rps;
    const r = w['hive-router']?.[`c${most}`]?.rps;
    if (a && r) out.push({ what: `${name} throughput ≥ 1.3 × Hive Gateway + router-runtime's (c=${most})`, measured: `${fmt(a)} vs ${fmt(r)} req/s = ×${(a / r).toFixed(2)}`, held: a / r >= 1.3 });
    const one = w.ours[`c${least}`]?.rps;
    if (a && one) out.push({ what: `${name} throughput at c=${most} ≥ 1.5 × ours at c=${least}`, measured: `${fmt(a)} vs ${fmt(one)} req/s = ×${(a / one).toFixed(2)}`, held: a / one >= 1.5 });
  }
  return out;
}

/** Puts the table between the result markers of docs/performance.md. */
function writeDocs(file, table) {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Performance\n';
  const block = `${START}\n${table}${END}`;
  const next = text.includes(START) && text.includes(END) ? text.replace(new RegExp(`${START}[\\s\\S]*${END}`), () => block) : `${text.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(file, next);
}

module.exports = { markdown, writeDocs, targets };

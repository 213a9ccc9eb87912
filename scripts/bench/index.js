#!/usr/bin/env node
'use strict';
// npm run bench: builds, seeds a scaled data set into MySQL, starts each subgraph and each
// gateway (ours, Hive Gateway plain and with the router runtime) as its own production
// process, and runs the workloads W1-W6 against each gateway in a closed loop, reading each
// process's CPU time (and the MySQL server's, when local) before and after every measured run.
//
//   npm run bench                       scale 1, then W3 again at scale 10; about 15 minutes
//   npm run bench -- --quick            short runs, no second scale: a smoke test in ~3 minutes
//   options: --scale N  --compare-scale N (0: none)  --duration S  --warmup S  --rounds N
//            --connections 1,32  --workloads W1,W3  --gateways ours,hive,hive-router
//            --reseed  --cpu-prof DIR  --write-docs (the table into docs/performance.md)
//            --alt-gateway DIR  also our gateway as built in another work tree ("ours-alt"): A/B of a change
//            --alt-root DIR     also our whole graph (gateway and subgraphs) as built in another work
//                               tree ("ours-alt"), its subgraphs running beside ours on the same data
//            --redis URL|none  the Redis the gateways share, as deployed (rate limits, actor cache);
//                              default REDIS_URL or redis://127.0.0.1:6379 when it answers
//   MYSQL_URL (default mysql://root@127.0.0.1:3306); databases bench<scale>_<service>.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { seed, freeKeysets, removeWrites, serviceModules, dbConfig } = require('./seed');
const { Processes } = require('./processes');
const { prepare, workloads, ACTORS } = require('./workloads');
const { run, summarize } = require('./load');
const { mysqlServerPid, localProcessPid } = require('./cpu');
const { captureStatements, replay, connectionIds } = require('./replay');
const { startRecorder, recordWorkload, overhead } = require('./record');
const { markdown, writeDocs } = require('./report');
const { Progress } = require('./progress');

const root = path.resolve(__dirname, '..', '..');
const GATEWAYS = ['ours', 'hive', 'hive-router'];

function parseArgs(argv) {
  const quick = argv.includes('--quick');
  const value = (name, fallback) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
  };
  const list = (name, fallback) => value(name, fallback).split(',').map((s) => s.trim()).filter(Boolean);
  return {
    quick,
    scale: Number(value('--scale', '1')),
    compareScale: Number(value('--compare-scale', quick ? '0' : '10')),
    duration: Number(value('--duration', quick ? '3' : '12')),
    warmup: Number(value('--warmup', quick ? '1' : '3')),
    rounds: Number(value('--rounds', quick ? '1' : '3')),
    connections: list('--connections', '1,32').map(Number),
    workloads: list('--workloads', 'W1,W2,W3,W4,W5,W6'),
    gateways: list('--gateways', GATEWAYS.join(',')),
    reseed: argv.includes('--reseed'),
    cpuProf: value('--cpu-prof', null),
    writeDocs: argv.includes('--write-docs'),
    build: !argv.includes('--no-build'),
    altGateway: value('--alt-gateway', value('--alt-root', null)),
    altSubgraphs: argv.includes('--alt-root'),
    redis: value('--redis', process.env.REDIS_URL || 'redis://127.0.0.1:6379'),
  };
}

function mysqlServer() {
  const url = new URL(process.env.MYSQL_URL || 'mysql://root@127.0.0.1:3306');
  return {
    url: `mysql://${url.username ? `${url.username}${url.password ? ':' + url.password : ''}@` : 'root@'}${url.hostname}:${url.port || 3306}`,
    server: { host: url.hostname, port: Number(url.port || 3306), user: decodeURIComponent(url.username) || 'root', password: decodeURIComponent(url.password) },
  };
}

function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
  };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.altGateway && !options.gateways.includes('ours-alt')) options.gateways.push('ours-alt');
  const progress = new Progress();
  const { url: mysqlUrl, server } = mysqlServer();
  const started = new Date();
  if (options.build) {
    progress.say('building (npm run build)');
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  }
  const prefix = (scale) => `bench${scale}_`;
  progress.say(`seeding scale ${options.scale} into ${prefix(options.scale)}*`);
  const seeding = { [options.scale]: await seed({ server, prefix: prefix(options.scale), scale: options.scale, force: options.reseed, progress: (m) => progress.say(m) }) };

  const results = { date: started.toISOString(), machine: machine(), options, seeding, workloads: {}, peakRssMiB: {}, scaleComparison: null };
  const { acceptsConnections } = require(path.join(root, 'shared', 'graphql', 'dist', 'service-client.js'));
  const redisUrl = options.redis !== 'none' && (await acceptsConnections(options.redis, 6379)) ? options.redis : null;
  if (options.redis !== 'none' && !redisUrl) progress.say(`Redis does not answer at ${options.redis}: the gateways run without it (no shared rate limits, no actor cache)`);
  results.redis = redisUrl ? 'shared by the gateways (rate limits, actor cache)' : 'none';
  const procs = new Processes({ mysqlUrl, prefix: prefix(options.scale), cpuProf: options.cpuProf, altRoot: options.altGateway, redisUrl });
  process.on('SIGINT', () => procs.stopAll().then(() => process.exit(130)));
  const tenancyDb = serviceModules('tenancy').database.createDatabase(dbConfig(server, prefix(options.scale), 'tenancy'));
  let runner = null;
  try {
    await tenancyDb.open();
    runner = tenancyDb.dataSource.createQueryRunner();
    await removeWrites(runner);
    const pidFile = async () => (await runner.query('SELECT @@pid_file AS f'))[0]?.f ?? null;
    const mysqldPid = await mysqlServerPid(server, pidFile);
    const redisPid = redisUrl && ['127.0.0.1', 'localhost'].includes(new URL(redisUrl).hostname) ? localProcessPid(['redis-server']) : null;
    if (mysqldPid === null) progress.say(`no local MySQL server process for ${server.host}: its CPU is not measured`);
    const benchConnections = await connectionIds(server, prefix(options.scale));
    progress.say('starting identity, catalog, tenancy');
    await procs.startSubgraphs();
    if (options.altSubgraphs) await procs.startSubgraphs({ alt: true });
    for (const g of options.gateways) {
      progress.say(`starting gateway ${g}`);
      await procs.startGateway(g, g);
    }
    const env = await prepare({ server, prefix: prefix(options.scale), gatewayUrl: procs.urls[options.gateways[0]] });
    const apps = new Map();
    for (const p of env.partners) {
      const [app] = await runner.query('SELECT id, marketplace_id AS marketplaceId, partner_company_id AS partnerCompanyId FROM app WHERE id = ?', [p.appId]);
      apps.set(p.id, app);
    }
    const pools = new Map();
    const topUp = async (perPartner) => {
      for (const p of env.partners) pools.set(p.id, await freeKeysets(runner, apps.get(p.id), perPartner));
    };
    const takeKeyset = (partner) => pools.get(partner.id)?.pop() ?? 'exhausted';
    const all = workloads(env).filter((w) => options.workloads.includes(w.name));

    // Record what each gateway asks of the subgraphs, and time our gateway's overhead.
    progress.say('recording subgraph fetches and SQL statements per request');
    const recorder = await startRecorder({ identity: procs.urls.identity, catalog: procs.urls.catalog, tenancy: procs.urls.tenancy });
    for (const g of options.gateways) {
      const recordingUrl = await procs.startGateway(`${g}-recording`, g, recorder.urls);
      for (const w of all) {
        if (w.writes) await topUp(10);
        const recorded = await recordWorkload({ recorder, recordingUrl, workload: w, context: { takeKeyset } });
        if (recorded.errors) throw new Error(`${w.name} via ${g} answered with errors while recording`);
        const entry = (results.workloads[w.name] ??= { title: w.title, gateways: {} });
        const target = (entry.gateways[g] ??= {});
        Object.assign(target, { sqlPerRequest: recorded.sqlPerRequest, fetchesPerRequest: recorded.fetchesPerRequest, fetches: recorded.fetchesByService });
        if (g.startsWith('ours') && !w.writes) {
          // The same actor as the last recorded sample, whose fetches are replayed.
          const { body, headers } = w.steps[0]({ slot: 4 });
          target.overhead = await overhead({ gatewayUrl: procs.urls[g], subgraphs: procs.urls, request: () => ({ body, headers }), fetches: recorded.fetches, rounds: options.quick ? 15 : 40 });
        }
        progress.say(`${w.name} via ${g}: ${recorded.sqlPerRequest} SQL/request, ${recorded.fetchesPerRequest} fetches${target.overhead ? `, overhead ×${target.overhead.ratio}` : ''}`);
        if (g === 'ours' && (w.name === 'W3' || w.name === 'W5')) {
          // The limit: this request's statements replayed straight against MySQL.
          const statements = await captureStatements({ server, prefix: prefix(options.scale), exclude: benchConnections, during: () => recordWorkload({ recorder, recordingUrl, workload: w, samples: 1 }) });
          target.replay = await replay({ server, statements, pid: mysqldPid });
          progress.say(`${w.name}: ${target.replay.replayed} of ${target.replay.statements} statements replayed: mysqld ${target.replay.mysqldMs} ms, client ${target.replay.clientMs} ms`);
        }
        if (w.name === 'W3') {
          target.sqlByPageSize = {};
          for (const size of [10, 50, 100]) {
            const sized = workloads(env, { dashboardSize: size }).find((x) => x.name === 'W3');
            const r = await recordWorkload({ recorder, recordingUrl, workload: sized });
            target.sqlByPageSize[size] = r.sqlPerRequest;
          }
          progress.say(`W3 via ${g}: SQL by page size ${JSON.stringify(target.sqlByPageSize)}`);
        }
      }
      await procs.stop(`${g}-recording`);
    }
    await recorder.close();
    await removeWrites(runner);

    // Load: each workload at each concurrency; the gateways take turns in rounds, so that a
    // busy moment of this shared machine falls on all of them alike.
    const pidsOf = (p, g) => {
      const own = g === 'ours-alt' && p.children.has('identity-alt') ? '-alt' : '';
      const pids = { gateway: p.children.get(g).pid, identity: p.children.get(`identity${own}`).pid, catalog: p.children.get(`catalog${own}`).pid, tenancy: p.children.get(`tenancy${own}`).pid };
      if (mysqldPid !== null) pids.mysqld = mysqldPid;
      if (redisPid !== null) pids.redis = redisPid;
      return pids;
    };
    const cell = (w) => async (g, connections, duration, phase, label) => {
      // Connection N writes as partner N mod ACTORS: with fewer connections than partners, each busy partner takes all of the load.
      if (w.writes) await topUp(Math.ceil((150 * duration) / Math.min(connections, ACTORS)) + 50);
      const part = await run({
        url: procs.urls[g],
        workload: w,
        connections,
        duration,
        pids: pidsOf(procs, g),
        prepareContext: (c) => (c.takeKeyset = takeKeyset),
        onTick: (s) => {
          procs.samplePeaks();
          results.machine.loadAverageMax = Math.max(results.machine.loadAverageMax ?? 0, Math.round(os.loadavg()[0] * 100) / 100);
          progress.status(`${label} ${phase} ${s.seconds.toFixed(0)}/${duration}s ${s.requests} requests`);
        },
      });
      const dead = procs.deaths();
      if (dead.length) throw new Error(dead.join('\n'));
      return part;
    };
    const cells = all.length * options.connections.length;
    let done = 0;
    for (const w of all) {
      for (const connections of options.connections) {
        done += 1;
        const label = `[${done}/${cells}] ${w.name} c=${connections}`;
        const parts = await rounds({ gateways: options.gateways, connections, options, label, measureOne: cell(w) });
        for (const g of options.gateways) {
          const result = summarize(parts[g]);
          results.workloads[w.name].gateways[g][`c${connections}`] = result;
          const cpu = Object.entries(result.cpuPerRequest).map(([k, v]) => `${k} ${v}`).join(', ');
          progress.say(`${label} ${g.padEnd(11)} ${result.rps} rps  CPU ${result.cpuMsPerRequest} ms/req (${cpu})  p50 ${result.p50} ms  p95 ${result.p95} ms  p99 ${result.p99} ms  errors ${result.errors}${result.firstError ? `  first: ${result.firstError.slice(0, 160)}` : ''}`);
        }
      }
      if (w.writes) await removeWrites(runner);
    }
    procs.samplePeaks();
    results.peakRssMiB = Object.fromEntries(Object.entries(procs.peaks).filter(([name]) => !name.endsWith('-recording')));
    await runner.release();
    runner = null;
    await tenancyDb.close();
    await procs.stopAll();
    // What the processes warned of: the place to look when a cell counted errors.
    results.warnings = procs.warnings();
    if (results.warnings.length > 0) progress.say(`the processes logged ${results.warnings.length} warnings or errors (in the results file); the first:\n${results.warnings.slice(0, 5).join('\n')}`);

    // W3 again on a larger data set: does its latency hold with scale?
    if (options.compareScale > 0 && options.workloads.includes('W3')) {
      const scale = options.compareScale;
      progress.say(`seeding scale ${scale} into ${prefix(scale)}*`);
      seeding[scale] = await seed({ server, prefix: prefix(scale), scale, force: options.reseed, progress: (m) => progress.say(m) });
      const big = new Processes({ mysqlUrl, prefix: prefix(scale), cpuProf: null, redisUrl });
      try {
        await big.startSubgraphs();
        await big.startGateway('ours', 'ours');
        const bigEnv = await prepare({ server, prefix: prefix(scale), gatewayUrl: big.urls.ours });
        const w3 = workloads(bigEnv).find((x) => x.name === 'W3');
        const recorder2 = await startRecorder({ identity: big.urls.identity, catalog: big.urls.catalog, tenancy: big.urls.tenancy });
        const recordingUrl = await big.startGateway('ours-recording', 'ours', recorder2.urls);
        const recorded = await recordWorkload({ recorder: recorder2, recordingUrl, workload: w3 });
        await big.stop('ours-recording');
        await recorder2.close();
        const comparison = { scale, sqlPerRequest: recorded.sqlPerRequest };
        for (const connections of options.connections) {
          const parts = await rounds({
            gateways: ['ours'],
            connections,
            options,
            label: `W3 scale ${scale} c=${connections}`,
            measureOne: (g, c, duration, phase, label) =>
              run({ url: big.urls[g], workload: w3, connections: c, duration, pids: pidsOf(big, g), onTick: (s) => progress.status(`${label} ${phase} ${s.seconds.toFixed(0)}/${duration}s`) }),
          });
          comparison[`c${connections}`] = summarize(parts.ours);
          progress.say(`W3 ours scale ${scale} c=${connections}: ${JSON.stringify(comparison[`c${connections}`])}`);
        }
        results.scaleComparison = comparison;
      } finally {
        await big.stopAll();
      }
    }
  } finally {
    if (runner) await runner.release().catch(() => {});
    await tenancyDb.close().catch(() => {});
    await procs.stopAll();
  }

  results.finished = new Date().toISOString();
  results.machine.loadAverageAfter = os.loadavg().map((n) => Math.round(n * 100) / 100);
  const outDir = path.join(root, 'bench-results');
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `bench-${started.toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify(results, null, 2));
  fs.writeFileSync(path.join(outDir, 'latest.json'), JSON.stringify(results, null, 2));
  const table = markdown(results);
  progress.done();
  process.stdout.write(`\n${table}\nResults: ${path.relative(root, file)}\n`);
  if (options.writeDocs) {
    writeDocs(path.join(root, 'docs', 'performance.md'), table);
    process.stdout.write('Wrote the table into docs/performance.md\n');
  }
}

/**
 * One cell: a warm-up of each gateway (thrown away), then `--rounds` rounds in which each
 * gateway runs for duration / rounds seconds, in turn, so that a busy moment of the machine
 * falls on all of them alike. Each run waits for its last answers, so nothing of one gateway's
 * run is left to burden the next. Returns the measured parts per gateway.
 */
async function rounds({ gateways, connections, options, label, measureOne }) {
  const parts = Object.fromEntries(gateways.map((g) => [g, []]));
  const slice = Math.max(1, options.duration / options.rounds);
  for (const g of gateways) {
    if (options.warmup > 0) await measureOne(g, connections, options.warmup, `${g} warm-up`, label);
  }
  for (let r = 0; r < options.rounds; r++) {
    for (const g of gateways) parts[g].push(await measureOne(g, connections, slice, `${g} round ${r + 1}/${options.rounds}`, label));
  }
  return parts;
}

main().catch((err) => {
  process.stderr.write(`\nbench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});

#!/usr/bin/env node
/**
 * npm run manifests:check: validates every document of every YAML file under deploy/kubernetes
 * (or the folder given), offline, in three ways:
 *
 * 1. Against the Kubernetes schema of its apiVersion and kind (kubernetes-models: JSON schemas
 *    generated from the Kubernetes OpenAPI, checked with ajv): types, required fields, formats.
 *    A kind it does not know is a failure.
 * 2. Strictly: a field the schema does not name (a misspelling) is a failure, as
 *    `kubectl apply --validate=strict` would answer. The same package's declarations, generated
 *    from the same OpenAPI, are checked with the TypeScript compiler.
 * 3. Against the project's rules: every container has startup, readiness (/ready) and liveness
 *    (/health) probes, resource requests and limits, runs as non-root with a read-only root
 *    filesystem, no privilege escalation and no capability; every Deployment has a Service, a
 *    PodDisruptionBudget, a HorizontalPodAutoscaler, Prometheus annotations naming one of its
 *    ports, and a termination grace period longer than its SHUTDOWN_GRACE_MS; secrets come only
 *    by reference to Secrets the operator creates (none is checked in); a Job runs the migrations;
 *    kustomization.yaml lists every manifest.
 *
 *   npm run manifests:check                node scripts/validate-manifests.js [folder]
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { parseAllDocuments } = require('yaml');

const root = path.resolve(__dirname, '..');

/** Every .yaml/.yml file under `dir`, sorted. */
function yamlFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return yamlFiles(full);
      return /\.ya?ml$/.test(entry.name) ? [full] : [];
    })
    .sort();
}

/** The kubernetes-models module of an apiVersion and kind, or null when there is none. */
function modelPath(apiVersion, kind) {
  if (typeof apiVersion !== 'string' || typeof kind !== 'string' || !/^[A-Z][A-Za-z0-9]*$/.test(kind)) return null;
  const parts = apiVersion.split('/');
  if (parts.length > 2 || !parts.every((p) => /^[a-z0-9.-]+$/.test(p))) return null;
  const specifier = `kubernetes-models/${parts.join('/')}/${kind}`;
  try {
    require.resolve(specifier);
    return specifier;
  } catch {
    return null;
  }
}

const describe = ({ file, index, doc }) => `${file} #${index + 1} (${doc?.kind ?? '?'} ${doc?.metadata?.name ?? '?'})`;

/** 1: the schema of its kind. */
function schemaProblems(entry, specifier) {
  const Model = require(specifier)[entry.doc.kind];
  try {
    new Model(entry.doc).validate();
    return [];
  } catch (err) {
    return [`${describe(entry)}: ${err instanceof Error ? err.message : String(err)}`];
  }
}

/** 2: no field the schema does not name, with the TypeScript compiler on the package's declarations. */
function strictProblems(entries) {
  if (entries.length === 0) return [];
  const ts = require('typescript');
  const file = path.join(root, '__kubernetes_manifests__.ts');
  const lines = [];
  const owners = [];
  entries.forEach((entry, n) => {
    lines.push(`import type { I${entry.doc.kind} as T${n} } from '${entry.specifier}';`);
  });
  entries.forEach((entry, n) => {
    const text = `export const d${n}: T${n} = ${JSON.stringify(entry.doc, null, 1)};`;
    for (let i = 0; i < text.split('\n').length; i++) owners[lines.length + i] = entry;
    lines.push(...text.split('\n'));
  });
  const source = lines.join('\n');
  const options = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    target: ts.ScriptTarget.ES2022,
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.getSourceFile = (name, language, ...rest) => (name === file ? ts.createSourceFile(name, source, language) : getSourceFile(name, language, ...rest));
  host.fileExists = (name) => name === file || fileExists(name);
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    if (!d.file || d.file.fileName !== file || d.start === undefined) return `kubernetes-models declarations: ${message}`;
    const line = d.file.getLineAndCharacterOfPosition(d.start).line;
    const entry = owners[line];
    return `${entry ? describe(entry) : 'manifests'}: ${message}`;
  });
}

const SECRET_NAME = /SECRET|PASSWORD|PRIVATE_KEY|DATABASE_URL|REDIS_URL|CREDENTIALS|TOKEN/;
const matches = (selector, labels) => !!selector && Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels?.[k] === v);

/** The rules every container of a workload follows. */
function containerProblems(where, podSpec, container, configMaps, { probes }) {
  const problems = [];
  const at = `${where} container ${container.name}`;
  if (probes) {
    if (!container.startupProbe) problems.push(`${at} has no startupProbe`);
    if (container.readinessProbe?.httpGet?.path !== '/ready') problems.push(`${at} has no readinessProbe on /ready`);
    if (container.livenessProbe?.httpGet?.path !== '/health') problems.push(`${at} has no livenessProbe on /health`);
  }
  const resources = container.resources ?? {};
  for (const kind of ['cpu', 'memory']) if (resources.requests?.[kind] === undefined) problems.push(`${at} requests no ${kind}`);
  if (resources.limits?.memory === undefined) problems.push(`${at} has no memory limit`);
  const security = container.securityContext ?? {};
  const pod = podSpec.securityContext ?? {};
  if ((security.runAsNonRoot ?? pod.runAsNonRoot) !== true) problems.push(`${at} may run as root: set runAsNonRoot: true`);
  if ((security.runAsUser ?? pod.runAsUser) === 0) problems.push(`${at} runs as uid 0`);
  if (security.allowPrivilegeEscalation !== false) problems.push(`${at} allows privilege escalation`);
  if (security.readOnlyRootFilesystem !== true) problems.push(`${at} has a writable root filesystem`);
  if (security.privileged === true) problems.push(`${at} is privileged`);
  if (!(security.capabilities?.drop ?? []).includes('ALL')) problems.push(`${at} does not drop ALL capabilities`);
  if ((security.capabilities?.add ?? []).length > 0) problems.push(`${at} adds capabilities`);
  for (const variable of container.env ?? []) {
    if (variable.value !== undefined && SECRET_NAME.test(variable.name)) problems.push(`${at} holds ${variable.name} as a value: take it from the operator's Secret (secretKeyRef)`);
  }
  for (const source of container.envFrom ?? []) {
    if (source.configMapRef && !configMaps.has(source.configMapRef.name)) problems.push(`${at} reads ConfigMap ${source.configMapRef.name}, which no manifest holds`);
  }
  for (const [name, value] of Object.entries(environmentOf(container, configMaps))) {
    if (SECRET_NAME.test(name) && value !== '') problems.push(`${at} holds ${name} in a ConfigMap: take it from the operator's Secret (secretKeyRef)`);
  }
  return problems;
}

/** The plain values a container gets: its ConfigMaps' data, then its env values. */
function environmentOf(container, configMaps) {
  const env = {};
  for (const source of container.envFrom ?? []) Object.assign(env, configMaps.get(source.configMapRef?.name)?.data ?? {});
  for (const variable of container.env ?? []) {
    if (variable.value !== undefined) env[variable.name] = variable.value;
    const ref = variable.valueFrom?.configMapKeyRef;
    if (ref) env[variable.name] = configMaps.get(ref.name)?.data?.[ref.key] ?? '';
  }
  return env;
}

/** 3: the project's rules, across documents. */
function projectProblems(entries) {
  const problems = [];
  const of = (kind) => entries.filter((e) => e.doc.kind === kind);
  const configMaps = new Map(of('ConfigMap').map((e) => [e.doc.metadata?.name, e.doc]));
  for (const secret of of('Secret')) problems.push(`${describe(secret)}: Secrets are created by the operator, never checked in; workloads name them (secretKeyRef)`);

  for (const entry of of('Deployment')) {
    const deployment = entry.doc;
    const name = deployment.metadata?.name;
    const where = describe(entry);
    const template = deployment.spec?.template ?? {};
    const labels = template.metadata?.labels ?? {};
    const podSpec = template.spec ?? {};
    const containers = [...(podSpec.initContainers ?? []), ...(podSpec.containers ?? [])];
    for (const container of podSpec.containers ?? []) problems.push(...containerProblems(where, podSpec, container, configMaps, { probes: true }));
    for (const container of podSpec.initContainers ?? []) problems.push(...containerProblems(where, podSpec, container, configMaps, { probes: false }));
    if (!of('Service').some((s) => matches(s.doc.spec?.selector, labels))) problems.push(`${where} has no Service selecting its pods`);
    if (!of('PodDisruptionBudget').some((p) => matches(p.doc.spec?.selector?.matchLabels, labels))) problems.push(`${where} has no PodDisruptionBudget`);
    if (!of('HorizontalPodAutoscaler').some((h) => h.doc.apiVersion === 'autoscaling/v2' && h.doc.spec?.scaleTargetRef?.kind === 'Deployment' && h.doc.spec.scaleTargetRef.name === name)) {
      problems.push(`${where} has no HorizontalPodAutoscaler (autoscaling/v2)`);
    }
    const annotations = template.metadata?.annotations ?? {};
    const ports = containers.flatMap((c) => (c.ports ?? []).map((p) => String(p.containerPort)));
    if (annotations['prometheus.io/scrape'] !== 'true' || !ports.includes(annotations['prometheus.io/port'])) {
      problems.push(`${where} has no prometheus.io/scrape and prometheus.io/port annotations naming one of its ports`);
    }
    const graceSeconds = podSpec.terminationGracePeriodSeconds ?? 30;
    for (const container of podSpec.containers ?? []) {
      const env = environmentOf(container, configMaps);
      const shutdownMs = Number(env['SHUTDOWN_GRACE_MS'] ?? 10_000);
      const readyDelayMs = Number(env['SHUTDOWN_READY_DELAY_MS'] ?? 1000);
      if (graceSeconds * 1000 <= shutdownMs) problems.push(`${where}: terminationGracePeriodSeconds ${graceSeconds} does not leave room for SHUTDOWN_GRACE_MS ${shutdownMs}`);
      if (readyDelayMs > shutdownMs / 2) problems.push(`${where}: SHUTDOWN_READY_DELAY_MS ${readyDelayMs} is more than half of SHUTDOWN_GRACE_MS ${shutdownMs}`);
    }
  }

  const jobs = of('Job');
  for (const entry of jobs) {
    const podSpec = entry.doc.spec?.template?.spec ?? {};
    for (const container of [...(podSpec.initContainers ?? []), ...(podSpec.containers ?? [])]) problems.push(...containerProblems(describe(entry), podSpec, container, configMaps, { probes: false }));
  }
  if (!jobs.some((j) => (j.doc.spec?.template?.spec?.containers ?? []).some((c) => [...(c.command ?? []), ...(c.args ?? [])].includes('scripts/migrate.js')))) {
    problems.push('no Job runs the migrations (node scripts/migrate.js)');
  }
  return problems;
}

/** The kustomization of a folder lists every other manifest there, and each exists. */
function kustomizationProblems(file, doc, dir) {
  const problems = [];
  if (doc?.apiVersion !== 'kustomize.config.k8s.io/v1beta1' || doc?.kind !== 'Kustomization') problems.push(`${file}: not a kustomize.config.k8s.io/v1beta1 Kustomization`);
  const listed = (doc?.resources ?? []).map((r) => path.normalize(r));
  for (const resource of listed) if (!fs.existsSync(path.join(dir, resource))) problems.push(`${file}: lists ${resource}, which does not exist`);
  const here = fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f) && !/^kustomization\.ya?ml$/.test(f));
  for (const manifest of here) if (!listed.includes(manifest)) problems.push(`${file}: does not list ${manifest}`);
  return problems;
}

/** Every problem of the manifests under `dir`, as sentences; none when they are valid. */
function validateManifests(dir) {
  const problems = [];
  const entries = [];
  const files = yamlFiles(dir);
  if (files.length === 0) return { problems: [`no manifest under ${dir}`], documents: 0, files: 0 };
  for (const full of files) {
    const file = path.relative(root, full);
    const docs = parseAllDocuments(fs.readFileSync(full, 'utf8'));
    docs.forEach((document, index) => {
      if (document.errors.length > 0) {
        problems.push(`${file} #${index + 1}: ${document.errors.map((e) => e.message).join('; ')}`);
        return;
      }
      const doc = document.toJS();
      if (doc === null || doc === undefined) return;
      if (/^kustomization\.ya?ml$/.test(path.basename(full))) {
        problems.push(...kustomizationProblems(file, doc, path.dirname(full)));
        return;
      }
      const entry = { file, index, doc };
      const specifier = modelPath(doc.apiVersion, doc.kind);
      if (!specifier) {
        problems.push(`${describe(entry)}: no Kubernetes schema for apiVersion ${doc.apiVersion} kind ${doc.kind}`);
        return;
      }
      const schema = schemaProblems(entry, specifier);
      problems.push(...schema);
      entries.push({ ...entry, specifier });
    });
  }
  if (!files.some((f) => /^kustomization\.ya?ml$/.test(path.basename(f)))) problems.push(`${path.relative(root, dir)}: no kustomization.yaml`);
  problems.push(...strictProblems(entries));
  problems.push(...projectProblems(entries));
  return { problems, documents: entries.length, files: files.length };
}

module.exports = { validateManifests };

if (require.main === module) {
  const dir = path.resolve(process.argv[2] ?? path.join(root, 'deploy/kubernetes'));
  const result = validateManifests(dir);
  const { problems } = result;
  if (problems.length > 0) {
    console.error(`manifests:check: ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
    process.exit(1);
  }
  console.log(`manifests:check: ${result.documents} documents in ${result.files} files are valid Kubernetes objects and follow the project's rules`);
}

#!/usr/bin/env node
// Schema governance (X13): the graph changes incompatibly only through deprecation, checked
// against the last released supergraph. See docs/schema-governance.md.
//   npm run schema:check [-- --verbose]  fails on a breaking change that is not declared (--verbose lists dangerous ones)
//   npm run schema:release [-- VERSION]  makes the current supergraph the release; empties the declarations
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } = require('graphql');
const { diff, CriticalityLevel } = require('@graphql-inspector/core');
const { Supergraph } = require('@apollo/federation-internals');

const ROOT = path.resolve(__dirname, '..');

/** Where the files live, relative to a repository root (tests point it at a temporary folder). */
function filesOf(root = ROOT) {
  return {
    current: path.join(root, 'schema', 'supergraph.graphql'),
    released: path.join(root, 'schema', 'released', 'supergraph.graphql'),
    release: path.join(root, 'schema', 'released', 'release.json'),
    declared: path.join(root, 'schema', 'declared-changes.json'),
  };
}

/** The schema clients see: the supergraph without its federation machinery and @inaccessible elements. */
function apiSchemaOf(supergraphSdl) {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/** Removals of something that `@deprecated` can mark: these go through deprecation first. */
const DEPRECATABLE_REMOVALS = new Set(['FIELD_REMOVED', 'FIELD_ARGUMENT_REMOVED', 'INPUT_FIELD_REMOVED', 'ENUM_VALUE_REMOVED']);

const PLACEHOLDER = /^\s*(TODO|TBD|FIXME)\b/i;

/**
 * Reads the declared changes: `{ "changes": [{ "type", "path", "reason", "withoutDeprecation"? }] }`.
 * Answers the entries and the problems of the file itself.
 */
function readDeclared(file) {
  const name = path.basename(file);
  if (!fs.existsSync(file)) return { entries: [], problems: [`${name} is missing: it must exist, with { "changes": [] } when nothing is declared`] };
  let parsed;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    return { entries: [], problems: [`${name} is not valid JSON: ${err.message}`] };
  }
  if (!parsed || !Array.isArray(parsed.changes)) return { entries: [], problems: [`${name} must be an object with a "changes" array`] };
  const problems = [];
  const entries = [];
  const seen = new Set();
  parsed.changes.forEach((entry, index) => {
    const at = `${name} changes[${index}]`;
    if (!entry || typeof entry !== 'object') return problems.push(`${at} must be an object`);
    const { type, path: where, reason, withoutDeprecation } = entry;
    if (typeof type !== 'string' || !/^[A-Z_]+$/.test(type)) problems.push(`${at} needs "type": the change type graphql-inspector reports, e.g. "FIELD_TYPE_CHANGED"`);
    if (typeof where !== 'string' || where.length === 0) problems.push(`${at} needs "path": the schema coordinate, e.g. "Company.endCustomers"`);
    if (typeof reason !== 'string' || reason.trim().length < 10 || PLACEHOLDER.test(reason)) {
      problems.push(`${at} needs a "reason" of at least 10 characters that says why the break is deliberate and what clients do about it`);
    }
    if (withoutDeprecation !== undefined && (typeof withoutDeprecation !== 'string' || withoutDeprecation.trim().length < 10 || PLACEHOLDER.test(withoutDeprecation))) {
      problems.push(`${at} "withoutDeprecation", when given, must say in at least 10 characters why no client can depend on what is removed`);
    }
    const key = `${type} ${where}`;
    if (seen.has(key)) problems.push(`${at} declares ${key} a second time`);
    seen.add(key);
    entries.push({ type, path: where, reason, withoutDeprecation });
  });
  return { entries, problems };
}

/** Whether the element a removal names was deprecated in the released schema. */
function deprecatedIn(schema, change) {
  const parts = change.path.split('.');
  const type = schema.getType(parts[0]);
  if (!type) return false;
  switch (change.type) {
    case 'ENUM_VALUE_REMOVED':
      return isEnumType(type) && Boolean(type.getValue(parts[1])?.deprecationReason);
    case 'INPUT_FIELD_REMOVED':
      return isInputObjectType(type) && Boolean(type.getFields()[parts[1]]?.deprecationReason);
    case 'FIELD_REMOVED':
      return (isObjectType(type) || isInterfaceType(type)) && Boolean(type.getFields()[parts[1]]?.deprecationReason);
    case 'FIELD_ARGUMENT_REMOVED': {
      if (!isObjectType(type) && !isInterfaceType(type)) return false;
      const field = type.getFields()[parts[1]];
      return Boolean(field?.deprecationReason || field?.args.find((a) => a.name === parts[2])?.deprecationReason);
    }
    default:
      return false;
  }
}

const snippet = (change, extra = {}) =>
  JSON.stringify({ type: change.type, path: change.path, reason: 'TODO: why this break is deliberate and what clients do about it', ...extra });

/**
 * Compares two API schemas (graphql-inspector's `diff`) and judges each breaking change against
 * the declarations. Answers `problems` (the check fails on any), `warnings` (dangerous changes,
 * printed only) and the breaking changes found.
 *
 * Policy: every breaking change is declared (type and path) with a reason; a declaration that
 * matches no breaking change fails, so the file stays true; removing a field, argument, input
 * field or enum value that the release did not mark `@deprecated` fails even when declared,
 * unless its entry also says `withoutDeprecation` (why no client can depend on it).
 */
async function judge(released, current, declared, labels = {}) {
  const declaredFile = labels.declaredFile ?? 'schema/declared-changes.json';
  const release = labels.release ?? 'the last release';
  const changes = await diff(released, current);
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  const warnings = changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous).map((c) => `${c.type} ${c.path}: ${c.message}`);
  const byKey = new Map(declared.map((entry) => [`${entry.type} ${entry.path}`, entry]));
  const used = new Set();
  const undeclared = [];
  const undeprecated = [];
  for (const change of breaking) {
    const key = `${change.type} ${change.path}`;
    const entry = byKey.get(key);
    if (entry) used.add(key);
    const needsDeprecation = DEPRECATABLE_REMOVALS.has(change.type) && !deprecatedIn(released, change);
    if (!entry) undeclared.push({ change, needsDeprecation });
    else if (needsDeprecation && !entry.withoutDeprecation) undeprecated.push(change);
  }
  const problems = [];
  if (undeclared.length > 0) {
    problems.push(
      [
        `The API schema breaks clients of ${release} in ${undeclared.length} way(s) not declared in ${declaredFile}:`,
        ...undeclared.map(({ change, needsDeprecation }) => `  - ${change.message}${needsDeprecation ? ' (it was not deprecated in the release)' : ''}`),
        `Make each change backward compatible (add beside, deprecate, remove in a later release), or declare it deliberate:`,
        `add these entries to "changes" in ${declaredFile}, each with its real reason:`,
        ...undeclared.map(({ change, needsDeprecation }) =>
          `    ${snippet(change, needsDeprecation ? { withoutDeprecation: 'TODO: why no client can depend on what is removed, since it was never deprecated' } : {})},`,
        ),
      ].join('\n'),
    );
  }
  for (const change of undeprecated) {
    problems.push(
      `${change.message}, but ${release} did not mark it @deprecated: removals go through deprecation first. ` +
        `Keep it with @deprecated(reason: "...") for a release and remove it after, or add "withoutDeprecation": "<why no client can depend on it>" to its entry in ${declaredFile}.`,
    );
  }
  const breakingKeys = new Set(breaking.map((c) => `${c.type} ${c.path}`));
  for (const entry of declared) {
    const key = `${entry.type} ${entry.path}`;
    if (!breakingKeys.has(key)) {
      problems.push(`${declaredFile} declares ${key}, which is no breaking change against ${release} (any more): remove the entry, or correct its type or path.`);
    }
  }
  return { problems, warnings, breaking };
}

function readRelease(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** The repository's check: the checked-in supergraph against the released one and the declarations. */
async function check(root = ROOT) {
  const files = filesOf(root);
  const rel = (file) => path.relative(root, file);
  for (const file of [files.current, files.released]) {
    if (!fs.existsSync(file)) return { problems: [`${rel(file)} is missing`], warnings: [], breaking: [] };
  }
  const { entries, problems: fileProblems } = readDeclared(files.declared);
  const info = readRelease(files.release);
  const release = info ? `release ${info.version} (${rel(files.released)})` : rel(files.released);
  const result = await judge(apiSchemaOf(fs.readFileSync(files.released, 'utf8')), apiSchemaOf(fs.readFileSync(files.current, 'utf8')), entries, {
    declaredFile: rel(files.declared),
    release,
  });
  return { ...result, problems: [...fileProblems, ...result.problems] };
}

function gitCommit(root) {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/**
 * Cuts a release: refuses while the check fails, then copies the current supergraph to the
 * released one, records the version, date and commit, and empties the declared changes.
 */
async function release(root = ROOT, version = null, now = new Date()) {
  const { problems } = await check(root);
  if (problems.length > 0) return { problems, version: null };
  const files = filesOf(root);
  const label = version ?? now.toISOString().slice(0, 10);
  fs.mkdirSync(path.dirname(files.released), { recursive: true });
  fs.copyFileSync(files.current, files.released);
  const info = { version: label, releasedAt: now.toISOString(), commit: gitCommit(root) };
  fs.writeFileSync(files.release, `${JSON.stringify(info, null, 2)}\n`);
  fs.writeFileSync(files.declared, `${JSON.stringify({ changes: [] }, null, 2)}\n`);
  return { problems: [], version: label };
}

module.exports = { apiSchemaOf, buildSchema, check, filesOf, judge, readDeclared, release };

if (require.main === module) {
  const [command, version] = process.argv.slice(2).filter((arg) => arg !== '--verbose');
  const run = async () => {
    if (command === 'check') {
      const { problems, warnings, breaking } = await check();
      if (process.argv.includes('--verbose')) for (const warning of warnings) console.warn(`dangerous, not breaking: ${warning}`);
      else if (warnings.length > 0) console.warn(`${warnings.length} dangerous (not breaking) change(s), such as optional arguments or enum values added; --verbose lists them`);
      if (problems.length > 0) {
        console.error(problems.join('\n\n'));
        process.exit(1);
      }
      console.log(`schema check passed: ${breaking.length} breaking change(s) against the release, each declared`);
    } else if (command === 'release') {
      const result = await release(ROOT, version ?? null);
      if (result.problems.length > 0) {
        console.error(`Not released: the schema check fails.\n\n${result.problems.join('\n\n')}`);
        process.exit(1);
      }
      console.log(`released ${result.version}: schema/released/supergraph.graphql is the current supergraph; schema/declared-changes.json is empty`);
    } else {
      console.error('usage: schema-governance.js check | release [VERSION]');
      process.exit(2);
    }
  };
  run().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

#!/usr/bin/env node
// Composes schema/<subgraph>.graphql into schema/supergraph.graphql.
//   npm run compose            writes the supergraph and prints composition hints
//   npm run compose -- --check fails when the checked-in supergraph is stale or composition
//                              gives any hint (such as INCONSISTENT_DESCRIPTION)
//   --schema-dir <dir>         composes <dir>/<subgraph>.graphql into <dir>/supergraph.graphql
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { parse } = require('graphql');
const { composeServices } = require('@apollo/composition');

const SCHEMA_DIR = path.resolve(__dirname, '..', 'schema');
// The URLs here are the docker-compose hosts; the gateway's configuration overrides them.
const SUBGRAPHS = [
  { name: 'identity', url: 'http://identity:4001/graphql' },
  { name: 'catalog', url: 'http://catalog:4002/graphql' },
  { name: 'tenancy', url: 'http://tenancy:4003/graphql' },
];

/** A composition hint as one line: its code, then its message. */
function describeHint(hint) {
  return `${hint.definition.code}: ${hint.message}`;
}

function compose(schemaDir = SCHEMA_DIR) {
  const result = composeServices(
    SUBGRAPHS.map(({ name, url }) => ({
      name,
      url,
      typeDefs: parse(fs.readFileSync(path.join(schemaDir, `${name}.graphql`), 'utf8')),
    })),
  );
  const hints = (result.hints || []).map(describeHint);
  if (result.errors && result.errors.length > 0) {
    return { errors: result.errors.map((e) => e.message), hints, supergraphSdl: null };
  }
  return { errors: [], hints, supergraphSdl: result.supergraphSdl + '\n' };
}

module.exports = {
  compose,
  SUBGRAPHS: SUBGRAPHS.map(({ name }) => ({ name, path: path.join(SCHEMA_DIR, `${name}.graphql`) })),
  SUPERGRAPH_PATH: path.join(SCHEMA_DIR, 'supergraph.graphql'),
};

if (require.main === module) {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const dirAt = args.indexOf('--schema-dir');
  const schemaDir = dirAt >= 0 && args[dirAt + 1] ? path.resolve(args[dirAt + 1]) : SCHEMA_DIR;
  const { errors, hints, supergraphSdl } = compose(schemaDir);
  if (errors.length > 0) {
    console.error(`Composition failed:\n  - ${errors.join('\n  - ')}`);
    process.exit(1);
  }
  if (hints.length > 0) {
    console.error(`Composition hints (${hints.length}):\n  - ${hints.join('\n  - ')}`);
  }
  const target = path.join(schemaDir, 'supergraph.graphql');
  if (check) {
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    let failed = false;
    if (current !== supergraphSdl) {
      console.error(`${path.relative(process.cwd(), target)} is stale: run npm run compose`);
      failed = true;
    }
    if (hints.length > 0) {
      console.error('composition gave hints: fix them in schema/<subgraph>.graphql');
      failed = true;
    }
    if (failed) process.exit(1);
    console.log('supergraph is up to date and composes without hints');
  } else {
    fs.writeFileSync(target, supergraphSdl);
    console.log(`wrote ${path.relative(process.cwd(), target)}`);
  }
}

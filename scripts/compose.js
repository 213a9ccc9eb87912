#!/usr/bin/env node
// Composes schema/<subgraph>.graphql into schema/supergraph.graphql.
//   npm run compose            writes the supergraph
//   npm run compose -- --check fails when the checked-in supergraph is stale
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

function compose() {
  const result = composeServices(
    SUBGRAPHS.map(({ name, url }) => ({
      name,
      url,
      typeDefs: parse(fs.readFileSync(path.join(SCHEMA_DIR, `${name}.graphql`), 'utf8')),
    })),
  );
  if (result.errors && result.errors.length > 0) {
    return { errors: result.errors.map((e) => e.message), supergraphSdl: null };
  }
  return { errors: [], supergraphSdl: result.supergraphSdl + '\n' };
}

module.exports = { compose, SUPERGRAPH_PATH: path.join(SCHEMA_DIR, 'supergraph.graphql') };

if (require.main === module) {
  const { errors, supergraphSdl } = compose();
  if (errors.length > 0) {
    console.error(`Composition failed:\n  - ${errors.join('\n  - ')}`);
    process.exit(1);
  }
  const target = module.exports.SUPERGRAPH_PATH;
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    if (current !== supergraphSdl) {
      console.error('schema/supergraph.graphql is stale: run npm run compose');
      process.exit(1);
    }
    console.log('supergraph is up to date');
  } else {
    fs.writeFileSync(target, supergraphSdl);
    console.log(`wrote ${path.relative(process.cwd(), target)}`);
  }
}

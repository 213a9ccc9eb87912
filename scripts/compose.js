#!/usr/bin/env node
// Composes schema/<subgraph>.graphql into schema/supergraph.graphql, and writes the API schema
// that clients see (the supergraph without federation's own types and directives) to
// schema/api.graphql, for client tooling such as relay-compiler and codegen.
//   npm run compose            writes both
//   npm run compose -- --check fails when either checked-in file is stale
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { parse, printSchema } = require('graphql');
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
    return { errors: result.errors.map((e) => e.message), supergraphSdl: null, apiSdl: null };
  }
  const api = result.schema.toAPISchema().toGraphQLJSSchema();
  return { errors: [], supergraphSdl: result.supergraphSdl + '\n', apiSdl: printSchema(api) + '\n' };
}

module.exports = {
  compose,
  SUPERGRAPH_PATH: path.join(SCHEMA_DIR, 'supergraph.graphql'),
  API_SCHEMA_PATH: path.join(SCHEMA_DIR, 'api.graphql'),
};

if (require.main === module) {
  const { errors, supergraphSdl, apiSdl } = compose();
  if (errors.length > 0) {
    console.error(`Composition failed:\n  - ${errors.join('\n  - ')}`);
    process.exit(1);
  }
  const outputs = [
    [module.exports.SUPERGRAPH_PATH, supergraphSdl],
    [module.exports.API_SCHEMA_PATH, apiSdl],
  ];
  for (const [target, sdl] of outputs) {
    const name = path.relative(process.cwd(), target);
    if (process.argv.includes('--check')) {
      const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
      if (current !== sdl) {
        console.error(`${name} is stale: run npm run compose`);
        process.exit(1);
      }
      console.log(`${name} is up to date`);
    } else {
      fs.writeFileSync(target, sdl);
      console.log(`wrote ${name}`);
    }
  }
}

#!/usr/bin/env node
'use strict';
// The benchmark's peer: Hive Gateway on the same supergraph and subgraphs, doing what our
// gateway does before planning through its plugin API: it authenticates the caller with our
// own `authenticate` (identity's and tenancy's internal routes, so memberships are read fresh
// on every request, or from the same actor cache when REDIS_URL is set, renewed after each
// mutation that may change an actor), signs an actor context per subgraph with
// `signActorContext`, and forwards it in `x-actor-context`. Only the gateway differs.
//
//   HIVE_RUNTIME=plain|router   router: the Rust query planner of @graphql-hive/router-runtime
//   GATEWAY_PORT, IDENTITY_URL, CATALOG_URL, TENANCY_URL, ACTOR_CONTEXT_PRIVATE_KEY, SERVICE_PRIVATE_KEY, ACCESS_TOKEN_SECRET
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { randomUUID } = require('node:crypto');
const { createGatewayRuntime } = require('@graphql-hive/gateway');

const root = path.resolve(__dirname, '..', '..');
const { parse, Kind } = require('graphql');
const { authenticate, AuthenticationError } = require(path.join(root, 'gateway', 'dist', 'authenticate.js'));
const { ActorCache, actorChangingMutations, changesActors } = require(path.join(root, 'gateway', 'dist', 'actor-cache.js'));
const { connectRedis } = require(path.join(root, 'gateway', 'dist', 'rate-limit.js'));
const { gatewayConfig } = require(path.join(root, 'gateway', 'dist', 'config.js'));
const { signActorContext, ACTOR_CONTEXT_HEADER, REQUEST_ID_HEADER } = require(path.join(root, 'shared', 'authz', 'dist', 'index.js'));

const config = gatewayConfig(process.env);
const runtime = process.env.HIVE_RUNTIME === 'router' ? 'router' : 'plain';

/** The checked-in supergraph with the subgraph URLs of this run. */
function supergraph() {
  let sdl = fs.readFileSync(config.supergraphPath, 'utf8');
  for (const [name, url] of Object.entries(config.subgraphs)) {
    sdl = sdl.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*(")`), `$1${url}$2`);
  }
  return sdl;
}

const subgraphOfUrl = new Map(Object.entries(config.subgraphs).map(([name, url]) => [url, name]));

/** Authentication and actor signing, as our gateway does them (X2), with the same actor cache (I10). */
function actorPlugin(lookup, changing) {
  const queries = new WeakMap();
  return {
    onParams({ params, request }) {
      queries.set(request, params);
    },
    onContextBuilding({ context, extendContext }) {
      const headers = {};
      for (const [k, v] of context.request.headers) headers[k] = v;
      const requestId = randomUUID();
      return authenticate(config, { headers }, lookup).then(
        (actor) => extendContext({ actor, requestId, signed: new Map() }),
        (err) => {
          if (err instanceof AuthenticationError) {
            const { createGraphQLError } = require('@graphql-tools/utils');
            throw createGraphQLError(err.message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
          }
          throw err;
        },
      );
    },
    onFetch({ url, context, options, setOptions }) {
      const subgraph = subgraphOfUrl.get(url);
      if (!subgraph || !context || !('actor' in context) || !context.actor) return undefined;
      let token = context.signed.get(subgraph);
      if (!token) {
        token = signActorContext({ actor: context.actor, requestId: context.requestId }, subgraph, config.actorContextKey);
        context.signed.set(subgraph, token);
      }
      return token.then((signed) => {
        setOptions({ ...options, headers: { ...options.headers, [ACTOR_CONTEXT_HEADER]: signed, [REQUEST_ID_HEADER]: context.requestId } });
      });
    },
    // As our gateway does before a mutation's answer goes out: the actors every replica holds are out of date.
    async onResultProcess({ request }) {
      const params = queries.get(request);
      if (!lookup.cache || !params || typeof params.query !== 'string' || !/\bmutation\b/.test(params.query)) return;
      let document;
      try {
        document = parse(params.query);
      } catch {
        return;
      }
      const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      const operation = operations.length === 1 ? operations[0] : operations.find((d) => d.name?.value === params.operationName);
      if (operation && changesActors(document, operation, changing)) await lookup.cache.bump();
    },
  };
}

async function main() {
  const redis = await connectRedis(config.redis, (message) => process.stderr.write(`${message}\n`));
  const cache = new ActorCache({ redis, key: `${config.redis.keyPrefix}:actor-generation`, maxAgeMs: config.actorCacheMaxAgeMs });
  const sdl = supergraph();
  const options = {
    supergraph: sdl,
    logging: 'error',
    landingPage: false,
    graphiql: false,
    plugins: () => [actorPlugin({ cache }, actorChangingMutations(sdl))],
    // Hive's HTTP executor shares one in-flight subgraph query among identical requests, keyed
    // by URL and body only: the actor context added in onFetch is not part of the key, so two
    // callers would get one caller's answer. Off, as our gateway has no such sharing.
    transportEntries: { '*': { options: { deduplicateInflightRequests: false } } },
  };
  if (runtime === 'router') options.unifiedGraphHandler = require('@graphql-hive/router-runtime').unifiedGraphHandler;
  const gateway = createGatewayRuntime(options);
  const server = http.createServer({ keepAliveTimeout: 65_000 }, gateway);
  await new Promise((resolve) => server.listen(config.port, config.host, resolve));
  const address = server.address();
  process.stdout.write(`hive gateway (${runtime}) ready at http://${config.host}:${address.port}/graphql\n`);
  const stop = () => server.close(() => gateway.dispose().finally(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err) => {
  process.stderr.write(`hive gateway failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});

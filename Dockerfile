# One image for every service; the command picks which one runs (see docker-compose.yml).
# scripts/production-boot.js installs and boots exactly what the final stage holds: keep the two
# in step (it checks that every workspace's manifest and build output are copied here).
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

# Native modules (better-sqlite3, argon2) build from source where no prebuilt binary is reachable.
FROM ${NODE_IMAGE} AS toolchain
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app

# Manifests first, so that a change of source reuses the installed layers.
FROM toolchain AS manifests
COPY package.json package-lock.json .npmrc ./
COPY shared/authz/package.json shared/authz/
COPY shared/db/package.json shared/db/
COPY shared/graphql/package.json shared/graphql/
COPY shared/testing/package.json shared/testing/
COPY services/identity/package.json services/identity/
COPY services/catalog/package.json services/catalog/
COPY services/tenancy/package.json services/tenancy/
COPY gateway/package.json gateway/

FROM manifests AS build
RUN npm ci
COPY . .
RUN npm run build

# Production dependencies only, from the lockfile: an import its package does not declare fails here.
# The manifests stay (workspace packages resolve through them); the lockfile and .npmrc do not run.
FROM manifests AS dependencies
RUN npm ci --omit=dev && npm cache clean --force && rm package-lock.json .npmrc

# What runs, and nothing else: production dependencies, built output, the contracts, the
# migration command and the health check. Owned by root and not writable by the user it runs as.
FROM ${NODE_IMAGE}
# NODE_OPTIONS: the services' V8 flags (scripts/node-options.js says why; test/dockerfile.test.ts keeps the two equal).
ENV NODE_ENV=production APOLLO_TELEMETRY_DISABLED=1 HOST=0.0.0.0 NODE_OPTIONS=--max-semi-space-size=32
WORKDIR /app
COPY --from=dependencies /app ./
COPY --from=build /app/shared/authz/dist shared/authz/dist
COPY --from=build /app/shared/db/dist shared/db/dist
COPY --from=build /app/shared/graphql/dist shared/graphql/dist
COPY --from=build /app/services/identity/dist services/identity/dist
COPY --from=build /app/services/catalog/dist services/catalog/dist
COPY --from=build /app/services/tenancy/dist services/tenancy/dist
COPY --from=build /app/gateway/dist gateway/dist
COPY --from=build /app/schema schema
# `npm run migrate`: the one-shot job that migrates every database before the services start.
COPY --from=build /app/scripts/migrate.js scripts/migrate.js
# Which service runs comes from the command; the check finds its port (scripts/healthcheck.js).
COPY --from=build /app/scripts/healthcheck.js scripts/healthcheck.js
# The node user of the base image, by number, so that Kubernetes' runAsNonRoot can verify it.
USER 1000:1000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 CMD ["node", "scripts/healthcheck.js"]
CMD ["node", "gateway/dist/main.js"]

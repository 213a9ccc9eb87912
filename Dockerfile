# One image for every service; the command picks which one runs.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc ./
COPY shared/authz/package.json shared/authz/
COPY shared/db/package.json shared/db/
COPY shared/graphql/package.json shared/graphql/
COPY shared/testing/package.json shared/testing/
COPY services/identity/package.json services/identity/
COPY services/catalog/package.json services/catalog/
COPY services/tenancy/package.json services/tenancy/
COPY gateway/package.json gateway/
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production APOLLO_TELEMETRY_DISABLED=1 HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app /app
USER node
CMD ["node", "gateway/dist/main.js"]

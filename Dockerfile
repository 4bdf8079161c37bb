# Stevedore's control plane and dashboard, one image for both (docker-compose.yml runs it twice).
# NODE_IMAGE: the base, by default the official Node image; any Debian-based image with Node 20
# in it works (scripts/compose-base.sh builds one without a registry, for the tests).
ARG NODE_IMAGE=node:20-bookworm-slim

# Only the package manifests, so the dependency layer below is rebuilt only when they change.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN mkdir /manifests \
  && find . -name node_modules -prune -o \( -name package.json -o -name package-lock.json \) -print \
  | xargs cp --parents -t /manifests

FROM ${NODE_IMAGE}
# better-sqlite3 compiles with node-gyp when no prebuilt binary can be fetched.
RUN (command -v python3 && command -v make && command -v g++) >/dev/null 2>&1 \
  || (apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*)
WORKDIR /app
COPY --from=manifests /manifests/ ./
RUN npm ci --no-audit --no-fund --include-workspace-root \
  -w @stevedore/spec-rules -w @stevedore/server -w @stevedore/web
COPY . .
RUN TURBO_TELEMETRY_DISABLED=1 NEXT_TELEMETRY_DISABLED=1 npx turbo run build --filter=@stevedore/server --filter=@stevedore/web --output-logs=errors-only
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
EXPOSE 4000 3000
CMD ["node", "--enable-source-maps", "server/dist/main.js"]

#!/usr/bin/env bash
# Starts Stevedore on this machine: a private Docker engine (installed when missing), the
# control plane with its embedded SQLite store, and the dashboard. Ctrl-C stops both.
#   STEVEDORE_PORT (4000), WEB_PORT (3000), STEVEDORE_DATA_DIR (./.data), STEVEDORE_NODES (1)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PORT=${STEVEDORE_PORT:-4000}
WEB_PORT=${WEB_PORT:-3000}
HOST=${STEVEDORE_HOST:-127.0.0.1}

if [ ! -d node_modules ]; then echo "stevedore: installing npm packages"; npm ci --no-audit --no-fund; fi
bash scripts/engine.sh start --nodes "${STEVEDORE_NODES:-1}"
eval "$(bash scripts/engine.sh env)"

echo "stevedore: building"
npx turbo run build --output-logs=errors-only

export STEVEDORE_PORT=$PORT STEVEDORE_HOST=$HOST
export STEVEDORE_DATA_DIR=${STEVEDORE_DATA_DIR:-$ROOT/.data}
export STEVEDORE_LOCAL_ENGINE=${STEVEDORE_LOCAL_ENGINE:-$DOCKER_HOST}
export STEVEDORE_CORS_ORIGIN=${STEVEDORE_CORS_ORIGIN:-http://127.0.0.1:$WEB_PORT,http://localhost:$WEB_PORT}
export NEXT_PUBLIC_STEVEDORE_API=${NEXT_PUBLIC_STEVEDORE_API:-http://$HOST:$PORT/graphql}

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

node --enable-source-maps server/dist/main.js &
pids+=($!)
if [ -f web/package.json ]; then
  (cd web && PORT=$WEB_PORT npm run start --silent) &
  pids+=($!)
fi
echo "stevedore: API http://$HOST:$PORT/graphql (graphql-ws on the same URL), metrics http://$HOST:$PORT/metrics"
echo "stevedore: dashboard http://$HOST:$WEB_PORT"
echo "stevedore: more engines: STEVEDORE_NODES=3 npm start, then addNode with the sockets from 'bash scripts/engine.sh env'"
wait -n "${pids[@]}"

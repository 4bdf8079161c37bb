#!/usr/bin/env bash
# Starts Stevedore on this machine: a private Docker engine (installed when missing), the
# control plane with its embedded SQLite store, and the dashboard. Ctrl-C stops both.
#   STEVEDORE_PORT (4000), WEB_PORT (3000), STEVEDORE_DATA_DIR (./.data), STEVEDORE_NODES (1),
#   STEVEDORE_DNS_LISTEN (10.213.1.1: the cluster resolver; empty: off)
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
# Service names resolve on every node: the cluster resolver serves on n1's bridge address
# (scripts/engine.sh: 10.213.1.1, reached from every node's containers through their default
# route). STEVEDORE_DNS_LISTEN= (empty) turns it off (containers keep Docker's own DNS).
export STEVEDORE_DNS_LISTEN=${STEVEDORE_DNS_LISTEN-10.213.1.1}
export NEXT_PUBLIC_STEVEDORE_API=${NEXT_PUBLIC_STEVEDORE_API:-http://$HOST:$PORT/graphql}

# Access control is on: the first start creates the user "admin". Unless a password is given, one
# is generated here and kept (mode 0600) beside the store, so the operator can read it again.
mkdir -p "$STEVEDORE_DATA_DIR"
PASSWORD_FILE=$STEVEDORE_DATA_DIR/admin-password
if [ -z "${STEVEDORE_ADMIN_PASSWORD:-}" ] && [ ! -f "$STEVEDORE_DATA_DIR/stevedore.db" ]; then
  (umask 077 && node -e "process.stdout.write(require('crypto').randomBytes(15).toString('base64url'))" >"$PASSWORD_FILE")
  export STEVEDORE_ADMIN_PASSWORD=$(cat "$PASSWORD_FILE")
fi

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

node --enable-source-maps server/dist/main.js &
pids+=($!)
if [ -f web/package.json ]; then
  (cd web && PORT=$WEB_PORT npm run start --silent) &
  pids+=($!)
fi
# Say where things are once the API answers (the first start also creates the admin).
for _ in $(seq 1 120); do
  node -e "fetch('http://$HOST:$PORT/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))" && break
  sleep 0.5
done
echo "stevedore: API http://$HOST:$PORT/graphql (graphql-ws on the same URL), metrics http://$HOST:$PORT/metrics"
echo "stevedore: dashboard http://$HOST:$WEB_PORT"
if [ -f "$PASSWORD_FILE" ]; then
  echo "stevedore: sign in as ${STEVEDORE_ADMIN_USER:-admin} with the password in $PASSWORD_FILE (change it in Access > Users)"
else
  echo "stevedore: sign in as ${STEVEDORE_ADMIN_USER:-admin} with the password set on the first start"
fi
echo "stevedore: more engines: STEVEDORE_NODES=3 npm start, then addNode with the sockets from 'bash scripts/engine.sh env'"
wait -n "${pids[@]}"

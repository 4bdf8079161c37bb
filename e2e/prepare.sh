#!/usr/bin/env bash
# Builds what the e2e stack runs: the server (dist/) and the Next app (.next/).
# E2E_SKIP_BUILD=1 uses what is already built.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${E2E_SKIP_BUILD:-}" == "1" && -f server/dist/main.js && -f web/.next/BUILD_ID ]]; then
  echo "e2e: using the existing builds"
  exit 0
fi
npm run build -w @stevedore/server
npm run build -w @stevedore/web

#!/usr/bin/env bash
# Runs the benchmarks (all, or those named: scheduler convergence fanout ingress ...).
# Each prints its figures next to a baseline measured in the same run, with the ratio.
set -uo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ]; then npm ci --no-audit --no-fund; fi
bash scripts/engine.sh start --nodes "${STEVEDORE_BENCH_NODES:-3}" >/dev/null
eval "$(bash scripts/engine.sh env)"
npx turbo run build --filter=@stevedore/server --output-logs=errors-only
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in bench/src/*.ts; do names+=("$(basename "$f" .ts)"); done
fi
status=0
for n in "${names[@]}"; do
  printf '\n\033[1m== bench: %s\033[0m\n' "$n"
  npx tsx "bench/src/$n.ts" || status=1
done
exit $status
